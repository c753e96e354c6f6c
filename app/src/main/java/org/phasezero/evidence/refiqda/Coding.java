package org.phasezero.evidence.refiqda;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The application of a code to a source or selection.
 *
 * @param codeGuid the code applied ({@code CodeRef})
 * @param creatingUser who coded, or null
 * @param created when, or null
 */
public record Coding(
    String guid, String codeGuid, List<String> noteRefs, String creatingUser, OffsetDateTime created) {

  public Coding {
    noteRefs = List.copyOf(noteRefs);
  }
}
