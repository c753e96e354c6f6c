package org.phasezero.discourse;

import org.phasezero.support.OnPostgres;

/** The minutes corpus contract on PostgreSQL (embedded binaries). */
@OnPostgres
class MinutesCorpusOnPostgresTest extends MinutesCorpusContract {}
