package org.phasezero.network;

/** Putnam's and Szreter and Woolcock's types of social tie. Labels for people are in the message bundle under {@code enum.TieKind.*}. */
public enum TieKind {
  /** Within one group or community. */
  BONDING,
  /** Across groups of similar power. */
  BRIDGING,
  /** Across a power gradient, e.g. a community group and an NHS trust. */
  LINKING;
}
