package org.phasezero.spaces;

import org.phasezero.support.OnH2;

/** The spaces contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class SpacesOnH2Test extends SpacesContract {}
