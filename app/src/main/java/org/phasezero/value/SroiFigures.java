package org.phasezero.value;

import java.math.BigDecimal;
import java.util.List;
import org.phasezero.analysis.value.Histogram;
import org.phasezero.analysis.value.MonteCarloResult;
import org.phasezero.analysis.value.OutcomeValue;
import org.phasezero.analysis.value.SensitivityRow;
import org.phasezero.analysis.value.StakeholderValue;

/**
 * An account's figures as the analysis library computes them from its records: the result, one-way
 * sensitivity with break-even values, and a seeded Monte Carlo with the distribution of its ratios.
 * Money is rounded to the penny once, here; the ratio is unrounded.
 *
 * @param totalInputs the counted inputs (see {@link AccountInputs})
 * @param presentValue null while the account cannot be valued (see {@code missing})
 * @param missing why there are no figures yet: {@code NO_OUTCOMES} or {@code NO_INPUTS}; else null
 * @param measured the outcomes whose quantity was read from a wellbeing measure
 */
public record SroiFigures(long accountId, BigDecimal totalInputs, BigDecimal presentValue,
    BigDecimal netPresentValue, Double ratio, List<StakeholderValue> stakeholders,
    List<OutcomeValue> outcomes, List<SensitivityRow> sensitivity, MonteCarloResult monteCarlo,
    Histogram histogram, String missing, List<Measured> measured) {

  /**
   * An outcome whose quantity was measured: the people with a meaningful improvement between the
   * baseline and the latest follow-up of a wellbeing measure, out of those who answered both.
   */
  public record Measured(long outcomeId, long measureId, String measureTitle, int followUp, int improved,
      int people) {}

  /** The number of Monte Carlo draws an account is simulated with. */
  public static final int DRAWS = 10_000;

  public boolean complete() {
    return missing == null;
  }
}
