package org.phasezero.evidence.checking;

import org.phasezero.support.OnH2;

/** The member check contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class MemberChecksOnH2Test extends MemberChecksContract {}
