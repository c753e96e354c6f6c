package org.phasezero.evidence.themes.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.CodedSegment;
import org.phasezero.network.Side;

/**
 * A few quotes to illustrate a theme on paper, where its page's full list cannot follow: taken in
 * turn from each side that spoke (community, statutory, then speakers not linked to a side), so that
 * both voices are heard, each in the order the theme's page lists them, and cut at a length a
 * printed page can hold.
 */
final class IllustrativeQuotes {

  static final int PER_THEME = 3;
  static final int MAX_CHARACTERS = 320;

  /** A quote as printed: its words (cut with an ellipsis when long), the source, the speaker's side. */
  record Quote(String text, String sourceName, Side side) {}

  private IllustrativeQuotes() {}

  static List<Quote> of(List<CodedSegment> quotes) {
    Map<Side, List<CodedSegment>> bySide = new LinkedHashMap<>();
    for (Side s : Side.values()) {
      bySide.put(s, new ArrayList<>());
    }
    List<CodedSegment> unlinked = new ArrayList<>();
    for (CodedSegment q : quotes) {
      (q.speakerSide() == null ? unlinked : bySide.get(q.speakerSide())).add(q);
    }
    List<List<CodedSegment>> turns = new ArrayList<>(bySide.values());
    turns.add(unlinked);
    List<Quote> out = new ArrayList<>();
    for (int i = 0; out.size() < PER_THEME; i++) {
      boolean any = false;
      for (List<CodedSegment> side : turns) {
        if (i < side.size() && out.size() < PER_THEME) {
          CodedSegment q = side.get(i);
          out.add(new Quote(cut(q.text().strip()), q.sourceName(), q.speakerSide()));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    return out;
  }

  private static String cut(String text) {
    if (text.length() <= MAX_CHARACTERS) {
      return text;
    }
    int space = text.lastIndexOf(' ', MAX_CHARACTERS - 1);
    return text.substring(0, space > MAX_CHARACTERS / 2 ? space : MAX_CHARACTERS - 1).strip() + "…";
  }
}
