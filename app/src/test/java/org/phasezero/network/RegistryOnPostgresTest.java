package org.phasezero.network;

import org.phasezero.support.EmbeddedPostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The registry contract on a real PostgreSQL server (embedded binaries, no Docker). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryOnPostgresTest extends RegistryContract {

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
