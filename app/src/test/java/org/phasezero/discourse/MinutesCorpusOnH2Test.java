package org.phasezero.discourse;

import org.phasezero.support.OnH2;

/** The minutes corpus contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class MinutesCorpusOnH2Test extends MinutesCorpusContract {}
