package org.phasezero.spaces;

import org.phasezero.support.EmbeddedPostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The spaces contract on a real PostgreSQL server (embedded binaries, no Docker). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpacesOnPostgresTest extends SpacesContract {

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
