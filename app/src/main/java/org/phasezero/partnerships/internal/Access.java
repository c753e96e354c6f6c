package org.phasezero.partnerships.internal;

import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;

/**
 * Who may do what with partnership work. Coordinators do everything; site leads record
 * engagements and resources in the partnerships their organisation belongs to (the services
 * check membership); statutory partners and researchers read only. Checked in the services.
 */
public final class Access {

  private Access() {}

  public static void requireCoordinator(String what) {
    if (!CurrentUser.require().isCoordinator()) {
      throw new Forbidden("Only a coordinator can " + what + ".");
    }
  }

  /** Refuses (403) roles that never record partnership work, whatever the partnership. */
  public static void requireRecorder(String what) {
    CurrentUser u = CurrentUser.require();
    if (!u.worksWithPeople()) {
      throw new Forbidden("Only a coordinator or a site lead can " + what + ".");
    }
  }
}
