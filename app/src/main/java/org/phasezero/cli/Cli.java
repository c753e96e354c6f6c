package org.phasezero.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs the {@code phasezero} command line with the project's error conventions: bad input prints
 * one line on stderr and exits {@value #BAD_INPUT}; no stack traces reach the user.
 */
public final class Cli {

  /** Exit status for malformed input or usage errors (the picocli convention for usage errors). */
  public static final int BAD_INPUT = 2;

  /** Returned by commands such as {@code serve} that leave the process running. */
  public static final int KEEP_RUNNING = -1;

  private Cli() {}

  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs a command with the given streams; tests use this to capture output. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("phasezero: not enough memory for this input; give Java more, e.g. PHASEZERO_JAVA_OPTS=-Xmx4g");
      code = 1;
    }
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new PhaseZeroCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Cli::onUsageError);
    cli.setExecutionExceptionHandler(Cli::onFailure);
    return cli;
  }

  private static int onUsageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage()
        + " (try --help)");
    return BAD_INPUT;
  }

  private static int onFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    String name = cmd.getCommandSpec().qualifiedName();
    if (e instanceof CliFailure || e instanceof IllegalArgumentException) {
      cmd.getErr().println(name + ": " + oneLine(e.getMessage()));
      return BAD_INPUT;
    }
    cmd.getErr().println(name + ": unexpected error: " + oneLine(String.valueOf(e)));
    return 1;
  }

  private static String oneLine(String message) {
    return message == null ? "invalid input" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
