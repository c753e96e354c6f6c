package org.phasezero.partnerships;

import org.springframework.boot.test.context.SpringBootTest;

/** The partnerships contract on the default embedded database, H2 in PostgreSQL mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
    "spring.datasource.url=jdbc:h2:mem:partnerships;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class PartnershipsOnH2Test extends PartnershipsContract {}
