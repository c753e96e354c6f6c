package org.phasezero.evidence.refiqda;

import java.util.List;

/** A stretch of a transcript between two of its sync points. */
public record TranscriptSelection(
    String guid,
    String name,
    String fromSyncPoint,
    String toSyncPoint,
    String description,
    List<Coding> codings,
    List<String> noteRefs,
    Provenance provenance) {

  public TranscriptSelection {
    codings = List.copyOf(codings);
    noteRefs = List.copyOf(noteRefs);
    provenance = provenance == null ? Provenance.NONE : provenance;
  }
}
