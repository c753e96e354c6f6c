package org.phasezero.cli;

/**
 * Bad input to a command: its message is the single line the user sees, and should name the file,
 * the line and the problem, e.g. {@code ratings.csv:4: expected 12 values, found 11}.
 */
public class CliFailure extends RuntimeException {

  public CliFailure(String message) {
    super(message);
  }

  public CliFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /** A problem at a line of a file; the line is 1-based. */
  public static CliFailure at(java.nio.file.Path file, long line, String problem) {
    return new CliFailure(file + ":" + line + ": " + problem);
  }

  /** A problem with a whole file (missing, unreadable, empty). */
  public static CliFailure in(java.nio.file.Path file, String problem) {
    return new CliFailure(file + ": " + problem);
  }
}
