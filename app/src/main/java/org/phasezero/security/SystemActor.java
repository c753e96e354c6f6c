package org.phasezero.security;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no signed-in person asked for (loading demo data, a command-line task, an event
 * listener, a report job) as the system, explicitly. The audit trail records such work with the
 * actor {@code system/<purpose>}, so that it can always be told apart from a person's.
 */
public final class SystemActor {

  private SystemActor() {}

  /** The system acting for a purpose such as {@code demo} or {@code cli}. */
  public static CurrentUser user(String purpose) {
    String slug = purpose.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    return new CurrentUser(CurrentUser.SYSTEM_PREFIX + "/" + slug, "PhaseZero (" + purpose + ")", Role.COORDINATOR, null);
  }

  public static void run(String purpose, Runnable work) {
    call(purpose, () -> {
      work.run();
      return null;
    });
  }

  /** Runs the work as the system and restores whoever was in the context before. */
  public static <T> T call(String purpose, Supplier<T> work) {
    try (Scope ignored = enter(purpose)) {
      return work.get();
    }
  }

  /**
   * Acts as the system until the returned scope is closed (for code that cannot be a lambda, such
   * as a constructor assigning final fields): {@code try (var s = SystemActor.enter("tests")) {...}}.
   */
  public static Scope enter(String purpose) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    CurrentUser system = user(purpose);
    CurrentUser.SignedIn principal = () -> system;
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
        List.of(new SimpleGrantedAuthority("ROLE_" + system.role().name()))));
    SecurityContextHolder.setContext(context);
    return () -> SecurityContextHolder.setContext(previous);
  }

  /**
   * Runs the work as a person, then restores whoever acted before: for the demo's story, whose
   * coders code in their own name (a blind round reads who the coder is from the signed-in user).
   * Never used on a request's behalf.
   */
  public static void actAs(CurrentUser person, Runnable work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    CurrentUser.SignedIn principal = () -> person;
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
        List.of(new SimpleGrantedAuthority("ROLE_" + person.role().name()))));
    SecurityContextHolder.setContext(context);
    try {
      work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /** The time the system acts; closing it restores whoever acted before. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
