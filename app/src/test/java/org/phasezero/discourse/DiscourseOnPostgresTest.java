package org.phasezero.discourse;

import org.phasezero.support.OnPostgres;

/** The discourse contract on PostgreSQL (embedded binaries). */
@OnPostgres
class DiscourseOnPostgresTest extends DiscourseContract {}
