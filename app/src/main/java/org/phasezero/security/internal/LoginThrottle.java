package org.phasezero.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one username
 * within {@link #WINDOW}, that username is locked for the rest of the window. Kept in memory: a
 * restart clears it, which is acceptable for a single-node service.
 */
@Component
public class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private record Failures(int count, Instant first) {}

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public void failed(String username) {
    Instant now = clock.instant();
    failures.merge(key(username), new Failures(1, now), (old, one) ->
        expired(old, now) ? one : new Failures(old.count() + 1, old.first()));
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  public boolean isLocked(String username) {
    Failures f = failures.get(key(username));
    if (f == null) {
      return false;
    }
    if (expired(f, clock.instant())) {
      failures.remove(key(username), f);
      return false;
    }
    return f.count() >= MAX_FAILURES;
  }

  private static boolean expired(Failures f, Instant now) {
    return f.first().plus(WINDOW).isBefore(now);
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
