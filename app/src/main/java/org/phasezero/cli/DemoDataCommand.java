package org.phasezero.cli;

import java.util.concurrent.Callable;
import org.phasezero.demo.DemoNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasezero demo-data}: fills an empty database with the demo network, optionally scaled up. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
    description = {"Load the demo network into an empty database.",
        "--scale N repeats the community side in N areas (scale 10 is about 3,000 people), for benchmarks.",
        "Then start it with: phasezero serve --demo (with the same --data-dir or --db-url)."})
public class DemoDataCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--scale", defaultValue = "1", description = "How many areas of community organisations (1-100)")
  int scale;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    if (scale < 1 || scale > 100) {
      throw new CliFailure("--scale must be between 1 and 100, found " + scale);
    }
    long started = System.nanoTime();
    spec.commandLine().getOut().println("Loading the demo network at scale " + scale + "...");
    spec.commandLine().getOut().flush();
    boolean loaded = SpringTask.run(database.properties(), context -> {
      DemoNetwork demo = context.getBean(DemoNetwork.class);
      if (!demo.isEmpty()) {
        return false;
      }
      demo.load(scale);
      return true;
    });
    if (!loaded) {
      throw new CliFailure("the database already holds a network; choose an empty one with --data-dir or --db-url");
    }
    spec.commandLine().getOut().printf("Demo network loaded in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
