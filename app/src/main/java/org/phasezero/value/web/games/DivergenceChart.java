package org.phasezero.value.web.games;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.phasezero.shared.ChartWidth;
import org.phasezero.value.game.GameBoard;
import org.phasezero.value.game.GameGood;
import org.phasezero.value.game.GameResult;

/**
 * Where the community and statutory sides value each outcome, drawn as SVG on the server: one row
 * per outcome, most divergent first, with the community side's median as a circle and the statutory
 * side's as a square on a price scale that is logarithmic (the goods run from pounds to thousands),
 * joined by a line whose length is the divergence. The goods stand as faint lines at their prices.
 * The table beside it gives the same figures in words.
 *
 * <p>Drawn at both {@link ChartWidth}s. Prices are named only where their labels do not overlap, and
 * on the narrow drawing a long outcome name is shortened (the table and the row's tooltip name it in
 * full).
 */
final class DivergenceChart {

  /** About the width of a character of the 12 px price labels, and of the 14 px names. */
  private static final double PRICE_CHAR = 7;
  private static final double NAME_CHAR = 8;
  private static final int LEFT = 24;
  private static final int RIGHT = 24;
  private static final int TOP = 40;
  private static final int ROW = 56;
  private static final int BOTTOM = 12;

  /** A good's line at its price; {@code label} is the price shown above it, null where it would overlap. */
  record Grid(double x, String price, String good, String label) {}

  /**
   * A row: the outcome's name above its line ({@code shown} may be shortened; {@code name} is whole);
   * a marker's x is null when that side did not place it.
   */
  record Row(double labelY, double lineY, String name, String shown, Double community, Double statutory,
      String communityText, String statutoryText) {}

  record Chart(ChartWidth drawn, int width, int height, double top, double bottom, List<Grid> grid, List<Row> rows) {}

  private DivergenceChart() {}

  static List<Chart> of(GameResult result, GameBoard board) {
    return ChartWidth.both(w -> of(result, board, w));
  }

  static Chart of(GameResult result, GameBoard board, ChartWidth drawn) {
    int width = drawn.pixels();
    List<GameGood> goods = board.goods();
    if (goods.isEmpty()) {
      return new Chart(drawn, width, TOP + BOTTOM, TOP, TOP, List.of(), List.of());
    }
    double lo = Math.log10(goods.get(0).price().doubleValue() / 2);
    double hi = Math.log10(goods.get(goods.size() - 1).price().doubleValue() * 2);
    Scale scale = new Scale(lo, hi, width);
    NumberFormat money = NumberFormat.getCurrencyInstance(Locale.UK);
    List<Grid> grid = new ArrayList<>();
    double clear = Double.NEGATIVE_INFINITY;
    for (GameGood g : goods) {
      double x = scale.x(g.price());
      String price = money.format(g.price());
      String label = shortMoney(g.price());
      double half = label.length() * PRICE_CHAR / 2;
      boolean fits = x - half >= clear && x + half <= width;
      grid.add(new Grid(x, price, g.name(), fits ? label : null));
      if (fits) {
        clear = x + half + PRICE_CHAR;
      }
    }
    int nameChars = (int) ((width - 2 * LEFT) / NAME_CHAR);
    List<GameResult.OutcomeValues> ordered = mostDivergentFirst(result.outcomes());
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      GameResult.OutcomeValues o = ordered.get(i);
      double y = TOP + i * ROW;
      BigDecimal c = o.divergence().community();
      BigDecimal s = o.divergence().statutory();
      String name = o.outcome().name();
      rows.add(new Row(y + 16, y + 36, name, shorten(name, nameChars), c == null ? null : scale.x(c), s == null ? null : scale.x(s),
          c == null ? null : money.format(c), s == null ? null : money.format(s)));
    }
    int height = TOP + ordered.size() * ROW + BOTTOM;
    return new Chart(drawn, width, height, TOP - 4, height - BOTTOM, grid, rows);
  }

  /** The outcomes as the chart and its table list them: furthest apart on the board first, those not placed by both sides last. */
  static List<GameResult.OutcomeValues> mostDivergentFirst(List<GameResult.OutcomeValues> outcomes) {
    List<GameResult.OutcomeValues> ordered = new ArrayList<>(outcomes);
    ordered.sort(Comparator.comparing((GameResult.OutcomeValues o) -> o.divergence().goodsApart() == null ? -1
        : o.divergence().goodsApart().abs().doubleValue()).reversed());
    return ordered;
  }

  /** Whole pounds without pence ("£1,200"), others as money ("£3.50"): labels as short as they can be. */
  static String shortMoney(BigDecimal pounds) {
    NumberFormat money = NumberFormat.getCurrencyInstance(Locale.UK);
    if (pounds.stripTrailingZeros().scale() <= 0) {
      money.setMaximumFractionDigits(0);
    }
    return money.format(pounds);
  }

  /** The name cut at a word to at most {@code chars} characters, with an ellipsis when cut. */
  static String shorten(String name, int chars) {
    if (name.length() <= chars) {
      return name;
    }
    int cut = name.lastIndexOf(' ', chars - 1);
    return name.substring(0, cut > chars / 2 ? cut : chars - 1).strip() + "…";
  }

  /** Pounds to x on a log scale; nothing (£0) sits at the left edge. */
  private record Scale(double lo, double hi, int width) {
    double x(BigDecimal pounds) {
      double plot = width - LEFT - RIGHT;
      if (pounds.signum() <= 0) {
        return LEFT;
      }
      double v = Math.max(lo, Math.min(hi, Math.log10(pounds.doubleValue())));
      return LEFT + plot * (v - lo) / (hi - lo);
    }
  }
}
