package org.phasezero.value;

import org.phasezero.support.OnPostgres;

/** The value game contract on PostgreSQL (embedded binaries). */
@OnPostgres
class ValueGameOnPostgresTest extends ValueGameContract {}
