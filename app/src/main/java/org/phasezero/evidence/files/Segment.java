package org.phasezero.evidence.files;

/**
 * A stretch {@code [start, end)} of an extracted text, in Java {@code String} (UTF-16) indices: a
 * speaker turn, a paragraph or a subtitle cue. A text's segments cover it contiguously (see {@link
 * ExtractedText}), so a coding made on any range of the text falls in known segments.
 *
 * @param speakerLabel who speaks, as written in the source ({@code "Interviewer"}, {@code "P1"}); null
 *     when unknown
 * @param startMillis when the cue starts in a timed transcript (WebVTT, SubRip); null otherwise
 * @param endMillis when the cue ends; null exactly when {@code startMillis} is
 */
public record Segment(int start, int end, String speakerLabel, Long startMillis, Long endMillis) {

  public Segment {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("a segment needs 0 <= start < end, not [" + start + ", " + end + ")");
    }
    if ((startMillis == null) != (endMillis == null)) {
      throw new IllegalArgumentException("a segment has both times or neither");
    }
    if (startMillis != null && (startMillis < 0 || endMillis < startMillis)) {
      throw new IllegalArgumentException("a segment's times need 0 <= start <= end");
    }
  }

  /** An untimed segment. */
  public static Segment of(int start, int end, String speakerLabel) {
    return new Segment(start, end, speakerLabel, null, null);
  }

  /** This segment's characters. */
  public String in(String text) {
    return text.substring(start, end);
  }

  /** The same speaker and times over another range (after the text around it changed length). */
  Segment movedTo(int newStart, int newEnd, String newSpeakerLabel) {
    return new Segment(newStart, newEnd, newSpeakerLabel, startMillis, endMillis);
  }

  /**
   * The words spoken in a turn: its text without the speaker label it starts with ({@code Ayo: …},
   * {@code [P1] …}), which says who speaks rather than what is said, so that counting words does not
   * count speakers' names. A turn that does not start with its label is returned as it is.
   */
  public static String spoken(String turn, String speakerLabel) {
    if (speakerLabel == null) {
      return turn;
    }
    int lineEnd = turn.indexOf('\n');
    SpeakerLabels.Label label = SpeakerLabels.anyLabel(turn, 0, lineEnd < 0 ? turn.length() : lineEnd);
    return label != null && label.speaker().equalsIgnoreCase(speakerLabel.strip())
        ? turn.substring(label.contentStart()) : turn;
  }
}
