package org.phasezero.evidence;

import org.phasezero.support.OnPostgres;

/** The cases contract on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class CasesOnPostgresTest extends CasesContract {}
