package org.phasezero.evidence.interchange;

import java.util.List;

/**
 * What merging a codebook into a project's changed.
 *
 * @param added codes new to the project (GUIDs it did not have, or had only on a removed code)
 * @param updated codes the project had whose name, description, colour or parent the file changed
 * @param unchanged codes the project had just as the file has them
 * @param warnings how the file deviated from the standard, and what was not taken from it
 */
public record CodebookImportResult(long projectId, int added, int updated, int unchanged, List<String> warnings) {

  public CodebookImportResult {
    warnings = List.copyOf(warnings);
  }
}
