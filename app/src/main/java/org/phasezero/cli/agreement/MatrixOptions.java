package org.phasezero.cli.agreement;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** How a reliability matrix CSV is laid out: the options shared by alpha and percent. */
final class MatrixOptions {

  /** Where the units are in the file. */
  enum UnitsIn { COLUMNS, ROWS }

  @Parameters(index = "0", paramLabel = "FILE",
      description = "Reliability matrix CSV with a header row.")
  Path file;

  @Option(names = "--units-in", paramLabel = "columns|rows", defaultValue = "columns",
      description = "columns (default): coders in rows, first column the coder id, one column"
          + " per unit; rows: first column the unit id, one column per coder.")
  UnitsIn unitsIn;

  @Mixin
  MissingOption missing;

  ReliabilityMatrixFile read() {
    return ReliabilityMatrixFile.read(file, unitsIn == UnitsIn.ROWS, missing);
  }
}
