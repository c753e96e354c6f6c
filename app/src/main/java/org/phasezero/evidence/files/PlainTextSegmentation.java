package org.phasezero.evidence.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits normalised plain text (a .txt file, or the text of a Word document or PDF) into speaker
 * turns when it reads as a transcript, and into paragraphs otherwise.
 *
 * <p><b>When is it a transcript?</b> The text is cut into <em>units</em>: blocks separated by blank
 * lines, cut again before every line that starts with a speaker label ({@link SpeakerLabels}). A block
 * that follows a label standing alone on its line ({@code Dan:} then the words below it, as PDFs and
 * some Word templates lay transcripts out) belongs to that label and is not a unit of its own; nor
 * is a line without letters (the line and page numbers of a transcript PDF's margin). The
 * text is a transcript when all three hold:
 *
 * <ol>
 *   <li>at least two different speakers;
 *   <li>labels recur: at least twice as many labelled lines as different labels. Speakers take many
 *       turns; the headings of field notes ({@code Group: …}, {@code Facilitators: …}) each appear once;
 *   <li>at least 60% of units start with a label. A document with a few labelled lines among
 *       paragraphs of prose stays prose.
 * </ol>
 *
 * <p>The rule is conservative on purpose: a transcript read as paragraphs loses only its speaker
 * labels (coders still see them in the text), while prose read as a transcript gets speakers it does
 * not have. Short exchanges (fewer than four turns between two speakers) therefore read as
 * paragraphs.
 *
 * <p><b>Segments.</b> A turn runs from its label's line to the next label's line: lines and blocks
 * without a label continue the turn before them. Text before the first label is a segment without a
 * speaker. A paragraph runs from its first line to the next paragraph's first line, so each segment
 * keeps its trailing line breaks and the segments stay contiguous; blank lines at the very start
 * belong to the first. Complexity: O(n) in the length of the text.
 */
final class PlainTextSegmentation {

  private static final double MIN_LABELLED_SHARE = 0.6;
  private static final int MIN_SPEAKERS = 2;
  private static final int MIN_RETURNS = 2;

  private PlainTextSegmentation() {}

  /** Segments covering {@code text}; none for an empty text. */
  static List<Segment> segment(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    Scan scan = new Scan(text);
    return scan.isTranscript() ? turns(text, scan) : paragraphs(text, scan);
  }

  /** Whether {@code text} reads as a transcript, by the rule above. */
  static boolean isTranscript(String text) {
    return new Scan(text).isTranscript();
  }

  private static List<Segment> turns(String text, Scan scan) {
    List<Segment> segments = new ArrayList<>();
    if (scan.turnStarts.get(0) > 0) {
      segments.add(Segment.of(0, scan.turnStarts.get(0), null));
    }
    for (int i = 0; i < scan.turnStarts.size(); i++) {
      int end = i + 1 < scan.turnStarts.size() ? scan.turnStarts.get(i + 1) : text.length();
      segments.add(Segment.of(scan.turnStarts.get(i), end, scan.speakers.get(i)));
    }
    return segments;
  }

  private static List<Segment> paragraphs(String text, Scan scan) {
    List<Segment> segments = new ArrayList<>();
    List<Integer> starts = scan.blockStarts;
    if (starts.isEmpty()) {
      return List.of(Segment.of(0, text.length(), null));
    }
    for (int i = 0; i < starts.size(); i++) {
      int start = i == 0 ? 0 : starts.get(i);
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      segments.add(Segment.of(start, end, null));
    }
    return segments;
  }

  /** One pass over the lines, gathering what both the decision and the segmentation need. */
  private static final class Scan {
    final List<Integer> blockStarts = new ArrayList<>();
    final List<Integer> turnStarts = new ArrayList<>();
    final List<String> speakers = new ArrayList<>();
    final Map<String, Integer> turnsBySpeaker = new HashMap<>();
    int units;
    int labelledUnits;

    Scan(String text) {
      boolean afterBlank = true;
      boolean unitIsBareLabel = false;
      int lineStart = 0;
      while (lineStart < text.length()) {
        int newline = text.indexOf('\n', lineStart);
        int lineEnd = newline < 0 ? text.length() : newline;
        if (isBlank(text, lineStart, lineEnd)) {
          afterBlank = true;
        } else {
          SpeakerLabels.Label label = SpeakerLabels.anyLabel(text, lineStart, lineEnd);
          if (label != null) {
            units++;
            labelledUnits++;
            turnStarts.add(lineStart);
            speakers.add(label.speaker());
            turnsBySpeaker.merge(label.key(), 1, Integer::sum);
            unitIsBareLabel = isBlank(text, label.contentStart(), lineEnd);
          } else if (hasLetter(text, lineStart, lineEnd)) {
            if (afterBlank && !unitIsBareLabel) {
              units++;
            }
            unitIsBareLabel = false;
          }
          if (afterBlank) {
            blockStarts.add(lineStart);
          }
          afterBlank = false;
        }
        lineStart = newline < 0 ? text.length() : newline + 1;
      }
    }

    private static boolean isBlank(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private static boolean hasLetter(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        if (Character.isLetter(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    boolean isTranscript() {
      int distinct = turnsBySpeaker.size();
      return distinct >= MIN_SPEAKERS
          && labelledUnits >= distinct + MIN_RETURNS
          && labelledUnits >= MIN_LABELLED_SHARE * units;
    }
  }
}
