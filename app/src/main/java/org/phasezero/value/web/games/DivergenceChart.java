package org.phasezero.value.web.games;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.phasezero.value.game.GameBoard;
import org.phasezero.value.game.GameGood;
import org.phasezero.value.game.GameResult;

/**
 * Where the community and statutory sides value each outcome, drawn as SVG on the server: one row
 * per outcome, most divergent first, with the community side's median as a circle and the statutory
 * side's as a square on a price scale that is logarithmic (the goods run from pounds to thousands),
 * joined by a line whose length is the divergence. The goods stand as faint lines at their prices.
 * The table beside it gives the same figures in words.
 */
final class DivergenceChart {

  static final int WIDTH = 640;
  private static final int LEFT = 24;
  private static final int RIGHT = 24;
  private static final int TOP = 40;
  private static final int ROW = 56;
  private static final int BOTTOM = 12;

  record Grid(double x, String price, String good) {}

  /** A row: the outcome's name above its line; a marker's x is null when that side did not place it. */
  record Row(double labelY, double lineY, String name, Double community, Double statutory, String communityText,
      String statutoryText) {}

  record Chart(int width, int height, double top, double bottom, List<Grid> grid, List<Row> rows) {}

  private DivergenceChart() {}

  static Chart of(GameResult result, GameBoard board) {
    List<GameGood> goods = board.goods();
    if (goods.isEmpty()) {
      return new Chart(WIDTH, TOP + BOTTOM, TOP, TOP, List.of(), List.of());
    }
    double lo = Math.log10(goods.get(0).price().doubleValue() / 2);
    double hi = Math.log10(goods.get(goods.size() - 1).price().doubleValue() * 2);
    Scale scale = new Scale(lo, hi);
    NumberFormat money = NumberFormat.getCurrencyInstance(Locale.UK);
    List<Grid> grid = goods.stream().map(g -> new Grid(scale.x(g.price()), money.format(g.price()), g.name())).toList();
    List<GameResult.OutcomeValues> ordered = new ArrayList<>(result.outcomes());
    ordered.sort(Comparator.comparing((GameResult.OutcomeValues o) -> o.divergence().goodsApart() == null ? -1
        : o.divergence().goodsApart().abs().doubleValue()).reversed());
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      GameResult.OutcomeValues o = ordered.get(i);
      double y = TOP + i * ROW;
      BigDecimal c = o.divergence().community();
      BigDecimal s = o.divergence().statutory();
      rows.add(new Row(y + 16, y + 36, o.outcome().name(), c == null ? null : scale.x(c), s == null ? null : scale.x(s),
          c == null ? null : money.format(c), s == null ? null : money.format(s)));
    }
    int height = TOP + ordered.size() * ROW + BOTTOM;
    return new Chart(WIDTH, height, TOP - 4, height - BOTTOM, grid, rows);
  }

  /** Pounds to x on a log scale; nothing (£0) sits at the left edge. */
  private record Scale(double lo, double hi) {
    double x(BigDecimal pounds) {
      double plot = WIDTH - LEFT - RIGHT;
      if (pounds.signum() <= 0) {
        return LEFT;
      }
      double v = Math.max(lo, Math.min(hi, Math.log10(pounds.doubleValue())));
      return LEFT + plot * (v - lo) / (hi - lo);
    }
  }
}
