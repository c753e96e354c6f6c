package org.phasezero.security.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads password hashes; kept apart so that no public API ever returns one. */
@Component
class AccountSecrets {

  private final JdbcClient db;

  AccountSecrets(JdbcClient db) {
    this.db = db;
  }

  String passwordHash(String username) {
    return db.sql("select password_hash from account where username = ?").param(username)
        .query(String.class).optional().orElse("");
  }
}
