package org.phasezero.evidence.rounds;

import java.time.Instant;

/**
 * The owner's settlement of a unit and code after a round: whether the code applies (then
 * {@code codingId} is the coding in the project's agreed coding), and why.
 */
public record Decision(long id, long roundId, long segmentId, long codeId, boolean applies, String reason,
    Long codingId, String decidedBy, Instant decidedAt) {}
