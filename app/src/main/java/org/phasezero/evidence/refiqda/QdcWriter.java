package org.phasezero.evidence.refiqda;

import java.nio.charset.StandardCharsets;

/**
 * Writes a REFI-QDA codebook ({@code .qdc}): UTF-8, root {@code CodeBook} in namespace
 * {@code urn:QDA-XML:codebook:1.0}, valid against the official {@code Codebook.xsd}. Codes keep
 * their tree and document order; their note references are not written (the codebook schema has
 * none). The schema wants at least one code, so an empty codebook is refused.
 */
public final class QdcWriter {

  /**
   * @param origin the program writing the file ({@code origin}), or null
   * @throws IllegalArgumentException for a codebook without codes, or a character XML cannot carry
   */
  public byte[] write(CodeBook codeBook, String origin) {
    return write(codeBook, java.util.List.of(), origin);
  }

  /**
   * A codebook with sets of codes ({@code Set} with {@code MemberCode guid="…"}, as the codebook
   * schema names them; a set's sources and notes have no place in a codebook and are left out).
   */
  public byte[] write(CodeBook codeBook, java.util.List<QdaSet> sets, String origin) {
    if (codeBook.codes().isEmpty()) {
      throw new IllegalArgumentException("a REFI-QDA codebook holds at least one code");
    }
    XmlOut xml = new XmlOut().declaration();
    xml.start("CodeBook").attr("xmlns", XmlCursor.CODEBOOK_NAMESPACE).attr("origin", origin);
    xml.start("Codes");
    codeBook.codes().forEach(code -> CodeXml.code(xml, code, null));
    xml.end();
    if (!sets.isEmpty()) {
      xml.start("Sets");
      for (QdaSet set : sets) {
        xml.start("Set").attr("guid", set.guid()).attr("name", set.name());
        xml.textElement("Description", set.description());
        set.memberCodes().forEach(code -> xml.start("MemberCode").attr("guid", code).end());
        xml.end();
      }
      xml.end();
    }
    return xml.end().finish().getBytes(StandardCharsets.UTF_8);
  }
}
