package org.phasezero.security.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing an attacker a way to lock other people out.
 * Failed sign-ins are counted three ways, each over a {@link #WINDOW} of 15 minutes from the first
 * failure it counts:
 *
 * <ul>
 *   <li><b>per client and account</b>: {@value #MAX_PER_CLIENT_AND_ACCOUNT} failures lock that
 *       account for that client address only. The owner, signing in from elsewhere, is not affected.
 *   <li><b>per client</b>: {@value #MAX_PER_CLIENT} failures across any accounts lock that client
 *       address out of every account (password spraying: one password tried on many usernames).
 *   <li><b>per account</b>: {@value #MAX_PER_ACCOUNT} failures from all clients together lock the
 *       account for everyone (guessing spread over many addresses). A client is no longer counted
 *       once it is locked, so one address adds at most {@value #MAX_PER_CLIENT_AND_ACCOUNT} failures
 *       per window to an account, and at most twice that to any one account window: one attacker's
 *       address alone can never reach this limit; it takes at least three.
 * </ul>
 *
 * <p>An attempt refused because of a lock is not counted and does not extend the lock. A successful
 * sign-in clears the counts for that account (per client and account, and per account); the
 * client's own count is kept, so that signing in to one's own account does not refill a sprayer's
 * budget.
 *
 * <p>The client address is the one the request came from after trusted proxies (see the README on
 * {@code server.tomcat.remoteip.internal-proxies}); an IPv6 address counts per /64 network, which
 * one household or host usually holds whole. Usernames are compared without case, and unknown
 * usernames are counted exactly like real ones, so that the answers never reveal which accounts
 * exist.
 *
 * <p>Kept in memory: a restart clears it, which is acceptable for a single-node service.
 */
@Component
public class LoginThrottle {

  static final int MAX_PER_CLIENT_AND_ACCOUNT = 5;
  static final int MAX_PER_CLIENT = 20;
  static final int MAX_PER_ACCOUNT = 25;
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** Beyond this many entries, expired ones are swept out, so that a flood cannot grow memory without end. */
  private static final int SWEEP_ABOVE = 10_000;

  private final Counts byClientAndAccount = new Counts();
  private final Counts byClient = new Counts();
  private final Counts byAccount = new Counts();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Counts a failed sign-in (wrong password, unknown or disabled account) from a client. */
  public void failed(String clientAddress, String username) {
    Instant now = clock.instant();
    String client = client(clientAddress);
    String account = account(username);
    byClientAndAccount.add(client + " " + account, now);
    byClient.add(client, now);
    byAccount.add(account, now);
  }

  /** Clears the account's failures after a successful sign-in; the client's own count stays. */
  public void succeeded(String clientAddress, String username) {
    String account = account(username);
    byClientAndAccount.clear(client(clientAddress) + " " + account);
    byAccount.clear(account);
  }

  /** Whether sign-in to this account from this client is refused for now, whatever the password. */
  public boolean isLocked(String clientAddress, String username) {
    Instant now = clock.instant();
    String client = client(clientAddress);
    String account = account(username);
    return byClientAndAccount.count(client + " " + account, now) >= MAX_PER_CLIENT_AND_ACCOUNT
        || byClient.count(client, now) >= MAX_PER_CLIENT
        || byAccount.count(account, now) >= MAX_PER_ACCOUNT;
  }

  private static String account(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** An IPv4 address as it is; an IPv6 address by its /64 network. */
  static String client(String address) {
    if (address == null || address.isBlank()) {
      return "?";
    }
    if (address.indexOf(':') < 0) {
      return address;
    }
    try {
      // A literal address: no name lookup happens.
      if (InetAddress.getByName(address) instanceof Inet6Address v6) {
        byte[] network = java.util.Arrays.copyOf(v6.getAddress(), 8);
        return HexFormat.of().formatHex(network) + "::/64";
      }
      return address;
    } catch (UnknownHostException e) {
      return address;
    }
  }

  private record Failures(int count, Instant first) {
    boolean expired(Instant now) {
      return first.plus(WINDOW).isBefore(now);
    }
  }

  /** Failures per key, each key counted over a window starting at its first failure. */
  private static final class Counts {
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    void add(String key, Instant now) {
      failures.merge(key, new Failures(1, now), (old, one) ->
          old.expired(now) ? one : new Failures(old.count() + 1, old.first()));
      if (failures.size() > SWEEP_ABOVE) {
        failures.values().removeIf(f -> f.expired(now));
      }
    }

    int count(String key, Instant now) {
      Failures f = failures.get(key);
      if (f == null) {
        return 0;
      }
      if (f.expired(now)) {
        failures.remove(key, f);
        return 0;
      }
      return f.count();
    }

    void clear(String key) {
      failures.remove(key);
    }
  }
}
