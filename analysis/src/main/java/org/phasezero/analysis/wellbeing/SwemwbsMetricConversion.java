package org.phasezero.analysis.wellbeing;

/**
 * The published conversion of a SWEMWBS raw score (7–35) to its Rasch-transformed metric score.
 *
 * <p><b>Definition.</b> SWEMWBS items are not interval-scaled, so the raw sum must be converted
 * with the table from the Rasch analysis before scores are averaged or compared.
 *
 * <p><b>Source.</b> Stewart-Brown S, Tennant A, Tennant R, Platt S, Parkinson J, Weich S (2009).
 * Internal construct validity of the Warwick-Edinburgh Mental Well-being Scale (WEMWBS): a Rasch
 * analysis using data from the Scottish Health Education Population Survey. <i>Health and Quality
 * of Life Outcomes</i> 7:15, doi:10.1186/1477-7525-7-15 (CC BY 2.0), as distributed by Warwick
 * Medical School with the SWEMWBS user guide. The 29 values below are PhaseZero's own copy of that
 * table, held in code so that scoring never depends on a file at run time; a conformance test
 * checks every row against the shared reference copy.
 *
 * <p>SWEMWBS is jointly owned by NHS Health Scotland and the Universities of Warwick and
 * Edinburgh; it is free to use, registration is requested, and its item wording is not part of
 * PhaseZero.
 *
 * <p><b>Complexity.</b> O(1): a table look-up.
 */
public final class SwemwbsMetricConversion {

  /** The lowest raw score (seven items each scored 1). */
  public static final int MIN_RAW = 7;

  /** The highest raw score (seven items each scored 5). */
  public static final int MAX_RAW = 35;

  /** Metric scores for raw scores 7, 8, …, 35, in order. */
  private static final double[] METRIC = {
      7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36,
      16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21,
      24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70, 32.55, 35.00};

  private SwemwbsMetricConversion() {}

  /** The metric score for a raw score between {@value #MIN_RAW} and {@value #MAX_RAW}. */
  public static double metric(int raw) {
    if (raw < MIN_RAW || raw > MAX_RAW) {
      throw new IllegalArgumentException("SWEMWBS raw score must be between " + MIN_RAW + " and "
          + MAX_RAW + ", found " + raw);
    }
    return METRIC[raw - MIN_RAW];
  }
}
