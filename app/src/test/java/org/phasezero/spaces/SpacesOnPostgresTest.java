package org.phasezero.spaces;

import org.phasezero.support.OnPostgres;

/** The spaces contract on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class SpacesOnPostgresTest extends SpacesContract {}
