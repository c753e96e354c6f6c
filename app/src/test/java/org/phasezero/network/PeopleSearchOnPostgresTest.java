package org.phasezero.network;

import org.phasezero.support.OnPostgres;

/** The people search contract on a real PostgreSQL server (embedded binaries). */
@OnPostgres
class PeopleSearchOnPostgresTest extends PeopleSearchContract {}
