package org.phasezero.discourse;

import org.phasezero.support.OnH2;

/** The discourse contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class DiscourseOnH2Test extends DiscourseContract {}
