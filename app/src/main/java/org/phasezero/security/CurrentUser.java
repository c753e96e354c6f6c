package org.phasezero.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person (or the system, explicitly) making the current request, as the capabilities need to
 * know them for scoping. The role predicates below are the one vocabulary for access rules: a
 * capability asks "does this user work with named people?", never "is the role X or Y?".
 *
 * @param organisationId for a site lead, the organisation they lead; otherwise null
 */
public record CurrentUser(String username, String displayName, Role role, Long organisationId) {

  /** The actor's name prefix for work the system does by itself (demo data, command line, jobs). */
  public static final String SYSTEM_PREFIX = "system";

  public boolean is(Role r) {
    return role == r;
  }

  /** The hub's coordinator: sees and manages the whole network. */
  public boolean isCoordinator() {
    return role == Role.COORDINATOR;
  }

  /** Same as {@link #isCoordinator()}: kept for the pages that read better this way. */
  public boolean seesWholeNetwork() {
    return isCoordinator();
  }

  /** Sees named people and records them: the coordinator, and a site lead within their organisation. */
  public boolean worksWithPeople() {
    return role == Role.COORDINATOR || role == Role.SITE_LEAD;
  }

  /** A site lead, whose scope is one organisation. */
  public boolean isSiteLead() {
    return role == Role.SITE_LEAD;
  }

  /** Whether this user leads the given organisation (a site lead of it). */
  public boolean leads(Long organisation) {
    return role == Role.SITE_LEAD && organisation != null && organisation.equals(organisationId);
  }

  /** Researchers and peer researchers: pseudonyms of people who consented to research use, never names. */
  public boolean seesPseudonymsOnly() {
    return role == Role.RESEARCHER || role == Role.PEER_RESEARCHER;
  }

  /** Statutory partners: aggregates only, small numbers suppressed, whole reporting periods. */
  public boolean seesAggregatesOnly() {
    return role == Role.STATUTORY_PARTNER;
  }

  /** Work done by the system itself rather than a signed-in person. */
  public boolean isSystem() {
    return username.equals(SYSTEM_PREFIX) || username.startsWith(SYSTEM_PREFIX + "/");
  }

  /** The signed-in user (or the system inside {@link SystemActor}), or empty. */
  public static Optional<CurrentUser> get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof SignedIn s) {
      return Optional.of(s.user());
    }
    return Optional.empty();
  }

  /**
   * The signed-in user. Refuses when no one is signed in: work that the system does by itself runs
   * inside {@link SystemActor#run}, so that it is never mistaken for a person's and is audited as
   * the system's.
   */
  public static CurrentUser require() {
    return get().orElseThrow(() -> new IllegalStateException(
        "No one is signed in: run system work inside SystemActor.run(purpose, ...)"));
  }

  /**
   * Whether the current request was signed in with a personal access token rather than in person
   * (form sign-in, or the system itself).
   */
  public static boolean signedInWithAccessToken() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof SignedIn s && s.withAccessToken();
  }

  /** Implemented by the principal objects the security module puts in the context. */
  public interface SignedIn {
    CurrentUser user();

    /** Signed in with a personal access token, not in person. */
    default boolean withAccessToken() {
      return false;
    }
  }
}
