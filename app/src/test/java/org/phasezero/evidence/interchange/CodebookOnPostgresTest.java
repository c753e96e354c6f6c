package org.phasezero.evidence.interchange;

import org.phasezero.support.OnPostgres;

/** The codebook interchange contract on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class CodebookOnPostgresTest extends CodebookContract {}
