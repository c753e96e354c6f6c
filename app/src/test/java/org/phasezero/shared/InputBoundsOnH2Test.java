package org.phasezero.shared;

import org.phasezero.support.OnH2;

/** The input rules on H2, in the same Spring context (and database) as the spaces contract. */
@OnH2
class InputBoundsOnH2Test extends InputBoundsContract {}
