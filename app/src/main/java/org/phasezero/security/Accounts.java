package org.phasezero.security;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.phasezero.shared.SqlWhere;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds sign-in accounts. There are no default accounts outside demo mode. */
@Service
public class Accounts {

  /** NCSC guidance favours length over complexity rules: at least 12 characters. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

  private final JdbcClient db;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Accounts(JdbcClient db, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.passwords = passwords;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Account create(String username, String displayName, Role role, Long organisationId, String password) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException("username must be 2-60 characters: lower-case letters, digits, '.', '_' or '-'");
    }
    checkPassword(password);
    if (role == Role.SITE_LEAD && organisationId == null) {
      throw new IllegalArgumentException("a site lead needs the organisation they lead (--organisation)");
    }
    if (find(username).isPresent()) {
      throw new Conflict("username", "an account named '" + username + "' already exists");
    }
    db.sql("""
            insert into account (username, display_name, password_hash, role, organisation_id, enabled, created_at)
            values (?, ?, ?, ?, ?, true, ?)""")
        .params(username, displayName == null || displayName.isBlank() ? username : displayName,
            passwords.encode(password), role.name(), organisationId, Timestamp.from(clock.instant()))
        .update();
    Account created = find(username).orElseThrow();
    events.publishEvent(AuditedAction.created("account", created.id(),
        "Account " + username + " created with role " + role.slug(), Map.of(
            "username", username, "role", role.slug(),
            "organisation_id", String.valueOf(organisationId))));
    return created;
  }

  /** Sets a new password (used by demo mode at each start, and by administrators). */
  @Transactional
  public void setPassword(String username, String password) {
    checkPassword(password);
    int n = db.sql("update account set password_hash = ? where username = ?")
        .params(passwords.encode(password), username).update();
    if (n != 1) {
      throw new IllegalArgumentException("no account named '" + username + "'");
    }
    events.publishEvent(new AuditedAction("PASSWORD_CHANGE", "account", username,
        "Password changed for " + username, null, null));
  }

