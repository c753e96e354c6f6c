package org.phasezero.value.game;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The goods of a game in price order and the places an outcome can be put among them. With n goods
 * there are 2n + 1 places: position 2k lies between the k-th and (k+1)-th goods (0 below the
 * cheapest, 2n above the dearest) and position 2k - 1 is "about the same as" the k-th.
 */
public final class GameBoard {

  private final List<GameGood> goods;

  public GameBoard(List<GameGood> goods) {
    this.goods = goods.stream().sorted(Comparator.comparing(GameGood::price)).toList();
  }

  public List<GameGood> goods() {
    return goods;
  }

  public int positions() {
    return 2 * goods.size() + 1;
  }

  public boolean valid(int position) {
    return position >= 0 && position < positions();
  }

  /** Every place, cheapest first. */
  public List<Slot> slots() {
    List<Slot> slots = new ArrayList<>();
    for (int p = 0; p < positions(); p++) {
      slots.add(slot(p));
    }
    return slots;
  }

  public Slot slot(int position) {
    if (!valid(position)) {
      throw new IllegalArgumentException("no position " + position + " among " + goods.size() + " goods");
    }
    int k = position / 2;
    if (position % 2 == 1) {
      return new Slot(position, Slot.Kind.SAME, goods.get(k), goods.get(k));
    }
    if (k == 0) {
      return new Slot(position, Slot.Kind.BELOW, null, goods.get(0));
    }
    if (k == goods.size()) {
      return new Slot(position, Slot.Kind.ABOVE, goods.get(k - 1), null);
    }
    return new Slot(position, Slot.Kind.BETWEEN, goods.get(k - 1), goods.get(k));
  }

  /** What a placement is worth under the game's valuation, to the penny. */
  public BigDecimal value(int position, Valuation valuation) {
    Slot s = slot(position);
    BigDecimal v = switch (s.kind()) {
      case BELOW -> BigDecimal.ZERO;
      case SAME, ABOVE -> s.lower().price();
      case BETWEEN -> valuation == Valuation.LOWER_BOUND ? s.lower().price()
          : s.lower().price().multiply(s.upper().price()).sqrt(MathContext.DECIMAL64);
    };
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  /** A place among the goods; {@code lower} is null below the cheapest, {@code upper} above the dearest. */
  public record Slot(int position, Kind kind, GameGood lower, GameGood upper) {

    public enum Kind { BELOW, SAME, BETWEEN, ABOVE }

    /** Whether the value read from this place is a floor or nothing rather than a reading. */
    public boolean openEnded() {
      return kind == Kind.BELOW || kind == Kind.ABOVE;
    }
  }
}
