package org.phasezero.evidence.search;

import org.phasezero.support.OnPostgres;

/** The evidence search contract on a real PostgreSQL server (embedded binaries). */
@OnPostgres
class EvidenceSearchOnPostgresTest extends EvidenceSearchContract {}
