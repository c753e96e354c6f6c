package org.phasezero.evidence.checking;

import org.phasezero.support.OnPostgres;

/** The member check contract on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class MemberChecksOnPostgresTest extends MemberChecksContract {}
