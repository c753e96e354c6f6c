package org.phasezero.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phasezero.evidence.files.ExtractedText;
import org.phasezero.evidence.files.SourceFiles;

/**
 * The demo's written research texts (under {@code demo/research/}), read exactly as an import of
 * the same file would read them.
 *
 * <p>Linked speakers are written as {@code {{slot}}} and filled with the first name of the person the
 * demo links to that slot, so the texts stay right whoever the demo's seed makes those people.
 */
final class DemoTranscripts {

  private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

  private DemoTranscripts() {}

  /** A text of {@code demo/research/}, with line breaks as LF and no BOM. */
  static String read(String name) {
    try (InputStream in = DemoTranscripts.class.getResourceAsStream("/demo/research/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the demo text demo/research/" + name + " is missing");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with each {@code {{slot}}} replaced by that slot's name. */
  static String fill(String text, Map<String, String> names) {
    Matcher m = SLOT.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String name = names.get(m.group(1));
      if (name == null) {
        throw new IllegalStateException("the demo texts name an unknown speaker {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(name));
    }
    return m.appendTail(out).toString();
  }

  /**
   * The text as an import reads it ({@link SourceFiles}): speaker turns when it reads as a
   * transcript, paragraphs otherwise, by the same rule as a researcher's upload.
   */
  static ExtractedText imported(String fileName, String text) {
    return SourceFiles.read(fileName, text.getBytes(StandardCharsets.UTF_8));
  }
}
