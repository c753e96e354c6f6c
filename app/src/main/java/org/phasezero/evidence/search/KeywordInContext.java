package org.phasezero.evidence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The keyword-in-context line of a hit and the highlighted passage of a turn, cut from the turn's
 * own words. Context stays inside the turn: the next turn is someone else speaking. Runs of white
 * space (line breaks included) are shown as one space, so that each line reads as one line, and the
 * outer ends of the context are trimmed; the words themselves are as the source has them.
 */
public final class KeywordInContext {

  /** Characters of context on each side of a hit in a keyword-in-context line. */
  public static final int WIDTH = 60;
  /** Characters of a turn shown around its hits in the highlighted passage, at most. */
  static final int PASSAGE = 400;

  private static final Pattern SPACE = Pattern.compile("\\s+");

  private KeywordInContext() {}

  /** One hit: its place in the source's text, the context to its left, the words found, the context to its right. */
  public record Line(int start, int end, String left, String hit, String right) {}

  /** A piece of a passage: words found ({@code hit}) or the words between them. */
  public record Piece(String text, boolean hit) {}

  /** The line of a hit at [start, end) of a turn that begins at {@code turnStart} in its source. */
  static Line line(String turn, int turnStart, EvidenceIndex.Hit h) {
    return new Line(turnStart + h.start(), turnStart + h.end(),
        spaced(turn.substring(Math.max(0, h.start() - WIDTH), h.start())).stripLeading(),
        spaced(turn.substring(h.start(), h.end())),
        spaced(turn.substring(h.end(), Math.min(turn.length(), h.end() + WIDTH))).stripTrailing());
  }

  /**
   * The turn around its hits, at most about {@link #PASSAGE} characters from a little before the
   * first hit, with the hits marked. Hits that overlap (a word inside a found phrase) are merged.
   */
  static List<Piece> passage(String turn, List<EvidenceIndex.Hit> hits) {
    List<Piece> pieces = new ArrayList<>();
    if (hits.isEmpty()) {
      pieces.add(new Piece(spaced(turn.substring(0, Math.min(turn.length(), PASSAGE))), false));
      return pieces;
    }
    int from = Math.max(0, hits.get(0).start() - WIDTH);
    int to = Math.min(turn.length(), Math.max(from + PASSAGE, hits.get(0).end() + WIDTH));
    int at = from;
    for (EvidenceIndex.Hit h : hits) {
      if (h.start() >= to) {
        break;
      }
      int start = Math.max(h.start(), at);
      if (h.end() <= start) {
        continue;
      }
      if (start > at) {
        pieces.add(new Piece(spaced(turn.substring(at, start)), false));
      }
      pieces.add(new Piece(spaced(turn.substring(start, h.end())), true));
      at = h.end();
    }
    if (at < to) {
      pieces.add(new Piece(spaced(turn.substring(at, to)).stripTrailing(), false));
    }
    if (!pieces.get(0).hit()) {
      pieces.set(0, new Piece(pieces.get(0).text().stripLeading(), false));
    }
    return pieces;
  }

  static String spaced(String s) {
    return SPACE.matcher(s).replaceAll(" ");
  }
}
