package org.phasezero.evidence.files;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the text of a timed transcript cue by cue: each run of a cue becomes the line
 * {@code Speaker: words} (or just the words when the speaker is unknown), so the speaker is visible
 * in the plain text, and one segment carrying the speaker and the cue's times. Consecutive cues of one
 * speaker stay separate segments, each with its own times.
 */
final class TimedTranscript {

  private final StringBuilder text = new StringBuilder();
  private final List<Segment> segments = new ArrayList<>();
  private final String fileName;
  private final SourceFileLimits limits;
  private final String cues;
  private long previousStart = -1;
  private int firstOutOfOrderLine;

  /** @param cues what the format calls its cues, for messages: "cues", "subtitles" */
  TimedTranscript(String fileName, SourceFileLimits limits, String cues) {
    this.fileName = fileName;
    this.limits = limits;
    this.cues = cues;
  }

  /**
   * Adds a cue's runs. A cue starting before the one before it is kept where it is (the file's order
   * may be deliberate, and re-sorting would move text away from its neighbours), with a warning.
   *
   * @param timingLine the 1-based line of its timing, for that warning
   */
  void cue(List<SpokenRuns.Run> runs, CueTiming timing, int timingLine) {
    if (timing.startMillis() < previousStart && firstOutOfOrderLine == 0) {
      firstOutOfOrderLine = timingLine;
    }
    previousStart = timing.startMillis();
    for (SpokenRuns.Run run : runs) {
      String line = (run.speaker() == null ? "" : run.speaker() + ": ") + run.text() + "\n";
      limits.requireCharacters(fileName, (long) text.length() + line.length());
      int start = text.length();
      text.append(line);
      segments.add(new Segment(start, text.length(), run.speaker(), timing.startMillis(), timing.endMillis()));
    }
  }

  ExtractedText build(String format, List<String> warnings) {
    List<String> all = new ArrayList<>(warnings);
    if (firstOutOfOrderLine > 0) {
      all.add(fileName + " has " + cues + " out of time order (the first on line " + firstOutOfOrderLine
          + "); PhaseZero keeps them in the order of the file.");
    }
    if (segments.isEmpty()) {
      all.add(fileName + " has no " + cues + " with text in them.");
    }
    return new ExtractedText(text.toString(), segments, format, all);
  }
}
