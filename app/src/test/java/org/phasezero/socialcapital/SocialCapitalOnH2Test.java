package org.phasezero.socialcapital;

import org.phasezero.support.OnH2;

/** The social capital contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class SocialCapitalOnH2Test extends SocialCapitalContract {}
