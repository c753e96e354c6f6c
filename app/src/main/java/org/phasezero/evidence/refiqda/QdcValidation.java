package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * The outcome of {@link QdcValidator}: problems make a codebook invalid, warnings are deviations a
 * reader can live with.
 *
 * @param codebook the codebook as read, or null when it could not be read at all
 * @param schemaChecked whether the file was checked against {@code Codebook.xsd}
 */
public record QdcValidation(ImportedCodebook codebook, boolean schemaChecked, List<String> problems,
    List<String> warnings) {

  public QdcValidation {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
