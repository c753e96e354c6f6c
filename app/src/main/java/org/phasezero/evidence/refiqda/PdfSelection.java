package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * A rectangle on a page of a PDF, in PDF points from the bottom-left of the media box, optionally
 * with the text it covers ({@code representation}).
 */
public record PdfSelection(
    String guid,
    String name,
    long page,
    long firstX,
    long firstY,
    long secondX,
    long secondY,
    String description,
    TextSource representation,
    List<Coding> codings,
    List<String> noteRefs,
    Provenance provenance) {

  public PdfSelection {
    codings = List.copyOf(codings);
    noteRefs = List.copyOf(noteRefs);
    provenance = provenance == null ? Provenance.NONE : provenance;
  }
}
