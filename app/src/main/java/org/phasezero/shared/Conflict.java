package org.phasezero.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A change that cannot be made in the record's current state (voided, changed meanwhile, duplicate).
 * One that a participant may meet on a page in their own language has its words in the message
 * bundles too ({@link #said}); {@link Reasons} gives it in the reader's language.
 */
public class Conflict extends RuntimeException implements MessageSourceResolvable {
  private final String field;
  private final String key;
  private final transient Object[] args;

  public Conflict(String message) {
    this(null, message);
  }

  public Conflict(String field, String message) {
    this(field, null, message, new Object[0]);
  }

  private Conflict(String field, String key, String message, Object[] args) {
    super(message);
    this.field = field;
    this.key = key;
    this.args = args;
  }

  /**
   * A conflict whose words are in the message bundles under {@code key}, with {@code args} for its
   * {0}, {1}…; {@code english} is the same in English, for logs, the API and a bundle without the key.
   */
  public static Conflict said(String field, String key, String english, Object... args) {
    return new Conflict(field, key, english, args.clone());
  }

  /** The form field the conflict is about, or null when it concerns the whole record. */
  public String field() {
    return field;
  }

  @Override
  public String[] getCodes() {
    return key == null ? null : new String[] {key};
  }

  @Override
  public Object[] getArguments() {
    return args == null ? new Object[0] : args.clone();
  }

  @Override
  public String getDefaultMessage() {
    return getMessage();
  }
}
