package org.phasezero.evidence.refiqda;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The schema's {@code GUIDType}: 32 hex digits in 8-4-4-4-12 groups, optionally in braces, either
 * case. References compare GUIDs in canonical form (no braces, lower case), since producers write
 * the same GUID both ways.
 */
final class GuidSyntax {

  private static final String HEX = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
      + "[0-9a-fA-F]{12}";
  private static final Pattern GUID = Pattern.compile(HEX + "|\\{" + HEX + "\\}");

  private GuidSyntax() {}

  static boolean isValid(String guid) {
    return guid != null && GUID.matcher(guid).matches();
  }

  static String canonical(String guid) {
    String g = guid.strip();
    if (g.startsWith("{") && g.endsWith("}")) {
      g = g.substring(1, g.length() - 1);
    }
    return g.toLowerCase(Locale.ROOT);
  }
}
