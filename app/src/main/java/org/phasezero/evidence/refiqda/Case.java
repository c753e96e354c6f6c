package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * A case: a subject, object or topic by which sources and selections are grouped, e.g. a person
 * interviewed several times, with that person's variable values.
 */
public record Case(
    String guid,
    String name,
    String description,
    List<String> codeRefs,
    List<VariableValue> variableValues,
    List<String> sourceRefs,
    List<String> selectionRefs) {

  public Case {
    codeRefs = List.copyOf(codeRefs);
    variableValues = List.copyOf(variableValues);
    sourceRefs = List.copyOf(sourceRefs);
    selectionRefs = List.copyOf(selectionRefs);
  }
}
