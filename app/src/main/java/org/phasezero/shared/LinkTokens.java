package org.phasezero.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Tokens for one-time links that people without an account open (a member check, a wellbeing
 * questionnaire): 256 random bits, URL-safe; only the SHA-256 of a token is stored, so a copy of
 * the database opens nothing.
 */
public final class LinkTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private LinkTokens() {}

  /** A new token, shown once to whoever sends the link. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The hex SHA-256 that is stored in the token's place. */
  public static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the text could be a token at all (so that nothing else reaches the database). */
  public static boolean wellFormed(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{20,100}");
  }
}
