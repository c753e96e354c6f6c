package org.phasezero.evidence.files;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a speaker label at the start of a line: {@code Interviewer: …}, {@code P1: …},
 * {@code Amina Yusuf: …}, {@code FACILITATOR:} on a line of its own, or {@code [id1] …} (the bracket
 * form of QualCoder's examples and many subtitle files).
 *
 * <p>A label is one to four words of letters, digits and the marks names use ({@code ' ’ . - _ & ( )}),
 * at most 40 characters, with a letter in it, indented by at most three spaces. A colon label must be
 * followed by a space or the end of the line, which keeps out clock times ({@code 10:30}) and web
 * addresses ({@code https://…}); a bracket label must be followed by text on the same line, which
 * keeps out sound notes standing alone ({@code [music]}). Words that head notes and minutes
 * ({@code Note:}, {@code Date:}, {@code Present:}) or describe sounds ({@code [laughter]}) are never
 * speakers.
 */
final class SpeakerLabels {

  /** A label found on a line: the speaker as written, and where the words spoken start. */
  record Label(String speaker, int contentStart) {

    /** The label compared case-insensitively with runs of spaces collapsed. */
    String key() {
      return speaker.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
  }

  private static final String WORD = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.&_()\\-]*";
  private static final String LATER_WORD = "[\\p{L}\\p{N}(][\\p{L}\\p{M}\\p{N}'’.&_()\\-]*";
  private static final String WORDS = WORD + "(?:[ \\t]" + LATER_WORD + "){0,3}";
  private static final Pattern COLON_LABEL =
      Pattern.compile("[ \\t]{0,3}(" + WORDS + ")[ \\t]*:(?:[ \\t]+|$)");
  private static final Pattern BRACKET_LABEL =
      Pattern.compile("[ \\t]{0,3}\\[(" + WORDS + ")\\][ \\t]*(?=\\S)");
  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
  private static final int MAX_LENGTH = 40;

  private static final Set<String> NOT_SPEAKERS = Set.of(
      // headings of notes, minutes and letters
      "note", "notes", "nb", "n.b.", "ps", "p.s.", "date", "time", "location", "place", "venue", "present",
      "attendees", "apologies", "subject", "title", "topic", "summary", "action", "actions", "agenda",
      "minutes", "example", "source", "tel", "phone", "email", "e-mail", "website", "page", "figure",
      "table", "warning", "important", "reminder", "update", "tip", "see", "re",
      // sounds and gaps in transcripts and subtitles
      "laughs", "laughter", "laughing", "music", "applause", "inaudible", "crosstalk", "cross-talk",
      "silence", "pause", "pauses", "sighs", "sigh", "noise", "background noise", "unclear", "indistinct",
      "coughs", "cough", "overlapping", "overtalk", "redacted", "break", "interruption", "recording");

  private SpeakerLabels() {}

  /** A colon label starting the line {@code text[lineStart, lineEnd)} (no line break inside), or null. */
  static Label colonLabel(CharSequence text, int lineStart, int lineEnd) {
    return find(COLON_LABEL, text, lineStart, lineEnd);
  }

  /** A colon or bracket label starting the line {@code text[lineStart, lineEnd)}, or null. */
  static Label anyLabel(CharSequence text, int lineStart, int lineEnd) {
    Label colon = colonLabel(text, lineStart, lineEnd);
    return colon != null ? colon : find(BRACKET_LABEL, text, lineStart, lineEnd);
  }

  private static Label find(Pattern pattern, CharSequence text, int lineStart, int lineEnd) {
    if (lineEnd - lineStart < 2) {
      return null;
    }
    Matcher m = pattern.matcher(text).region(lineStart, lineEnd);
    if (!m.lookingAt()) {
      return null;
    }
    String speaker = m.group(1).strip();
    if (speaker.length() > MAX_LENGTH || !HAS_LETTER.matcher(speaker).find()) {
      return null;
    }
    Label label = new Label(speaker, m.end());
    return NOT_SPEAKERS.contains(label.key()) ? null : label;
  }
}
