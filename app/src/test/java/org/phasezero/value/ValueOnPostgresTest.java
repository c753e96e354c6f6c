package org.phasezero.value;

import org.phasezero.support.OnPostgres;

/** The SROI accounts contract on PostgreSQL (embedded binaries). */
@OnPostgres
class ValueOnPostgresTest extends ValueContract {}
