package org.phasezero.payments;

import org.phasezero.support.OnPostgres;

/** The payments contract on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class PaymentsOnPostgresTest extends PaymentsContract {}
