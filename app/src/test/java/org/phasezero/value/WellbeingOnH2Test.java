package org.phasezero.value;

import org.phasezero.support.OnH2;

/** The wellbeing outcomes contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class WellbeingOnH2Test extends WellbeingContract {}
