package org.phasezero.evidence;

import org.phasezero.support.OnH2;

/** The evidence contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class EvidenceOnH2Test extends EvidenceContract {}
