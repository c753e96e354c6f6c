package org.phasezero.cli;

import java.util.Map;
import java.util.function.Function;
import org.phasezero.PhaseZeroApplication;
import org.phasezero.security.SystemActor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs a piece of work inside the application (database migrated, services ready) without a web server. */
public final class SpringTask {

  private SpringTask() {}

  public static <T> T run(Map<String, Object> properties, Function<ConfigurableApplicationContext, T> work) {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PhaseZeroApplication.class)
        .web(WebApplicationType.NONE)
        .properties(Map.of("logging.level.root", "ERROR"))
        .run(SpringArgs.of(properties))) {
      // Command-line work is the system's, audited as system/cli.
      return SystemActor.call("cli", () -> work.apply(context));
    }
  }
}
