package org.phasezero.spark.cli;

import java.io.PrintWriter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point: {@code java org.phasezero.spark.cli.SparkCommand freq|keyness|collocates|counts}. */
@Command(name = "phasezero spark", mixinStandardHelpOptions = true,
    version = "PhaseZero on Spark 0.1.0",
    description = {"Corpus counts on Apache Spark, with the tokeniser and statistics of "
        + "'phasezero corpus': identical results, for inputs too large for one machine.",
        "Runs on every core of this machine (local[*]) unless --master names another, or "
        + "under spark-submit on a cluster."},
    subcommands = {FreqCommand.class, KeynessCommand.class, CollocatesCommand.class, CountsCommand.class})
public class SparkCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int status = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    scala.Option<SparkSession> session = SparkSession.getDefaultSession();
    if (session.isDefined()) {
      session.get().stop();
    }
    System.exit(status);
  }

  /** Runs a command line; the exit status is 0, 1 for a failure, 2 for a usage error. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new SparkCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("phasezero spark: " + Failures.explain(e));
      return 1;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
