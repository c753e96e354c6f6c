package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * A text source (the {@code TextSource} element), also the shape of a note, of a picture's text
 * description and of a PDF's plain-text representation.
 *
 * <p>{@code text} is normalised (no byte-order mark, LF line endings) and every selection's start
 * and end are UTF-16 indices into it, end exclusive. When the text is known, a selection outside it
 * is kept as read but listed by {@link #selectionsOutsideText()}; the evidence workspace stores no
 * such selection.
 *
 * @param plainTextPath where the text lives in the archive, or null when it is inline
 *     ({@code PlainTextContent})
 * @param text the text, or null when it could not be read (a missing or external file); then
 *     selection positions are left as the producer wrote them
 */
public record TextSource(
    String guid,
    String name,
    String description,
    String richTextPath,
    String plainTextPath,
    String text,
    List<PlainTextSelection> selections,
    List<Coding> codings,
    List<String> noteRefs,
    List<VariableValue> variableValues,
    Provenance provenance) implements Source, TextDocument {

  public TextSource {
    text = NormalisedText.requireNormalised(text, guid);
    selections = List.copyOf(selections);
    codings = List.copyOf(codings);
    noteRefs = List.copyOf(noteRefs);
    variableValues = List.copyOf(variableValues);
    provenance = provenance == null ? Provenance.NONE : provenance;
  }

  /** Selections that do not lie within the text: all of them when the text is unknown. */
  public List<PlainTextSelection> selectionsOutsideText() {
    return selections.stream().filter(s -> !s.fitsIn(text)).toList();
  }
}
