package org.phasezero.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person making the current request, as the capabilities need to know them for scoping.
 *
 * @param organisationId for a site lead, the organisation they lead; otherwise null
 */
public record CurrentUser(String username, String displayName, Role role, Long organisationId) {

  /** The actor recorded when no one is signed in (start-up, demo data, command line). */
  public static final CurrentUser SYSTEM = new CurrentUser("system", "PhaseZero", Role.COORDINATOR, null);

  public boolean is(Role r) {
    return role == r;
  }

  public boolean seesWholeNetwork() {
    return role == Role.COORDINATOR;
  }

  /** The signed-in user, or empty outside a request (the system acting). */
  public static Optional<CurrentUser> get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof SignedIn s) {
      return Optional.of(s.user());
    }
    return Optional.empty();
  }

  /** The signed-in user; the system when called outside a request. */
  public static CurrentUser require() {
    return get().orElse(SYSTEM);
  }

  /** Implemented by the principal objects the security module puts in the context. */
  public interface SignedIn {
    CurrentUser user();
  }
}
