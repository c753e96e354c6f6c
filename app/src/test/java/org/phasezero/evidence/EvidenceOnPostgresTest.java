package org.phasezero.evidence;

import org.phasezero.support.OnPostgres;

/** The evidence contract on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class EvidenceOnPostgresTest extends EvidenceContract {}
