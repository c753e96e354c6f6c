package org.phasezero.security;

import java.util.Locale;

/** What a signed-in person may do. Enforced on the server for every page and API call. */
public enum Role {
  /** Runs the network hub; sees everything in it. */
  COORDINATOR,
  /** An organisation's lead: sees and edits only their organisation's people and records. */
  SITE_LEAD,
  /** A statutory partner: aggregates only, with small numbers suppressed. */
  STATUTORY_PARTNER,
  /** Sees pseudonymised data of people who consented to research use. */
  RESEARCHER,
  /** Like a researcher, limited to the projects they are assigned to. */
  PEER_RESEARCHER;

  /** The form used on the command line and in the API: {@code site-lead}. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Role fromSlug(String text) {
    String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return valueOf(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown role '" + text
          + "' (expected coordinator, site-lead, statutory-partner, researcher or peer-researcher)");
    }
  }
}
