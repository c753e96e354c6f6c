package org.phasezero.spaces;

/** How a meeting agreed a decision. */
public enum AgreedHow {
  CONSENSUS, VOTE, CHAIR
}
