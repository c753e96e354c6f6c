package org.phasezero.partnerships;

import org.phasezero.support.OnH2;

/** The partnerships contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class PartnershipsOnH2Test extends PartnershipsContract {}
