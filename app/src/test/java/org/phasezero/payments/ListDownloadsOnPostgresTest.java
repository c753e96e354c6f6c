package org.phasezero.payments;

import org.phasezero.support.OnPostgres;

/** List downloads on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class ListDownloadsOnPostgresTest extends ListDownloadsContract {}
