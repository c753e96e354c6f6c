package org.phasezero.partnerships;

/**
 * Where a partnership stands. Phase zero has four stages: scoping; bonding separately on the
 * community side and on the statutory side; linking conversations about mutual gains; a shared
 * space formed. Phase 1 is the shared safe space running; phase 2 is co-production proper (with
 * the four Co's as flags); then sustain. Progress is driven by evidence, never by a deadline, and
 * moving back is allowed.
 */
public enum Phase {
  PHASE_0_SCOPING,
  PHASE_0_BONDING,
  PHASE_0_LINKING,
  PHASE_0_SHARED_SPACE,
  PHASE_1_SHARED_SPACE_RUNNING,
  PHASE_2_CO_PRODUCTION,
  SUSTAIN;

  public boolean isPhaseZero() {
    return ordinal() <= PHASE_0_SHARED_SPACE.ordinal();
  }
}
