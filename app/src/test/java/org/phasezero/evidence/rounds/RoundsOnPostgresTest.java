package org.phasezero.evidence.rounds;

import org.phasezero.support.OnPostgres;

/** The blind coding round contract on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class RoundsOnPostgresTest extends RoundsContract {}
