package org.phasezero.network;

import org.phasezero.support.OnH2;

/** The people search contract on H2 in PostgreSQL mode. */
@OnH2
class PeopleSearchOnH2Test extends PeopleSearchContract {}
