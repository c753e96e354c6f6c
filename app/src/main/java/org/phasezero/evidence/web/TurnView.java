package org.phasezero.evidence.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.phasezero.evidence.Coding;
import org.phasezero.evidence.SourceSegment;

/**
 * A turn as the source page draws it: its text cut into pieces at every coding's start and end, so
 * each piece knows the codings that cover it (drawn as a highlight) and its offset in the source
 * (which the selection script reads to send exact positions).
 */
public record TurnView(SourceSegment segment, List<Piece> pieces, List<Coding> codings) {

  /** A run of a turn's text covered by the same codings; {@code start} is its offset in the source. */
  public record Piece(int start, String text, List<Coding> codings) {

    public boolean coded() {
      return !codings.isEmpty();
    }

    /** The names of the codes covering this piece, for its tooltip and for screen readers. */
    public String codeNames() {
      return String.join("; ", codings.stream().map(Coding::codeName).distinct().toList());
    }

    /** The first covering code's colour, drawn as the underline. */
    public String color() {
      return codings.stream().map(Coding::codeColor).filter(c -> c != null).findFirst().orElse("#005eb8");
    }
  }

  public static List<TurnView> of(List<SourceSegment> segments, List<Coding> codings) {
    List<TurnView> views = new ArrayList<>(segments.size());
    for (SourceSegment s : segments) {
      List<Coding> here = codings.stream().filter(c -> c.start() < s.end() && c.end() > s.start()).toList();
      views.add(new TurnView(s, s.withheld() ? List.of() : pieces(s, here), here));
    }
    return views;
  }

  private static List<Piece> pieces(SourceSegment s, List<Coding> codings) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(s.start(), s.end()));
    for (Coding c : codings) {
      cuts.add(Math.max(s.start(), c.start()));
      cuts.add(Math.min(s.end(), c.end()));
    }
    List<Piece> pieces = new ArrayList<>();
    Integer from = null;
    for (int cut : cuts) {
      if (from != null && cut > from) {
        int a = from;
        int b = cut;
        pieces.add(new Piece(a, s.text().substring(a - s.start(), b - s.start()),
            codings.stream().filter(c -> c.start() < b && c.end() > a).toList()));
      }
      from = cut;
    }
    return pieces;
  }
}
