package org.phasezero.value;

/** How a questionnaire was answered. */
public enum ResponseMode {
  /** By the person on their own device, through a one-time link. */
  SELF_LINK,
  /** With a facilitator, on the facilitator's signed-in device. */
  FACILITATED,
  /** On paper, entered afterwards. */
  PAPER
}
