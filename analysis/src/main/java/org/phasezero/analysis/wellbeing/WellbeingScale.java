package org.phasezero.analysis.wellbeing;

/**
 * The Warwick-Edinburgh Mental Wellbeing Scales and how each is scored.
 *
 * <p><b>WEMWBS</b>: 14 items, each scored 1–5; the score is the plain sum, 14–70 (Tennant et al.
 * 2007, <i>Health and Quality of Life Outcomes</i> 5:63, doi:10.1186/1477-7525-5-63).
 *
 * <p><b>SWEMWBS</b>: 7 items, each scored 1–5; the raw sum (7–35) is converted to the Rasch metric
 * score with {@link SwemwbsMetricConversion} (Stewart-Brown et al. 2009), and change is measured on
 * the metric score.
 *
 * <p><b>Meaningful change</b> (configurable; these are only defaults): 3 points for WEMWBS and 1
 * metric point for SWEMWBS, the lower ends of the ranges the Warwick user guidance gives for an
 * individual's meaningful change (WEMWBS 3–8 points, after Maheswaran H, Weich S, Powell J,
 * Stewart-Brown S (2012), <i>Health and Quality of Life Outcomes</i> 10:156,
 * doi:10.1186/1477-7525-10-156; SWEMWBS 1–3 metric points, after Shah N, Cader M, Andrews WP,
 * Wijesekera D, Stewart-Brown S (2018), <i>Health and Quality of Life Outcomes</i> 16:239). Record
 * the value used and its source with every report.
 *
 * <p>Missing or out-of-range items are errors: the scales define no imputation here, so none is
 * guessed. Item wording is licensed (NHS Health Scotland, Warwick, Edinburgh) and not included.
 *
 * <p><b>Complexity.</b> O(items).
 */
public enum WellbeingScale {

  WEMWBS(14, 3.0),
  SWEMWBS(7, 1.0);

  /** Lowest score of one item. */
  public static final int MIN_ITEM = 1;

  /** Highest score of one item. */
  public static final int MAX_ITEM = 5;

  private final int items;
  private final double defaultMeaningfulChange;

  WellbeingScale(int items, double defaultMeaningfulChange) {
    this.items = items;
    this.defaultMeaningfulChange = defaultMeaningfulChange;
  }

  /** How many items the scale has. */
  public int items() {
    return items;
  }

  /** The default meaningful-change threshold, in the units change is measured in. */
  public double defaultMeaningfulChange() {
    return defaultMeaningfulChange;
  }

  /**
   * Scores one completed questionnaire.
   *
   * @throws IllegalArgumentException naming the first wrong item (1-based) when the number of
   *     items is wrong or an item lies outside 1–5
   */
  public WellbeingScore score(int... itemScores) {
    if (itemScores.length != items) {
      throw new IllegalArgumentException(name() + " needs " + items + " item scores, found "
          + itemScores.length);
    }
    int raw = 0;
    for (int i = 0; i < itemScores.length; i++) {
      int s = itemScores[i];
      if (s < MIN_ITEM || s > MAX_ITEM) {
        throw new IllegalArgumentException("item " + (i + 1) + ": score must be between "
            + MIN_ITEM + " and " + MAX_ITEM + ", found " + s);
      }
      raw += s;
    }
    double comparable = this == SWEMWBS ? SwemwbsMetricConversion.metric(raw) : raw;
    return new WellbeingScore(this, raw, comparable);
  }
}
