package org.phasezero.partnerships;

import org.phasezero.support.OnPostgres;

/** The partnerships contract on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class PartnershipsOnPostgresTest extends PartnershipsContract {}
