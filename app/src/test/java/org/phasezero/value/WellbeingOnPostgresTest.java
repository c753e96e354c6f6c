package org.phasezero.value;

import org.phasezero.support.OnPostgres;

/** The wellbeing outcomes contract on PostgreSQL (embedded binaries). */
@OnPostgres
class WellbeingOnPostgresTest extends WellbeingContract {}
