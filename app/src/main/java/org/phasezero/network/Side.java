package org.phasezero.network;

/** Which side of the power gradient an organisation stands on. Labels for people are in the message bundle under {@code enum.Side.*}. */
public enum Side {
  COMMUNITY, STATUTORY, INDEPENDENT;
}
