package org.phasezero.evidence.refiqda;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts that many QDA-XML elements share: codings, variable values, and the
 * description, codings and note references every kind of selection has.
 */
final class SharedElements {

  private final XmlCursor c;

  SharedElements(XmlCursor cursor) {
    this.c = cursor;
  }

  Coding coding() {
    String guid = c.guid();
    String creatingUser = c.optionalGuid("creatingUser");
    OffsetDateTime created = c.dateTime("creationDateTime");
    String codeGuid = null;
    List<String> noteRefs = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "CodeRef" -> codeGuid = c.target();
        case "NoteRef" -> noteRefs.add(c.target());
        default -> c.skipUnknown("Coding");
      }
    }
    if (codeGuid == null) {
      throw c.error("<Coding guid=\"" + guid + "\"> has no CodeRef");
    }
    return new Coding(guid, codeGuid, noteRefs, creatingUser, created);
  }

  VariableValue variableValue() {
    String variable = null;
    VariableType type = null;
    String value = null;
    while (c.nextChild()) {
      String child = c.name();
      VariableType valueType = VariableType.ofValueElement(child);
      if (child.equals("VariableRef")) {
        variable = c.target();
      } else if (valueType != null) {
        type = valueType;
        value = c.text();
      } else {
        c.skipUnknown("VariableValue");
      }
    }
    if (variable == null) {
      throw c.error("<VariableValue> has no VariableRef");
    }
    return new VariableValue(variable, type, value);
  }

  /** The children of a selection element, read to its end. */
  Annotations annotations(String element) {
    Annotations a = new Annotations();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Description" -> a.description = c.text();
        case "Coding" -> a.codings.add(coding());
        case "NoteRef" -> a.noteRefs.add(c.target());
        default -> c.skipUnknown(element);
      }
    }
    return a;
  }

  /** The children every selection has: a description, codings and note references. */
  static final class Annotations {
    String description;
    final List<Coding> codings = new ArrayList<>();
    final List<String> noteRefs = new ArrayList<>();
  }
}
