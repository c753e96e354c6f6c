package org.phasezero.evidence;

import org.phasezero.support.OnH2;

/** The cases contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class CasesOnH2Test extends CasesContract {}
