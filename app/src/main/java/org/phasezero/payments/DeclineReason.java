package org.phasezero.payments;

/** Why a person declined payment. Labels under {@code enum.DeclineReason.*}. */
public enum DeclineReason {
  STATE_BENEFITS, PREFERS_TO_VOLUNTEER, EMPLOYER_PAYS, OTHER
}
