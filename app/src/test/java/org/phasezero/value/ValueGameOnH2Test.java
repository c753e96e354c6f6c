package org.phasezero.value;

import org.phasezero.support.OnH2;

/** The value game contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class ValueGameOnH2Test extends ValueGameContract {}
