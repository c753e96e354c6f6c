package org.phasezero.analysis.value;

import java.util.List;

/**
 * Discount rates by year band, and the discount factor they give each year.
 *
 * <p><b>Definition.</b> Year t's rate r(t) is that of the band containing t. Factors compound
 * band by band: D(0) = 1 and D(t) = D(t − 1) / (1 + r(t)), i.e. D(t) = Π<sub>y ≤ t</sub>
 * 1/(1 + r(y)). With a single band this is the familiar 1/(1 + r)<sup>t</sup>; with the Green Book
 * bands, year 31 is discounted by 1.035<sup>−30</sup> · 1.03<sup>−1</sup>, so the factor never
 * jumps when the rate steps down (the way HM Treasury, <i>The Green Book</i>, 2022, Annex A6,
 * applies its declining long-term rates).
 *
 * <p><b>Default.</b> The Green Book schedule: 3.5% for years 0–30, 3.0% for 31–75, 2.5% for
 * 76–125, 2.0% for 126–200, 1.5% for 201–300, 1.0% beyond (Green Book 2022, Annex A6). The rates
 * are configurable: HM Treasury revises them, so record the edition used with each report.
 *
 * <p><b>Year one.</b> By default year t's value is multiplied by D(t), so year 1 is discounted.
 * The other convention, common in SROI practice, treats year 1 as the present: year t's value is
 * multiplied by D(t − 1).
 *
 * <p><b>Complexity.</b> {@link #weights} is O(years + bands).
 *
 * @param bands the rate bands in order, the first starting at year 0 or 1 and each continuing the
 *     one before; the last applies to every later year
 */
public record DiscountSchedule(List<Band> bands) {

  /** Year {@code fromYear} onwards (until the next band) is discounted at {@code rate}. */
  public record Band(int fromYear, double rate) {
    public Band {
      if (!(rate >= 0 && rate < 1)) {
        throw new IllegalArgumentException("discount_rate: must be at least 0 and below 1, found "
            + rate);
      }
    }
  }

  /** HM Treasury Green Book 2022 declining long-term schedule (Annex A6). */
  public static final DiscountSchedule GREEN_BOOK = new DiscountSchedule(List.of(
      new Band(0, 0.035), new Band(31, 0.030), new Band(76, 0.025), new Band(126, 0.020),
      new Band(201, 0.015), new Band(301, 0.010)));

  public DiscountSchedule {
    bands = List.copyOf(bands);
    if (bands.isEmpty() || bands.get(0).fromYear() > 1) {
      throw new IllegalArgumentException("discount bands must start at year 0 or 1");
    }
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).fromYear() <= bands.get(i - 1).fromYear()) {
        throw new IllegalArgumentException("discount bands must start at increasing years");
      }
    }
  }

  /** One rate for every year: D(t) = (1 + rate)<sup>−t</sup>. */
  public static DiscountSchedule flat(double rate) {
    return new DiscountSchedule(List.of(new Band(0, rate)));
  }

  /** The rate that applies in year {@code year} (≥ 1). */
  public double rate(int year) {
    double rate = bands.get(0).rate();
    for (Band b : bands) {
      if (b.fromYear() <= year) {
        rate = b.rate();
      }
    }
    return rate;
  }

  /** D(t) for t = 0…years: the product of 1/(1 + r(y)) over years y = 1…t. */
  public double[] factors(int years) {
    double[] d = new double[years + 1];
    d[0] = 1;
    int band = 0;
    for (int t = 1; t <= years; t++) {
      while (band + 1 < bands.size() && bands.get(band + 1).fromYear() <= t) {
        band++;
      }
      d[t] = d[t - 1] / (1 + bands.get(band).rate());
    }
    return d;
  }

  /**
   * The weight of year t's value for t = 1…years (index 0 unused): D(t) when year one is
   * discounted, D(t − 1) when it is not.
   */
  public double[] weights(int years, boolean discountYearOne) {
    double[] d = factors(years);
    if (discountYearOne) {
      return d;
    }
    double[] w = new double[years + 1];
    System.arraycopy(d, 0, w, 1, years);
    return w;
  }
}
