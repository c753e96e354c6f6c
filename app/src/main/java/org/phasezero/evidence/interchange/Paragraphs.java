package org.phasezero.evidence.interchange;

import java.util.ArrayList;
import java.util.List;
import org.phasezero.evidence.files.Segment;

/**
 * Splits an imported text into the segments the source page shows: one per line, each with its
 * line break, blank lines joined to the line before them (so a page is not half empty rows). The
 * segments are contiguous and cover the text exactly, so their concatenation is the text and every
 * selection keeps its offsets. Linear in the text's length.
 */
final class Paragraphs {

  private Paragraphs() {}

  static List<Segment> of(String text) {
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? n : end + 1;
      while (end < n && text.charAt(end) == '\n') {
        end++;
      }
      segments.add(new Segment(start, end, null, null, null));
      start = end;
    }
    return segments;
  }
}
