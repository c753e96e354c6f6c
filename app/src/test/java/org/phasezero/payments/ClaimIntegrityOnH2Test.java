package org.phasezero.payments;

import org.phasezero.support.OnH2;

/** The claim integrity contract on H2 in PostgreSQL mode. */
@OnH2
class ClaimIntegrityOnH2Test extends ClaimIntegrityContract {}
