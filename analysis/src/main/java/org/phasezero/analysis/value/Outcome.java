package org.phasezero.analysis.value;

import java.util.Objects;

/**
 * One outcome of one stakeholder in an SROI impact map, with the assumptions that value it.
 *
 * <p>Year-1 impact = quantity × financial proxy × (1 − deadweight) × (1 − displacement) ×
 * (1 − attribution); each later year keeps (1 − drop-off) of the year before, for {@code duration}
 * years in all (Social Value UK / Cabinet Office, <i>A Guide to Social Return on Investment</i>,
 * 2012, stages 3–4). Validation messages start with the model file's key, so a reader can prefix
 * the path, e.g. {@code stakeholders[0].outcomes[1].deadweight: must be between 0 and 1, found 1.3}.
 *
 * @param name what changed, e.g. "more confident"
 * @param quantity how many people (or units) experienced it; not negative
 * @param financialProxy money value of one unit of the outcome for one year; not negative
 * @param proxySource where the proxy comes from (e.g. a HACT value, a survey); may be empty
 * @param licence licence note for the proxy (licensed banks may not be redistributed); may be empty
 * @param duration years the outcome lasts, at least 1
 * @param deadweight share that would have happened anyway, in [0, 1]
 * @param displacement share that displaced other outcomes, in [0, 1]
 * @param attribution share owed to others, in [0, 1]
 * @param dropOff share lost each year after the first, in [0, 1]
 */
public record Outcome(String name, double quantity, double financialProxy, String proxySource,
    String licence, int duration, double deadweight, double displacement, double attribution,
    double dropOff) {

  public Outcome {
    Objects.requireNonNull(name, "name");
    proxySource = proxySource == null ? "" : proxySource;
    licence = licence == null ? "" : licence;
    requireNonNegative("quantity", quantity);
    requireNonNegative("financial_proxy", financialProxy);
    if (duration < 1) {
      throw new IllegalArgumentException("duration: must be at least 1 year, found " + duration);
    }
    requireFraction("deadweight", deadweight);
    requireFraction("displacement", displacement);
    requireFraction("attribution", attribution);
    requireFraction("drop_off", dropOff);
  }

  /** The year-1 impact: quantity × proxy × (1 − deadweight)(1 − displacement)(1 − attribution). */
  public double firstYearImpact() {
    return quantity * financialProxy * (1 - deadweight) * (1 - displacement) * (1 - attribution);
  }

  /** The undiscounted impact of each year 1…duration (index 0 is year 1). */
  public double[] yearlyImpact() {
    double[] years = new double[duration];
    double v = firstYearImpact();
    for (int t = 0; t < duration; t++) {
      years[t] = v;
      v *= 1 - dropOff;
    }
    return years;
  }

  /**
   * Present value given discount weights, {@code weights[t]} for year t (index 0 unused): Σ over
   * years of impact × weight. O(duration).
   */
  public double presentValue(double[] weights) {
    return presentValue(firstYearImpact(), duration, dropOff, weights);
  }

  /** The same sum from its parts, so simulations can vary them without building records. */
  static double presentValue(double firstYear, int duration, double dropOff, double[] weights) {
    double keep = 1 - dropOff;
    double v = firstYear;
    double pv = 0;
    for (int t = 1; t <= duration; t++) {
      pv += v * weights[t];
      v *= keep;
    }
    return pv;
  }

  static void requireFraction(String key, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(key + ": must be between 0 and 1, found " + value);
    }
  }

  private static void requireNonNegative(String key, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(key + ": must be a number not below 0, found " + value);
    }
  }
}
