package org.phasezero.shared;

import org.phasezero.support.OnPostgres;

/** The input rules on a real PostgreSQL server, which refuses a NUL in text outright if one gets through. */
@OnPostgres
class InputBoundsOnPostgresTest extends InputBoundsContract {}
