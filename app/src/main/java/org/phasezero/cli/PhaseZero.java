package org.phasezero.cli;


/** Entry point of the PhaseZero jar: the server and every command line tool share it. */
public final class PhaseZero {

  private PhaseZero() {}

  public static void main(String[] args) {
    int code = Cli.execute(args);
    // `serve` keeps running in its own non-daemon threads; every other command ends here.
    if (code != Cli.KEEP_RUNNING) {
      System.exit(code);
    }
  }
}
