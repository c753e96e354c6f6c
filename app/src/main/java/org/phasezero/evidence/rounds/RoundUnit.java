package org.phasezero.evidence.rounds;

/**
 * A unit of agreement: one turn (or paragraph, where a source has no turns) of a round's source,
 * the range [start, end) of the source's text, {@code seq} its place in the source counted from 0.
 */
public record RoundUnit(long segmentId, long sourceId, int seq, int start, int end) {

  /** Whether a coding of [from, to) overlaps this unit: the rule by which a coder applied a code to it. */
  public boolean overlaps(int from, int to) {
    return from < end && start < to;
  }
}
