package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * A REFI-QDA codebook ({@code .qdc}) as read, with how the file deviated from the standard.
 *
 * @param origin the program that wrote it ({@code origin}), or null
 * @param sets the codebook's sets of codes (their {@code memberCodes} are code GUIDs)
 * @param warnings one line each, as {@link ImportedProject#warnings()}
 */
public record ImportedCodebook(CodeBook codeBook, String origin, List<QdaSet> sets, List<String> warnings) {

  public ImportedCodebook {
    sets = List.copyOf(sets);
    warnings = List.copyOf(warnings);
  }
}
