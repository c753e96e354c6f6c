package org.phasezero.analysis.wellbeing;

/**
 * One person's change between two completions of the same scale.
 *
 * @param id who (as given in the data)
 * @param pre the score before
 * @param post the score after
 * @param change {@code post.metric − pre.metric}: on the Rasch metric for SWEMWBS, on the raw total
 *     for WEMWBS
 * @param category whether the change reaches the meaningful-change threshold
 */
public record PersonChange(String id, WellbeingScore pre, WellbeingScore post, double change,
    ChangeCategory category) {

  /** Compares two scores of the same scale against a meaningful-change threshold. */
  public static PersonChange of(String id, WellbeingScore pre, WellbeingScore post,
      double threshold) {
    if (pre.scale() != post.scale()) {
      throw new IllegalArgumentException("cannot compare " + pre.scale() + " with "
          + post.scale());
    }
    double change = post.metric() - pre.metric();
    return new PersonChange(id, pre, post, change, ChangeCategory.of(change, threshold));
  }
}
