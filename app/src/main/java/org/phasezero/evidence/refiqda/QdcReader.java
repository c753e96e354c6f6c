package org.phasezero.evidence.refiqda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads REFI-QDA codebook exchange files ({@code .qdc}: one XML document, root {@code CodeBook} in
 * namespace {@code urn:QDA-XML:codebook:1.0}, REFI-QDA 1.5 section 5).
 *
 * <p><b>Strict on safety and shape:</b> a DOCTYPE (hence any DTD or external entity), a file that
 * is not XML, another root element or namespace, a code without its {@code guid}, {@code name} or
 * {@code isCodable}, and a file over {@link #MAX_BYTES} are refused with a {@link QdpxException}.
 * <b>Lenient</b> where producers add to the standard: attributes and elements the schema does not
 * name are skipped with a warning; a document without a namespace is read as a codebook. What the
 * schema's types demand of values (GUID and colour syntax) and GUIDs used twice are left to
 * {@link CodebookCheck}, which lists every such problem rather than stopping at the first.
 */
public final class QdcReader {

  /** 5 MB: the 262-code NVivo codebook among the shared exports is 60 kB as a codebook. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private static final Set<String> SET_ATTRIBUTES = Set.of("guid", "name");

  public ImportedCodebook read(Path qdc) {
    try {
      if (Files.size(qdc) > MAX_BYTES) {
        throw tooLarge(qdc.getFileName().toString(), Files.size(qdc));
      }
      return read(Files.readAllBytes(qdc), qdc.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + qdc, e);
    }
  }

  /**
   * @param name the file's name, which starts each message about it
   */
  public ImportedCodebook read(byte[] qdc, String name) {
    if (qdc.length > MAX_BYTES) {
      throw tooLarge(name, qdc.length);
    }
    Warnings warnings = new Warnings();
    XmlCursor c = new XmlCursor(SecureXml.reader(qdc, name), name, warnings, XmlCursor.CODEBOOK_NAMESPACE);
    String root = c.root();
    if (!root.equals("CodeBook")) {
      throw c.error("the root element is <" + root + ">, not <CodeBook> (a REFI-QDA codebook)");
    }
    c.warnUnknownAttributes(Set.of("origin"));
    String origin = c.attr("origin");
    List<Code> codes = null;
    List<QdaSet> sets = new ArrayList<>();
    CodeElements codeElements = new CodeElements(c, warnings, true);
    while (c.nextChild()) {
      switch (c.name()) {
        case "Codes" -> codes = codeElements.codes();
        case "Sets" -> {
          while (c.nextChild()) {
            if (c.name().equals("Set")) {
              sets.add(set(c));
            } else {
              c.skipUnknown("Sets");
            }
          }
        }
        default -> c.skipUnknown("CodeBook");
      }
    }
    if (codes == null) {
      throw new QdpxException(name + ": the codebook has no <Codes> element");
    }
    return new ImportedCodebook(new CodeBook(codes), origin, sets, warnings.list());
  }

  private static QdaSet set(XmlCursor c) {
    c.warnUnknownAttributes(SET_ATTRIBUTES);
    String guid = c.guid();
    String name = c.required("name");
    String description = null;
    List<String> members = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Description" -> description = c.text();
        // A codebook's MemberCode names its code in 'guid', a project's in 'targetGUID'.
        case "MemberCode" -> {
          members.add(c.guid());
          c.finish();
        }
        default -> c.skipUnknown("Set");
      }
    }
    return new QdaSet(guid, name, description, members, List.of(), List.of());
  }

  private static QdpxException tooLarge(String name, long bytes) {
    return new QdpxException(name + ": " + bytes / 1024 + " kB is more than a codebook may be ("
        + MAX_BYTES / (1024 * 1024) + " MB)");
  }
}
