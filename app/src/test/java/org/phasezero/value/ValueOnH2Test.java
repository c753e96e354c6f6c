package org.phasezero.value;

import org.phasezero.support.OnH2;

/** The SROI accounts contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class ValueOnH2Test extends ValueContract {}
