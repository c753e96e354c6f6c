package org.phasezero.shared;

/**
 * The record does not exist or the current user may not see it. Both answer 404, so that a denied
 * record does not reveal that it exists.
 */
public class NotFound extends RuntimeException {
  public NotFound(String type, Object id) {
    super("No " + type + " with id " + id);
  }

  private NotFound(String message) {
    super(message);
  }

  /** A record looked up by its name (or username) rather than its id. */
  public static NotFound named(String type, String name) {
    return new NotFound("No " + type + " called '" + name + "'");
  }
}
