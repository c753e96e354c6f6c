package org.phasezero.evidence.interchange;

import org.phasezero.support.OnH2;

/** The interchange contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class InterchangeOnH2Test extends InterchangeContract {}
