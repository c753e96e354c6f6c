package org.phasezero.payments;

import org.phasezero.support.OnH2;

/** List downloads on H2 in PostgreSQL mode. */
@OnH2
class ListDownloadsOnH2Test extends ListDownloadsContract {}
