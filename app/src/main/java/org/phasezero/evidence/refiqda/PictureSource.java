package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * A still image (JPEG or PNG).
 *
 * @param textDescription a text describing the picture, which can itself be selected and coded
 */
public record PictureSource(
    String guid,
    String name,
    String path,
    String currentPath,
    String description,
    TextSource textDescription,
    List<PictureSelection> selections,
    List<Coding> codings,
    List<String> noteRefs,
    List<VariableValue> variableValues,
    Provenance provenance) implements Source {

  public PictureSource {
    selections = List.copyOf(selections);
    codings = List.copyOf(codings);
    noteRefs = List.copyOf(noteRefs);
    variableValues = List.copyOf(variableValues);
    provenance = provenance == null ? Provenance.NONE : provenance;
  }
}
