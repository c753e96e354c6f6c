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

  TimedTranscript(String fileName, SourceFileLimits limits) {
    this.fileName = fileName;
    this.limits = limits;
  }

  void cue(List<SpokenRuns.Run> runs, CueTiming timing) {
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
    if (segments.isEmpty()) {
      all.add(fileName + " has no captions with text in them.");
    }
    return new ExtractedText(text.toString(), segments, format, all);
  }
}
