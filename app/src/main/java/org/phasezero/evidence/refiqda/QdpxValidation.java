package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * The outcome of {@link QdpxValidator}: problems make a file invalid, warnings are deviations
 * common in real exports that a reader can live with.
 *
 * @param project the project as read, or null when it could not be read at all
 * @param schemaChecked whether the file was checked against {@code Project.xsd}
 * @param problems one line each, naming the element and GUID (or line and column) concerned
 * @param warnings one line each, as {@link ImportedProject#warnings()}
 */
public record QdpxValidation(QdaProject project, boolean schemaChecked, List<String> problems,
    List<String> warnings) {

  public QdpxValidation {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
