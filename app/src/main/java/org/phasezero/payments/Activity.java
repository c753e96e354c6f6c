package org.phasezero.payments;

/**
 * The kind of involvement a rate and a claim are for. Labels under {@code enum.Activity.*}. An
 * analysis session is community members analysing research data together (coding, a blind round,
 * building themes), paid like any other involvement.
 */
public enum Activity {
  MEETING, CHAIRING, PREPARATION, PEER_RESEARCH, TRAINING, ANALYSIS_SESSION
}