  /**
   * A person changes their own password. The current one must be given: a session left open on a
   * shared computer is not enough to take the account over.
   */
  @Transactional
  public void changeOwnPassword(String currentPassword, String newPassword) {
    String username = CurrentUser.require().username();
    String hash = db.sql("select password_hash from account where username = ?").param(username)
        .query(String.class).optional().orElseThrow(() -> new Forbidden("Only a person with an account has a password."));
    if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
      throw new Conflict("currentPassword", "Your current password is not right.");
    }
    String problem = passwordProblem(newPassword);
    if (problem == null && newPassword.equals(currentPassword)) {
      problem = "is the one you have now: choose a different one";
    }
    if (problem == null && guessable(newPassword, username)) {
      problem = "is one that is easy to guess (a common word like 'password', a run of keys or your sign-in name): "
          + "three random words together work well";
    }
    if (problem != null) {
      throw new Conflict("newPassword", "Your new password " + problem + ".");
    }
    update(username, newPassword);
    events.publishEvent(new AuditedAction("PASSWORD_CHANGE", "account", username,
        username + " changed their password", null, null));
  }

  /**
   * A coordinator resets someone else's password to a new one-time password, shown once to the
   * coordinator to pass on; audited. Resetting one's own is refused: change it instead.
   *
   * @return the new password
   */
  @Transactional
  public String resetPassword(String username) {
    CurrentUser u = CurrentUser.require();
    if (!u.isCoordinator()) {
      throw new Forbidden("Only a coordinator can reset someone else's password.");
    }
    if (find(username).isEmpty()) {
      throw NotFound.named("account", username);
    }
    if (username.equals(u.username())) {
      throw new Conflict("To change your own password, use 'Change your password' on your account page.");
    }
    String password = OneTimePassword.next();
    update(username, password);
    events.publishEvent(new AuditedAction("PASSWORD_RESET", "account", username,
        "Password of " + username + " reset by " + u.username(), null, null));
    return password;
  }

  private void update(String username, String password) {
    db.sql("update account set password_hash = ? where username = ?")
        .params(passwords.encode(password), username).update();
  }

  /** The language the person chose for the pages (an IETF tag such as {@code ur}), or empty until they choose. */
  public Optional<String> language(String username) {
    return db.sql("select language from account where username = ?").param(username)
        .query((rs, i) -> Optional.ofNullable(rs.getString("language"))).optional().flatMap(l -> l);
  }

  /**
   * Remembers the language the signed-in person chose, so that it follows them to another browser.
   * Audited like any other change to the account; choosing the language already chosen changes nothing.
   */
  @Transactional
  public void chooseLanguage(String tag) {
    if (tag == null || !tag.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("a language is a two- or three-letter code such as 'ur'");
    }
    String username = CurrentUser.require().username();
    String before = language(username).orElse(null);
    if (tag.equals(before)) {
      return;
    }
    if (db.sql("update account set language = ? where username = ?").params(tag, username).update() != 1) {
      return;
    }
    events.publishEvent(AuditedAction.updated("account", username, username + " chose to read PhaseZero in "
        + LANGUAGE_NAMES.getOrDefault(tag, java.util.Locale.forLanguageTag(tag).getDisplayLanguage(java.util.Locale.UK))
        + " (" + tag + ")",
        before == null ? Map.of() : Map.of("language", before), Map.of("language", tag)));
  }

  public Optional<Account> find(String username) {
    return db.sql("select * from account where username = ?").param(username)
        .query(Accounts::map).optional();
  }

  /** The accounts list's columns, by sign-in name unless asked otherwise. */
  public static final Sorting SORTING = Sorting.of("id", "username", false, "username", "username",
      "name", "lower(display_name)", "role", "role", "created", "created_at");

  /** A page of accounts by role and the words of their name or sign-in name (for the coordinator's list). */
  public Page<Account> search(String text, Role role, Sorting.Sort sort, Page.Request page) {
    SqlWhere where = new SqlWhere().containsInAny(text, "lower(display_name)", "lower(username)").andIf(role, "role = ?");
    long total = db.sql("select count(*) from account" + where.sql()).params(where.params()).query(Long.class).single();
    List<Account> items = db.sql("select * from account" + where.sql() + SORTING.orderBy(sort) + " limit ? offset ?")
        .params(where.paramsWith(page.size(), page.offset())).query(Accounts::map).list();
    return new Page<>(items, page.page(), page.size(), total);
  }

  public List<Account> all() {
    return db.sql("select * from account order by username").query(Accounts::map).list();
  }

  public long count() {
    return db.sql("select count(*) from account").query(Long.class).single();
  }

  private static void checkPassword(String password) {
    String problem = passwordProblem(password);
    if (problem != null) {
      throw new IllegalArgumentException("password " + problem);
    }
  }

  /** The languages offered, as the audit trail names them (the JDK now says "Bangla" for Bengali). */
  private static final java.util.Map<String, String> LANGUAGE_NAMES = java.util.Map.of("en", "English", "ur", "Urdu",
      "bn", "Bengali");

  /** What the most guessed passwords are made of: a password a person chooses may not contain them (NCSC: block common passwords). */
  private static final List<String> GUESSED = List.of("password", "passw0rd", "qwerty", "123456", "letmein", "iloveyou",
      "phasezero", "abcdef");

  /** Whether a password a person chose is built on a commonly guessed one, their sign-in name, or few different characters. */
  static boolean guessable(String password, String username) {
    String plain = password.toLowerCase(java.util.Locale.ROOT);
    return GUESSED.stream().anyMatch(plain::contains) || plain.contains(username.toLowerCase(java.util.Locale.ROOT))
        || plain.chars().distinct().count() < 5;
  }

  /** What is wrong with a password, or null: NCSC guidance favours length over composition rules. */
  private static String passwordProblem(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      return "must be at least " + MIN_PASSWORD_LENGTH + " characters";
    }
    if (password.length() > 200) {
      return "must be at most 200 characters";
    }
    return null;
  }

  static Account map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    long org = rs.getLong("organisation_id");
    return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
        Role.valueOf(rs.getString("role")), rs.wasNull() ? null : org, rs.getBoolean("enabled"),
        rs.getTimestamp("created_at").toInstant());
  }
}
