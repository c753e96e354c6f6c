package org.phasezero.shared;

import org.phasezero.support.EmbeddedPostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The input rules on a real PostgreSQL server, which refuses a NUL in text outright if one gets through. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputBoundsOnPostgresTest extends InputBoundsContract {

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
