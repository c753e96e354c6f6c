package org.phasezero.payments;

import org.phasezero.support.OnH2;

/** The payments contract on H2 in PostgreSQL mode. The container's upload limit is raised above the receipts' own. */
@OnH2
class PaymentsOnH2Test extends PaymentsContract {}
