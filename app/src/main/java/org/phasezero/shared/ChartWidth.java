package org.phasezero.shared;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The two widths every chart is drawn at. SVG text scales with its drawing, so no one drawing has
 * readable labels on both a phone and a desk: a page carries a chart drawn at both widths, and
 * {@code phasezero.css} shows the wide one on tablets and desks and the narrow one on phones
 * (classes {@code pz-chart--wide} and {@code pz-chart--narrow}). Labels then stay about the size of
 * the text around them; the narrow drawing has fewer of them where they would overlap.
 */
public enum ChartWidth {
  WIDE(640), NARROW(320);

  private final int pixels;

  ChartWidth(int pixels) {
    this.pixels = pixels;
  }

  /** The drawing's width in its own units, which are CSS pixels where the chart is shown at full size. */
  public int pixels() {
    return pixels;
  }

  /** The CSS modifier and id suffix: "wide" or "narrow". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean narrow() {
    return this == NARROW;
  }

  /** A chart drawn at both widths, wide first, for a page to carry both. */
  public static <T> List<T> both(Function<ChartWidth, T> draw) {
    return List.of(draw.apply(WIDE), draw.apply(NARROW));
  }
}
