package org.phasezero.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a {@code phasezero} command in-process and keeps what it printed, for tests. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
