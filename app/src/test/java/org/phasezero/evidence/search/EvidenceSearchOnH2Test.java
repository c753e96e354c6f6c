package org.phasezero.evidence.search;

import org.phasezero.support.OnH2;

/** The evidence search contract on H2 in PostgreSQL mode. */
@OnH2
class EvidenceSearchOnH2Test extends EvidenceSearchContract {}
