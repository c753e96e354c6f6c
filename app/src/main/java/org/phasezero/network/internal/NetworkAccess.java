package org.phasezero.network.internal;

import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;

/**
 * Who may see and change what in the network registry. Checked in the services, so the same
 * rules hold for pages, the API and anything else that calls them.
 *
 * <ul>
 *   <li>coordinator: everything;
 *   <li>site lead: their own organisation (but not its side or type, which are the hub's decision),
 *       its sites and its members (and their consents and ties);
 *   <li>statutory partner: the directory of organisations and sites, and suppressed aggregates;
 *   <li>researcher: organisations, sites, and pseudonymised people who consented to research use;
 *   <li>peer researcher: organisations and sites until they are assigned to projects.
 * </ul>
 */
public final class NetworkAccess {

  private NetworkAccess() {}

  /** The one organisation a site lead is confined to; null when the user sees every organisation. */
  public static Long organisationScope(CurrentUser u) {
    return u.isSiteLead() ? u.organisationId() : null;
  }

  public static boolean mayEditOrganisation(CurrentUser u, long organisationId) {
    return u.isCoordinator() || u.leads(organisationId);
  }

  /** An organisation's side and type place it in the network: the hub's decision, so the coordinator's. */
  public static boolean mayClassifyOrganisations(CurrentUser u) {
    return u.isCoordinator();
  }

  public static void requireCoordinator(CurrentUser u, String what) {
    if (!u.isCoordinator()) {
      throw new Forbidden("Only a coordinator can " + what + ".");
    }
  }

  public static void requireEditor(CurrentUser u, String what) {
    if (!u.worksWithPeople()) {
      throw new Forbidden("Only a coordinator or a site lead can " + what + ".");
    }
  }

  /** How much of a person the user may see. */
  public enum PeopleView { FULL, PSEUDONYMISED, NONE }

  public static PeopleView peopleView(CurrentUser u) {
    return switch (u.role()) {
      case COORDINATOR, SITE_LEAD -> PeopleView.FULL;
      case RESEARCHER -> PeopleView.PSEUDONYMISED;
      case STATUTORY_PARTNER, PEER_RESEARCHER -> PeopleView.NONE;
    };
  }

  public static void requirePeopleAccess(CurrentUser u) {
    if (peopleView(u) == PeopleView.NONE) {
      throw new Forbidden("Your role sees aggregate figures only, not individual people.");
    }
  }
}
