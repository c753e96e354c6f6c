package org.phasezero.payments;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The payments contract on H2 in PostgreSQL mode. The container's upload limit is raised above the receipts' own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:payments;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.servlet.multipart.max-file-size=8MB", "spring.servlet.multipart.max-request-size=8MB"})
@Import(TestAttendance.class)
class PaymentsOnH2Test extends PaymentsContract {}
