package org.phasezero.network;

import org.springframework.boot.test.context.SpringBootTest;

/** The registry contract on the default embedded database, H2 in PostgreSQL mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
    "spring.datasource.url=jdbc:h2:mem:registry;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class RegistryOnH2Test extends RegistryContract {}
