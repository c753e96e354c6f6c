package org.phasezero.evidence.interchange;

import org.phasezero.support.OnPostgres;

/** The interchange contract on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class InterchangeOnPostgresTest extends InterchangeContract {}
