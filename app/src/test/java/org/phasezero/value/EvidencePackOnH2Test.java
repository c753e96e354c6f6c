package org.phasezero.value;

import org.phasezero.support.OnH2;

/** The evidence pack contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class EvidencePackOnH2Test extends EvidencePackContract {}
