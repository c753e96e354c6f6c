package org.phasezero.evidence.refiqda;

import java.util.List;

/** A video recording, with its transcripts and its selections (in milliseconds). */
public record VideoSource(
    String guid,
    String name,
    String path,
    String currentPath,
    String description,
    List<Transcript> transcripts,
    List<MediaSelection> selections,
    List<Coding> codings,
    List<String> noteRefs,
    List<VariableValue> variableValues,
    Provenance provenance) implements Source {

  public VideoSource {
    transcripts = List.copyOf(transcripts);
    selections = List.copyOf(selections);
    codings = List.copyOf(codings);
    noteRefs = List.copyOf(noteRefs);
    variableValues = List.copyOf(variableValues);
    provenance = provenance == null ? Provenance.NONE : provenance;
  }
}
