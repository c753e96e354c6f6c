package org.phasezero.evidence.refiqda;

import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a code and its subtree as the {@code CodeType} both QDA-XML schemas share: attributes
 * {@code guid}, {@code name}, {@code isCodable}, {@code color}, then {@code Description}, then (in a
 * project only) the code's {@code NoteRef}s, then the child codes.
 */
final class CodeXml {

  private CodeXml() {}

  /**
   * @param noteRefs writes a code's note references; null where the schema has none (a codebook)
   */
  static void code(XmlOut xml, Code code, Consumer<List<String>> noteRefs) {
    xml.start("Code").attr("guid", code.guid()).attr("name", code.name())
        .attr("isCodable", code.codable()).attr("color", code.color());
    xml.textElement("Description", code.description());
    if (noteRefs != null) {
      noteRefs.accept(code.noteRefs());
    }
    code.children().forEach(child -> code(xml, child, noteRefs));
    xml.end();
  }
}
