package org.phasezero.evidence.interchange;

import java.util.List;
import org.phasezero.evidence.ResearchProject;

/**
 * What an import stored.
 *
 * @param codes codes in the codebook
 * @param sources sources of every kind (those PhaseZero cannot show yet are kept and say so)
 * @param selections text selections stored as codings (the others are kept in the baseline)
 * @param codings codings of text stored in the database
 * @param memos memos made from the project's notes
 * @param warnings how the file deviated from the standard and what is kept without being shown
 */
public record ImportResult(ResearchProject project, int codes, int sources, int selections, int codings, int memos,
    int cases, List<String> warnings) {

  public ImportResult {
    warnings = List.copyOf(warnings);
  }
}
