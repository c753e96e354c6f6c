package org.phasezero.evidence;

import org.phasezero.network.Side;

/**
 * One speaker turn, timed cue or paragraph of a source: the range [start, end) of its text. A turn
 * whose speaker withdrew research consent is withheld: its words stay in the record but leave
 * analysis, search and exports.
 */
public record SourceSegment(long id, long sourceId, int seq, int start, int end, String text, String speakerLabel,
    Long speakerPersonId, Side speakerSide, Long startMillis, Long endMillis, String withheldReason) {

  public boolean withheld() {
    return withheldReason != null;
  }

  /** The cue's start as people read it (1:02:03 or 2:03), for timed transcripts. */
  public String startTime() {
    if (startMillis == null) {
      return null;
    }
    long s = startMillis / 1000;
    return s >= 3600 ? "%d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60) : "%d:%02d".formatted(s / 60, s % 60);
  }
}
