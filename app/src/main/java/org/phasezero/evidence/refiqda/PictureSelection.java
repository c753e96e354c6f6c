package org.phasezero.evidence.refiqda;

import java.util.List;

/** A rectangle of a picture: its upper-left and lower-right corners in pixels of the rotated image. */
public record PictureSelection(
    String guid,
    String name,
    long firstX,
    long firstY,
    long secondX,
    long secondY,
    String description,
    List<Coding> codings,
    List<String> noteRefs,
    Provenance provenance) {

  public PictureSelection {
    codings = List.copyOf(codings);
    noteRefs = List.copyOf(noteRefs);
    provenance = provenance == null ? Provenance.NONE : provenance;
  }
}
