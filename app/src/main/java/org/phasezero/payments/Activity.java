package org.phasezero.payments;

/** The kind of involvement a rate and a claim are for. Labels under {@code enum.Activity.*}. */
public enum Activity {
  MEETING, CHAIRING, PREPARATION, PEER_RESEARCH, TRAINING
}
