package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * A stretch of an audio or video recording (the {@code AudioSelection} and {@code VideoSelection}
 * elements, which have the same shape).
 *
 * @param begin milliseconds from the start of the recording
 * @param end milliseconds from the start of the recording
 */
public record MediaSelection(
    String guid,
    String name,
    long begin,
    long end,
    String description,
    List<Coding> codings,
    List<String> noteRefs,
    Provenance provenance) {

  public MediaSelection {
    codings = List.copyOf(codings);
    noteRefs = List.copyOf(noteRefs);
    provenance = provenance == null ? Provenance.NONE : provenance;
  }
}
