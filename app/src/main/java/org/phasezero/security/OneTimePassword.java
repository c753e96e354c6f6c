package org.phasezero.security;

import java.security.SecureRandom;

/**
 * Passwords made by the system (a demo start, a coordinator's reset): 16 characters in four groups
 * from an alphabet without look-alikes (no 0/o, 1/l/i), easy to read out or type from a phone.
 */
public final class OneTimePassword {

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePassword() {}

  public static String next() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append('-');
      }
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
