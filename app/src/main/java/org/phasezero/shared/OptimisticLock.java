package org.phasezero.shared;

/**
 * The one optimistic-lock check. A change says which version of the record it was made from; the
 * update is conditional on that version, and when someone else changed the record meanwhile the
 * change is refused (409) instead of silently overwriting theirs.
 */
public final class OptimisticLock {

  private OptimisticLock() {}

  /** Refuses a change made from another version than the record's current one (null: not given, not checked here). */
  public static void requireVersion(Integer madeFrom, int current, String what) {
    if (madeFrom != null && madeFrom != current) {
      throw changedMeanwhile(what);
    }
  }

  /** Refuses when a conditional update ({@code where id = ? and version = ?}) matched no row. */
  public static void requireUpdated(int rows, String what) {
    if (rows != 1) {
      throw changedMeanwhile(what);
    }
  }

  public static Conflict changedMeanwhile(String what) {
    return new Conflict("Someone else changed this " + what + " while you were editing it. Reload and try again.");
  }
}
