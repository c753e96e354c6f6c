package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * A PDF document. Text selections of a PDF are made in its plain-text {@code representation}.
 *
 * @param path the PDF, e.g. {@code internal://<guid>.pdf}
 * @param currentPath where the original file was, e.g. {@code absolute:///C:/Data/report.pdf}
 */
public record PdfSource(
    String guid,
    String name,
    String path,
    String currentPath,
    String description,
    List<PdfSelection> selections,
    TextSource representation,
    List<Coding> codings,
    List<String> noteRefs,
    List<VariableValue> variableValues,
    Provenance provenance) implements Source {

  public PdfSource {
    selections = List.copyOf(selections);
    codings = List.copyOf(codings);
    noteRefs = List.copyOf(noteRefs);
    variableValues = List.copyOf(variableValues);
    provenance = provenance == null ? Provenance.NONE : provenance;
  }
}
