package org.phasezero.payments;

import org.phasezero.support.EmbeddedPostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The payments contract on a real PostgreSQL server (embedded binaries, no Docker). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.servlet.multipart.max-file-size=8MB", "spring.servlet.multipart.max-request-size=8MB"})
@Import(TestAttendance.class)
class PaymentsOnPostgresTest extends PaymentsContract {

  private static String url;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> {
      if (url == null) {
        url = EmbeddedPostgresDatabase.newDatabase();
      }
      return url;
    });
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
