package org.phasezero.cli.agreement;

import org.phasezero.cli.OutputFormat;
import picocli.CommandLine.Option;

/** The {@code --format} option of the agreement commands. */
final class OutputOption {

  @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
      description = "Output: text (default), json or csv.")
  OutputFormat format;
}
