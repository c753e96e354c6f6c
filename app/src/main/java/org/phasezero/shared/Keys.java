package org.phasezero.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Runs an insert and returns the id the database generated (safe when others insert at the same time). */
public final class Keys {

  private Keys() {}

  public static long insert(JdbcClient.StatementSpec insert) {
    KeyHolder keys = new GeneratedKeyHolder();
    insert.update(keys, "id");
    return keys.getKey().longValue();
  }
}
