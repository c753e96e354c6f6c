package org.phasezero.analysis.value;

/**
 * The assumptions of an outcome that sensitivity analysis and simulation vary, named by their
 * model-file keys.
 */
public enum Assumption {
  QUANTITY("quantity"),
  FINANCIAL_PROXY("financial_proxy"),
  DURATION("duration"),
  DEADWEIGHT("deadweight"),
  DISPLACEMENT("displacement"),
  ATTRIBUTION("attribution"),
  DROP_OFF("drop_off");

  private final String key;

  Assumption(String key) {
    this.key = key;
  }

  /** The model-file key, e.g. {@code drop_off}. */
  public String key() {
    return key;
  }

  /** True for the four shares that must lie in [0, 1]. */
  public boolean isFraction() {
    return this == DEADWEIGHT || this == DISPLACEMENT || this == ATTRIBUTION || this == DROP_OFF;
  }

  /** This assumption's value in an outcome. */
  public double of(Outcome o) {
    return switch (this) {
      case QUANTITY -> o.quantity();
      case FINANCIAL_PROXY -> o.financialProxy();
      case DURATION -> o.duration();
      case DEADWEIGHT -> o.deadweight();
      case DISPLACEMENT -> o.displacement();
      case ATTRIBUTION -> o.attribution();
      case DROP_OFF -> o.dropOff();
    };
  }

  /** The outcome with this assumption set to {@code value} (durations are rounded). */
  public Outcome in(Outcome o, double value) {
    return new Outcome(o.name(),
        this == QUANTITY ? value : o.quantity(),
        this == FINANCIAL_PROXY ? value : o.financialProxy(),
        o.proxySource(), o.licence(),
        this == DURATION ? (int) Math.round(value) : o.duration(),
        this == DEADWEIGHT ? value : o.deadweight(),
        this == DISPLACEMENT ? value : o.displacement(),
        this == ATTRIBUTION ? value : o.attribution(),
        this == DROP_OFF ? value : o.dropOff());
  }
}
