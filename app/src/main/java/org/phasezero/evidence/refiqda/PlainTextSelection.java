package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * A span of a text source.
 *
 * @param start UTF-16 index of the first selected character in the source's normalised text
 * @param end UTF-16 index just after the last selected character (exclusive)
 */
public record PlainTextSelection(
    String guid,
    String name,
    String description,
    int start,
    int end,
    List<Coding> codings,
    List<String> noteRefs,
    Provenance provenance) {

  public PlainTextSelection {
    codings = List.copyOf(codings);
    noteRefs = List.copyOf(noteRefs);
    provenance = provenance == null ? Provenance.NONE : provenance;
  }

  /** True when the text is known and {@code 0 <= start <= end <= text.length()}. */
  public boolean fitsIn(String text) {
    return text != null && 0 <= start && start <= end && end <= text.length();
  }

  /** The selected characters of {@code text}; the selection must fit in it. */
  public String textIn(String text) {
    if (!fitsIn(text)) {
      throw new IllegalArgumentException("selection " + guid + " [" + start + ", " + end
          + ") lies outside the text");
    }
    return text.substring(start, end);
  }
}
