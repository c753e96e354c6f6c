package org.phasezero.cli.agreement;

import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --missing} markers of the agreement commands; empty cells are always missing. */
final class MissingOption {

  @Option(names = "--missing", split = ",", paramLabel = "MARKER", defaultValue = ".,NA",
      description = "Cell values meaning missing, comma-separated (default: . and NA);"
          + " empty cells are always missing.")
  List<String> markers;

  boolean isMissing(String cell) {
    return cell.isEmpty() || markers.contains(cell);
  }
}
