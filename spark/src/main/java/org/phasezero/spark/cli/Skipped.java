package org.phasezero.spark.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Says on the error stream how many malformed records were left out, so none go unnoticed. */
final class Skipped {

  private Skipped() {}

  static void report(CommandSpec spec, long skipped) {
    if (skipped > 0) {
      spec.commandLine().getErr().printf("phasezero spark: left out %d malformed record%s%n",
          skipped, skipped == 1 ? "" : "s");
    }
  }
}
