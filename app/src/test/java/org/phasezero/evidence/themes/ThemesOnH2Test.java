package org.phasezero.evidence.themes;

import org.phasezero.support.OnH2;

/** The thematic network contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class ThemesOnH2Test extends ThemesContract {}
