package org.phasezero.evidence.interchange;

import org.phasezero.support.OnH2;

/** The codebook interchange contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class CodebookOnH2Test extends CodebookContract {}
