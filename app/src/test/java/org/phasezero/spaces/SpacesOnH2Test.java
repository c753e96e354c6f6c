package org.phasezero.spaces;

import org.springframework.boot.test.context.SpringBootTest;

/** The spaces contract on the default embedded database, H2 in PostgreSQL mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
    "spring.datasource.url=jdbc:h2:mem:spaces;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class SpacesOnH2Test extends SpacesContract {}
