package org.phasezero.evidence.rounds;

import org.phasezero.support.OnH2;

/** The blind coding round contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class RoundsOnH2Test extends RoundsContract {}
