package org.phasezero.shared;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;

/**
 * Inserts behind an "already exists" rule. A check before the insert gives the friendly message in
 * the usual case, but two simultaneous requests both pass such a check; the unique constraint in
 * the database decides, and this turns its refusal into the same {@link Conflict} (409, or the form
 * shown again with the message).
 */
public final class Unique {

  private Unique() {}

  public static <T> T orConflict(String field, String message, Supplier<T> insert) {
    try {
      return insert.get();
    } catch (DuplicateKeyException e) {
      throw new Conflict(field, message);
    }
  }

  public static void orConflict(String field, String message, Runnable insert) {
    orConflict(field, message, () -> {
      insert.run();
      return null;
    });
  }
}
