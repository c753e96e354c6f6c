package org.phasezero.payments;

import org.phasezero.support.OnPostgres;

/** The claim integrity contract on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class ClaimIntegrityOnPostgresTest extends ClaimIntegrityContract {}
