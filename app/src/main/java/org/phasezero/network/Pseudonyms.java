package org.phasezero.network;

import java.security.SecureRandom;
import java.util.List;

/**
 * A pseudonym for a person who was added without one: two everyday words and a number ("Amber
 * Heron 27"), easy to say in a meeting and to tell apart in a list, and derived from nothing about
 * the person, so it gives nothing away. Researchers see it instead of the name. About 550,000 can be
 * made; {@code People} draws again while one is taken, and the database keeps each one unique.
 */
final class Pseudonyms {

  private static final List<String> FIRST = List.of("Amber", "Ash", "Birch", "Bright", "Cedar", "Clover", "Coral",
      "Dawn", "Elm", "Fern", "Gentle", "Golden", "Hazel", "Indigo", "Ivy", "Jade", "Juniper", "Linden", "Maple",
      "Meadow", "Misty", "Oak", "Olive", "Pearl", "Quiet", "River", "Rowan", "Saffron", "Silver", "Sky", "Willow");
  private static final List<String> SECOND = List.of("Bee", "Crane", "Dove", "Finch", "Fox", "Hare", "Heron",
      "Kite", "Lark", "Moth", "Otter", "Owl", "Robin", "Swallow", "Swift", "Tern", "Thrush", "Wren");
  private static final SecureRandom RANDOM = new SecureRandom();

  private Pseudonyms() {}

  static String next() {
    return FIRST.get(RANDOM.nextInt(FIRST.size())) + " " + SECOND.get(RANDOM.nextInt(SECOND.size())) + " "
        + (10 + RANDOM.nextInt(990));
  }
}
