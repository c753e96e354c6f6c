package org.phasezero.shared;

import org.springframework.boot.test.context.SpringBootTest;

/** The input rules on H2, in the same Spring context (and database) as the spaces contract. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
    "spring.datasource.url=jdbc:h2:mem:spaces;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class InputBoundsOnH2Test extends InputBoundsContract {}
