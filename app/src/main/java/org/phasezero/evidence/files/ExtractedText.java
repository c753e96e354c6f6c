package org.phasezero.evidence.files;

import java.util.List;

/**
 * The text of a source and its segments.
 *
 * <p>The text is normalised so that every later step (coding offsets, search, REFI-QDA export, which
 * is XML) sees one form: no byte-order mark, line feeds only (CRLF and lone CR become LF), and no C0
 * control characters other than TAB and LF. What a reader removed on the way is said in {@code
 * warnings}, in words a researcher can act on.
 *
 * <p>The segments cover the text contiguously and in order: the first starts at 0, each starts where
 * the one before ends, and the last ends at {@code text.length()}. An empty text has no segments.
 *
 * @param format what the source was read as: {@code txt}, {@code md}, {@code docx}, {@code pdf},
 *     {@code vtt} or {@code srt}
 */
public record ExtractedText(String text, List<Segment> segments, String format, List<String> warnings) {

  public ExtractedText {
    segments = List.copyOf(segments);
    warnings = List.copyOf(warnings);
    int at = 0;
    for (Segment segment : segments) {
      if (segment.start() != at) {
        throw new IllegalArgumentException("segments must be contiguous: expected one starting at " + at
            + ", not " + segment);
      }
      at = segment.end();
    }
    if (at != text.length()) {
      throw new IllegalArgumentException("segments end at " + at + " but the text has " + text.length()
          + " characters");
    }
  }
}
