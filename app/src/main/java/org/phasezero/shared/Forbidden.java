package org.phasezero.shared;

/** The current user's role may not use this kind of record at all (answers 403). */
public class Forbidden extends RuntimeException {
  public Forbidden(String message) {
    super(message);
  }
}
