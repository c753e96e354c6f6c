package org.phasezero.socialcapital;

import java.util.Locale;

/** The records a network is built from. Labels for people are in the message bundle under {@code enum.NetworkSource.*}. */
public enum NetworkSource {
  /** Recorded ties (bonding, bridging, linking), with their trust. */
  TIES,
  /** People at the same meeting in the period, weighted by the number of meetings they shared. */
  MEETINGS,
  /** A person's membership of an organisation (drawn when nodes include organisations). */
  MEMBERSHIPS,
  /** People brought together at a partnership's engagement in the period. */
  ENGAGEMENTS;

  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  static NetworkSource fromSlug(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("There is no source called '" + text
          + "': choose ties, meetings, memberships or engagements.");
    }
  }
}
