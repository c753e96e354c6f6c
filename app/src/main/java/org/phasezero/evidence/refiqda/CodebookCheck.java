package org.phasezero.evidence.refiqda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the codebook schema's value types demand and what makes a codebook ambiguous, checked in
 * code so that a server needs no copy of {@code Codebook.xsd}: every code's GUID has the schema's
 * {@code GUIDType} syntax and no two codes share one (compared without braces and case, as
 * producers write the same GUID both ways), and every colour has {@code RGBType}'s ({@code #RRGGBB}
 * or {@code #RGB}).
 */
public final class CodebookCheck {

  private static final Pattern RGB = Pattern.compile("#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})");

  private CodebookCheck() {}

  /** One line for each problem, naming the code; empty when there is none. */
  public static List<String> problems(CodeBook codeBook) {
    List<String> problems = new ArrayList<>();
    Map<String, Code> seen = new HashMap<>();
    codeBook.allCodes().forEach(code -> {
      String which = "Code '" + code.name() + "' (" + code.guid() + ")";
      if (!GuidSyntax.isValid(code.guid())) {
        problems.add("Code '" + code.name() + "': '" + code.guid() + "' is not a GUID (32 hexadecimal digits in"
            + " groups of 8-4-4-4-12)");
      } else {
        Code before = seen.putIfAbsent(GuidSyntax.canonical(code.guid()), code);
        if (before != null) {
          problems.add(which + ": its GUID is used by the code '" + before.name() + "' too");
        }
      }
      if (code.color() != null && !RGB.matcher(code.color().strip()).matches()) {
        problems.add(which + ": colour '" + code.color() + "' is not #RRGGBB or #RGB");
      }
    });
    return problems;
  }

  /** A GUID as references compare it: no braces, lower case. */
  public static String canonicalGuid(String guid) {
    return GuidSyntax.canonical(guid);
  }

  /** A colour as {@code #RRGGBB} in upper case ({@code #RGB} doubled out); null for null or a colour not RGB. */
  public static String color(String rgb) {
    if (rgb == null || !RGB.matcher(rgb.strip()).matches()) {
      return null;
    }
    String hex = rgb.strip().substring(1).toUpperCase(Locale.ROOT);
    if (hex.length() == 3) {
      hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
    }
    return "#" + hex;
  }
}
