package org.phasezero.shared;

/** A change that cannot be made in the record's current state (voided, changed meanwhile, duplicate). */
public class Conflict extends RuntimeException {
  private final String field;

  public Conflict(String message) {
    this(null, message);
  }

  public Conflict(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The form field the conflict is about, or null when it concerns the whole record. */
  public String field() {
    return field;
  }
}
