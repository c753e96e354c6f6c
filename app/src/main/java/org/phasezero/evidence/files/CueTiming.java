package org.phasezero.evidence.files;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subtitle cue's timing line, {@code start --> end}, in WebVTT's form ({@code [hh:]mm:ss.ttt},
 * hours at least two digits when present: W3C WebVTT §4.3) or SubRip's ({@code hh:mm:ss,ttt}).
 * Anything after the end time (WebVTT cue settings, SubRip's box coordinates) is ignored, as neither
 * bears on what was said.
 */
record CueTiming(long startMillis, long endMillis) {

  private static final String VTT_TIME = "(?:(\\d{2,9}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})";
  private static final String SRT_TIME = "(\\d{1,9}):([0-5]\\d):([0-5]\\d),(\\d{3})";
  private static final Pattern VTT = Pattern.compile(VTT_TIME + "[ \\t]+-->[ \\t]+" + VTT_TIME + "(?:[ \\t].*)?");
  private static final Pattern SRT = Pattern.compile(SRT_TIME + "[ \\t]+-->[ \\t]+" + SRT_TIME + "(?:[ \\t].*)?");

  /** Example for messages. */
  static final String VTT_EXAMPLE = "00:00:01.000 --> 00:00:04.000 (hours may be left out)";
  static final String SRT_EXAMPLE = "00:00:01,000 --> 00:00:04,000";

  /** The timing of a WebVTT timing line, or null when the line is not one. */
  static CueTiming webVtt(String line) {
    return parse(VTT, line);
  }

  /** The timing of a SubRip timing line, or null when the line is not one. */
  static CueTiming subRip(String line) {
    return parse(SRT, line);
  }

  private static CueTiming parse(Pattern pattern, String line) {
    Matcher m = pattern.matcher(line);
    if (!m.matches()) {
      return null;
    }
    return new CueTiming(millis(m, 1), millis(m, 5));
  }

  private static long millis(Matcher m, int first) {
    long hours = m.group(first) == null ? 0 : Long.parseLong(m.group(first));
    return ((hours * 60 + Long.parseLong(m.group(first + 1))) * 60 + Long.parseLong(m.group(first + 2))) * 1000
        + Long.parseLong(m.group(first + 3));
  }

  /** Whether the cue ends before it starts (which both formats forbid). */
  boolean isBackwards() {
    return endMillis < startMillis;
  }

  /** For messages about a backwards cue: "ends (0:00:04.000) before it starts (0:00:05.000)". */
  String describeBackwards() {
    return "ends (" + describe(endMillis) + ") before it starts (" + describe(startMillis) + ")";
  }

  /** {@code 1:02:03.004}. */
  private static String describe(long millis) {
    return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
        millis / 1000 % 60, millis % 1000);
  }
}
