package org.phasezero.evidence.files;

import java.util.List;
import java.util.Map;

/**
 * The words of a WebVTT cue payload (W3C WebVTT §4.2.2, cue text): a voice span
 * {@code <v Name>} or {@code <v.class Name>} names the speaker; when a line has no voice span, a leading
 * {@code Name:} label does ({@link SpeakerLabels}). Every other tag ({@code <c>}, {@code <i>},
 * {@code <b>}, {@code <u>}, {@code <ruby>}, {@code <rt>}, {@code <lang>}, timestamps such as
 * {@code <00:00:01.000>}, and end tags) is dropped, keeping its text. Character references are decoded:
 * {@code &amp; &lt; &gt; &nbsp; &lrm; &rlm;} and numeric ones; anything else beginning with {@code &}
 * stays as written, as does a numeric reference to a control character.
 */
final class WebVttCueText {

  private static final Map<String, String> NAMED = Map.of(
      "amp", "&", "lt", "<", "gt", ">", "nbsp", "\u00A0", "lrm", "\u200E", "rlm", "\u200F");
  private static final int LONGEST_REFERENCE = 12;

  private WebVttCueText() {}

  static List<SpokenRuns.Run> runs(List<String> payload) {
    SpokenRuns runs = new SpokenRuns();
    for (String line : payload) {
      runs.lineBreak();
      int from = 0;
      if (!line.contains("<v")) {
        SpeakerLabels.Label label = SpeakerLabels.colonLabel(line, 0, line.length());
        if (label != null) {
          runs.speaker(label.speaker());
          from = label.contentStart();
        }
      }
      markup(line, from, runs);
    }
    return runs.runs();
  }

  private static void markup(String line, int from, SpokenRuns runs) {
    StringBuilder words = new StringBuilder();
    int i = from;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '<') {
        int close = line.indexOf('>', i);
        if (close < 0) {
          words.append(line, i, line.length());
          break;
        }
        String speaker = voice(line.substring(i + 1, close));
        if (speaker != null) {
          runs.append(words);
          words.setLength(0);
          runs.speaker(speaker);
        }
        i = close + 1;
      } else if (c == '&') {
        i = reference(line, i, words);
      } else {
        words.append(c);
        i++;
      }
    }
    runs.append(words);
  }

  /** The speaker named by a voice start tag ({@code v Name}, {@code v.loud Name}), else null. */
  private static String voice(String tag) {
    if (tag.isEmpty() || tag.charAt(0) != 'v' || (tag.length() > 1 && " \t.".indexOf(tag.charAt(1)) < 0)) {
      return null;
    }
    int space = 1;
    while (space < tag.length() && tag.charAt(space) != ' ' && tag.charAt(space) != '\t') {
      space++;
    }
    StringBuilder name = new StringBuilder();
    for (int i = space; i < tag.length(); ) {
      if (tag.charAt(i) == '&') {
        i = reference(tag, i, name);
      } else {
        name.append(tag.charAt(i++));
      }
    }
    String speaker = name.toString().replaceAll("\\s+", " ").strip();
    return speaker.isEmpty() ? null : speaker;
  }

  /** Appends the reference starting at {@code text[at] == '&'} (or the '&' itself); returns where to go on. */
  private static int reference(String text, int at, StringBuilder out) {
    int semicolon = text.indexOf(';', at);
    if (semicolon > at + 1 && semicolon - at <= LONGEST_REFERENCE) {
      String name = text.substring(at + 1, semicolon);
      String decoded = name.startsWith("#") ? numeric(name.substring(1)) : NAMED.get(name);
      if (decoded != null) {
        out.append(decoded);
        return semicolon + 1;
      }
    }
    out.append('&');
    return at + 1;
  }

  private static String numeric(String digits) {
    try {
      int codePoint = digits.startsWith("x") || digits.startsWith("X")
          ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
      boolean allowed = Character.isValidCodePoint(codePoint) && !(codePoint >= 0xD800 && codePoint <= 0xDFFF)
          && (codePoint >= 0x20 || codePoint == '\t' || codePoint == '\n');
      return allowed ? Character.toString(codePoint) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
