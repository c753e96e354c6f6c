package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * What {@link QdpxReader} made of a {@code .qdpx} file.
 *
 * @param project the project, positions already in the model's convention
 * @param positions how the producer counted text positions (see {@link ProducerPositions})
 * @param warnings each way the file deviates from the standard but could still be read, one line
 *     each, e.g. {@code source files are in 'Sources/', not 'sources/' ...}
 */
public record ImportedProject(QdaProject project, PositionConvention positions,
    List<String> warnings) {

  public ImportedProject {
    warnings = List.copyOf(warnings);
  }
}
