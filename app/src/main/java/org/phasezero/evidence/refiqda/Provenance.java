package org.phasezero.evidence.refiqda;

import java.time.OffsetDateTime;

/**
 * Who created and last modified an element, and when: the {@code creatingUser},
 * {@code creationDateTime}, {@code modifyingUser} and {@code modifiedDateTime} attributes that most
 * QDA-XML elements carry ({@code creatingUserGUID} and {@code modifyingUserGUID} on the project).
 * Each part may be null. A date-time written without a zone is read as UTC (with a warning).
 */
public record Provenance(
    String creatingUser, OffsetDateTime created, String modifyingUser, OffsetDateTime modified) {

  /** No provenance recorded. */
  public static final Provenance NONE = new Provenance(null, null, null, null);
}
