package org.phasezero.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phasezero.evidence.files.ExtractedText;
import org.phasezero.evidence.files.Segment;

/**
 * The demo's written research texts (under {@code demo/research/}) as an import would read them: a
 * transcript as speaker turns, labelled with the name before the colon that starts a line, each
 * turn running to the next label's line; notes and descriptions as paragraphs, each running to the
 * next paragraph's first line. Segments keep their trailing line breaks, so they cover the text
 * without gaps, as {@code Sources.add} expects.
 *
 * <p>Linked speakers are written as {@code {{slot}}} and filled with the first name of the person the
 * demo links to that slot, so the texts stay right whoever the demo's seed makes those people.
 */
final class DemoTranscripts {

  private static final Pattern LABEL = Pattern.compile("^(\\p{L}[\\p{L}'’.\\-]*(?: \\p{L}[\\p{L}'’.\\-]*){0,3}):(?: |$)");
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

  /** Speaker turns: a line starting {@code Name: } opens a turn; other lines continue the one before. */
  static ExtractedText turns(String text) {
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    String speaker = null;
    for (int line = 0; line < text.length(); line = next(text, line)) {
      Matcher m = LABEL.matcher(text.substring(line, lineEnd(text, line)));
      if (m.find()) {
        if (line > start) {
          segments.add(new Segment(start, line, speaker, null, null));
        }
        start = line;
        speaker = m.group(1);
      }
    }
    if (text.length() > start) {
      segments.add(new Segment(start, text.length(), speaker, null, null));
    }
    return new ExtractedText(text, segments, "txt", List.of());
  }

  /** Paragraphs: blocks of lines separated by blank lines. */
  static ExtractedText paragraphs(String text) {
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    boolean afterBlank = false;
    for (int line = 0; line < text.length(); line = next(text, line)) {
      boolean blank = text.substring(line, lineEnd(text, line)).isBlank();
      if (!blank && afterBlank && line > start) {
        segments.add(new Segment(start, line, null, null, null));
        start = line;
      }
      afterBlank = blank;
    }
    if (text.length() > start) {
      segments.add(new Segment(start, text.length(), null, null, null));
    }
    return new ExtractedText(text, segments, "txt", List.of());
  }

  private static int lineEnd(String text, int line) {
    int newline = text.indexOf('\n', line);
    return newline < 0 ? text.length() : newline;
  }

  private static int next(String text, int line) {
    int newline = text.indexOf('\n', line);
    return newline < 0 ? text.length() : newline + 1;
  }
}
