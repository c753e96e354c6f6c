package org.phasezero.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phasezero.PhaseZeroApplication;
import org.phasezero.demo.DemoAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasezero serve}: starts the web platform. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Start the PhaseZero platform.",
        "With --demo: loads a demo network on first start, creates demo sign-ins and listens on localhost only."})
public class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--demo", description = "Demo mode: demo network and demo sign-ins, localhost only")
  boolean demo;

  @Option(names = "--port", defaultValue = "${env:PHASEZERO_PORT:-8080}", description = "HTTP port (default: 8080)")
  int port;

  @Option(names = "--bind", defaultValue = "${env:PHASEZERO_BIND:-0.0.0.0}",
      description = "Address to listen on in production mode (default: all). Demo mode always uses 127.0.0.1.")
  String bind;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    if (port < 1 || port > 65535) {
      throw new CliFailure("--port must be between 1 and 65535, found " + port);
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> props = new java.util.LinkedHashMap<>(database.properties());
    props.put("server.port", port);
    String password = null;
    if (demo) {
      password = demoPassword();
      props.put("server.address", "127.0.0.1");
      props.put("phasezero.demo.enabled", true);
      props.put("phasezero.demo.password", password);
      props.putIfAbsent("phasezero.network.name", "Wandle Community Network (demo)");
    } else {
      props.put("server.address", bind);
    }
    out.println("PhaseZero is starting" + (demo ? " in demo mode" : "") + "...");
    out.flush();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(PhaseZeroApplication.class)
        .run(SpringArgs.of(props));
    String host = demo || "0.0.0.0".equals(bind) ? "localhost" : bind;
    out.println();
    out.println("PhaseZero is running at http://" + host + ":" + port + "/");
    if (demo) {
      out.println("Demo sign-ins (demo mode only; password for all: " + password + "):");
      for (DemoAccounts.Login login : DemoAccounts.LOGINS) {
        out.printf("  %-12s %s%n", login.username(), login.description());
      }
    } else if (context.getBean(org.phasezero.security.Accounts.class).count() == 0) {
      out.println("No accounts yet: create the first with");
      out.println("  ./phasezero admin create-user --username NAME --role coordinator");
    }
    out.println("Press Ctrl+C to stop.");
    out.flush();
    return Cli.KEEP_RUNNING;
  }

  /** A fresh password at every demo start, unless PHASEZERO_DEMO_PASSWORD fixes one (tests, demos). */
  private static String demoPassword() {
    String fixed = System.getenv("PHASEZERO_DEMO_PASSWORD");
    if (fixed != null && fixed.length() >= 12) {
      return fixed;
    }
    return org.phasezero.security.OneTimePassword.next();
  }
}
