package org.phasezero.network;

import org.phasezero.support.OnH2;

/** The registry contract on the default embedded database, H2 in PostgreSQL mode. */
@OnH2
class RegistryOnH2Test extends RegistryContract {}
