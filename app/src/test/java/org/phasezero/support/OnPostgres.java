package org.phasezero.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one application context the tests share on a real PostgreSQL server (embedded binaries, no
 * Docker): the same contracts as on H2, against one database made for the whole run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.servlet.multipart.max-file-size=8MB", "spring.servlet.multipart.max-request-size=8MB",
    "phasezero.evidence.index-dir=memory"})
@ContextConfiguration(initializers = OnPostgres.Database.class)
public @interface OnPostgres {

  /** Points the context at the run's PostgreSQL database, made on first use. */
  class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String url;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      synchronized (Database.class) {
        if (url == null) {
          url = EmbeddedPostgresDatabase.newDatabase();
        }
      }
      TestPropertyValues.of("spring.datasource.url=" + url, "spring.datasource.username=postgres",
          "spring.datasource.password=postgres").applyTo(context);
    }
  }
}
