package org.phasezero.network;

import org.phasezero.support.OnPostgres;

/** The registry contract on a real PostgreSQL server (embedded binaries, no Docker). */
@OnPostgres
class RegistryOnPostgresTest extends RegistryContract {}
