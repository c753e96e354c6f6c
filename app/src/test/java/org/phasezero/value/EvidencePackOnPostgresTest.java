package org.phasezero.value;

import org.phasezero.support.OnPostgres;

/** The evidence pack contract on PostgreSQL (embedded binaries). */
@OnPostgres
class EvidencePackOnPostgresTest extends EvidencePackContract {}
