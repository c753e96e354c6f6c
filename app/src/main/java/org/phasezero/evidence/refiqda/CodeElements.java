package org.phasezero.evidence.refiqda;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code Codes} element and the code tree inside it, for both {@code project.qde} and a
 * {@code .qdc} codebook (the two schemas share {@code CodeType}; a project's codes may also carry
 * {@code NoteRef}s). Nesting is the only way to say a code's parent, so a code tree read here can
 * hold no cycle.
 */
final class CodeElements {

  /**
   * Deeper code hierarchies are refused: real code books are under ten levels deep (262 codes, 7
   * levels, in the deepest shared export), and reading is recursive.
   */
  static final int MAX_CODE_DEPTH = 200;

  private static final Set<String> CODE_ATTRIBUTES = Set.of("guid", "name", "isCodable", "color");

  private final XmlCursor c;
  private final Warnings warnings;
  private final boolean warnUnknownAttributes;

  /**
   * @param warnUnknownAttributes whether each attribute the schema does not name is a warning (a
   *     codebook is checked attribute by attribute; a project's producers add their own freely)
   */
  CodeElements(XmlCursor cursor, Warnings warnings, boolean warnUnknownAttributes) {
    this.c = cursor;
    this.warnings = warnings;
    this.warnUnknownAttributes = warnUnknownAttributes;
  }

  /** The top-level codes of the {@code Codes} element the cursor is on, read to its end. */
  List<Code> codes() {
    List<Code> codes = new ArrayList<>();
    while (c.nextChild()) {
      if (c.name().equals("Code")) {
        codes.add(code(1));
      } else {
        c.skipUnknown("Codes");
      }
    }
    if (codes.isEmpty()) {
      warnings.add("empty <Codes> (the schema wants at least one <Code>); read as none");
    }
    return codes;
  }

  private Code code(int depth) {
    if (depth > MAX_CODE_DEPTH) {
      throw c.error("codes are nested more than " + MAX_CODE_DEPTH + " deep");
    }
    if (warnUnknownAttributes) {
      c.warnUnknownAttributes(CODE_ATTRIBUTES);
    }
    String guid = c.guid();
    String name = c.required("name");
    boolean codable = c.requiredBoolean("isCodable");
    String color = c.attr("color");
    String description = null;
    List<String> noteRefs = new ArrayList<>();
    List<Code> children = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Description" -> description = c.text();
        case "NoteRef" -> noteRefs.add(c.target());
        case "Code" -> children.add(code(depth + 1));
        default -> c.skipUnknown("Code");
      }
    }
    return new Code(guid, name, codable, color, description, noteRefs, children);
  }
}
