package org.phasezero.socialcapital;

import java.util.Locale;

/** What the nodes of a network are. Labels for people are in the message bundle under {@code enum.NodeKind.*}. */
public enum NodeKind {
  /** People; ties with an organisation at one end are left out. */
  PEOPLE,
  /** Organisations; a tie between people becomes a tie between their organisations. */
  ORGANISATIONS,
  /** People and organisations; memberships tie people to their organisations. */
  BOTH;

  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  static NodeKind fromSlug(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Dots stand for people, organisations or both, not '" + text + "'.");
    }
  }
}
