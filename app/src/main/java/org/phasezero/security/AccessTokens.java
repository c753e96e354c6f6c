package org.phasezero.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for scripts calling {@code /api/v1} with {@code Authorization: Bearer}.
 * A user creates tokens for themselves; only a SHA-256 hash is stored (the token has 256 random
 * bits, so a slow hash adds nothing), the secret is shown once, and tokens can be revoked.
 *
 * <p>Tokens are managed in person only: a request signed in with a token cannot create, list or
 * revoke tokens. Otherwise a leaked token could mint fresh tokens that outlive revoking it.
 */
@Service
public class AccessTokens {

  /** Recognisable prefix, so that leaked tokens can be found by secret scanners. */
  static final String PREFIX = "pz_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient db;
  private final Accounts accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AccessTokens(JdbcClient db, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public AccessToken.Created create(CurrentUser owner, String name, Duration validFor) {
    requireInPerson();
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("a token needs a name of 1-100 characters");
    }
    Account account = accounts.find(owner.username()).orElseThrow(() -> new NotFound("account", owner.username()));
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    Instant expires = validFor == null ? null : now.plus(validFor);
    db.sql("""
            insert into access_token (account_id, name, token_hash, prefix, created_at, expires_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(account.id(), name.strip(), hash(secret), secret.substring(0, 10), Timestamp.from(now),
            expires == null ? null : Timestamp.from(expires))
        .update();
    AccessToken token = db.sql("select * from access_token where token_hash = ?").param(hash(secret))
        .query(AccessTokens::map).single();
    events.publishEvent(AuditedAction.created("access_token", token.id(),
        "Access token '" + token.name() + "' created by " + owner.username(), token));
    return new AccessToken.Created(token, secret);
  }

  public List<AccessToken> listFor(CurrentUser owner) {
    requireInPerson();
    return db.sql("""
            select t.* from access_token t join account a on a.id = t.account_id
            where a.username = ? order by t.created_at desc, t.id desc""")
        .param(owner.username()).query(AccessTokens::map).list();
  }

  @Transactional
  public AccessToken revoke(CurrentUser owner, long id) {
    requireInPerson();
    AccessToken token = listFor(owner).stream().filter(t -> t.id() == id).findFirst()
        .orElseThrow(() -> new NotFound("access token", id));
    if (token.revokedAt() == null) {
      db.sql("update access_token set revoked_at = ? where id = ?")
          .params(Timestamp.from(clock.instant()), id).update();
      events.publishEvent(new AuditedAction("REVOKE", "access_token", String.valueOf(id),
          "Access token '" + token.name() + "' revoked by " + owner.username(), token, null));
    }
    return listFor(owner).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
  }

  private static void requireInPerson() {
    if (CurrentUser.signedInWithAccessToken()) {
      throw new Forbidden("A personal access token cannot create, list or revoke access tokens. "
          + "To manage your tokens, sign in to PhaseZero in a browser and go to your account page.");
    }
  }

  /**
   * The user a presented token belongs to, if it is valid, unexpired and not revoked. The lookup is
   * read first and the last-used time written after, each on its own connection in turn: a write
   * from inside the row mapper would need a second connection while the first is held, and a burst
   * of requests would then exhaust the pool waiting on itself. The time is written at most once a
   * minute, so simultaneous requests with one token do not queue on that token's row.
   */
  public Optional<CurrentUser> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    record Presented(long id, Timestamp expires, Timestamp revoked, String username) {}
    Optional<Presented> found = db.sql("""
            select t.id, t.expires_at, t.revoked_at, a.username from access_token t
            join account a on a.id = t.account_id where t.token_hash = ? and a.enabled = true""")
        .param(hash(secret))
        .query((rs, n) -> new Presented(rs.getLong("id"), rs.getTimestamp("expires_at"),
            rs.getTimestamp("revoked_at"), rs.getString("username")))
        .optional()
        .filter(t -> t.revoked() == null && (t.expires() == null || t.expires().toInstant().isAfter(now)));
    found.ifPresent(t -> db.sql("""
            update access_token set last_used_at = ?
            where id = ? and (last_used_at is null or last_used_at < ?)""")
        .params(Timestamp.from(now), t.id(), Timestamp.from(now.minusSeconds(60))).update());
    return found.flatMap(t -> accounts.find(t.username())).map(Account::asUser);
  }

  static String hash(String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static AccessToken map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new AccessToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
