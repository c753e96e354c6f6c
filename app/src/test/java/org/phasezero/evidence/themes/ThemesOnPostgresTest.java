package org.phasezero.evidence.themes;

import org.phasezero.support.OnPostgres;

/** The thematic network contract on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class ThemesOnPostgresTest extends ThemesContract {}
