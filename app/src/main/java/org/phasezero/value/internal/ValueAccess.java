package org.phasezero.value.internal;

import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;

/**
 * Who may see and build SROI accounts. Coordinators and researchers (peer researchers included:
 * assessing value with the community is the co-assessment of co-production) build them; site
 * leads read the accounts of the partnerships they see; statutory partners see a partnership's
 * value in its published evidence pack, not in working accounts.
 */
public final class ValueAccess {

  private ValueAccess() {}

  /** Whether the user may build accounts at all. */
  public static boolean mayBuild() {
    CurrentUser u = CurrentUser.require();
    return u.isCoordinator() || u.seesPseudonymsOnly();
  }

  public static void requireMayBuild(String what) {
    if (!mayBuild()) {
      throw new Forbidden("Only a coordinator or a researcher can " + what + ".");
    }
  }

  /** Refuses (403) those who never read working accounts. */
  public static void requireMayRead() {
    if (CurrentUser.require().seesAggregatesOnly()) {
      throw new Forbidden("Statutory partners see a partnership's value in its published evidence pack.");
    }
  }

  /** Whether the user may read an account of the whole network (a site lead sees their partnerships'). */
  public static boolean mayReadNetwork() {
    return !CurrentUser.require().isSiteLead();
  }
}
