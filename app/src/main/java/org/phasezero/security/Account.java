package org.phasezero.security;

import java.time.Instant;

/** A sign-in account. The password hash never leaves the security module's internals. */
public record Account(
    long id, String username, String displayName, Role role, Long organisationId, boolean enabled,
    Instant createdAt) {

  public CurrentUser asUser() {
    return new CurrentUser(username, displayName, role, organisationId);
  }
}
