package org.phasezero.security;

import java.time.Instant;

/** A personal access token as listed to its owner: the secret itself is shown once, at creation. */
public record AccessToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
    Instant lastUsedAt, Instant revokedAt) {

  public boolean active(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }

  /** A newly created token with its secret, which is not stored and cannot be shown again. */
  public record Created(AccessToken token, String secret) {}
}
