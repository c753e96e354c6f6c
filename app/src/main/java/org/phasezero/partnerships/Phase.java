package org.phasezero.partnerships;

/**
 * Where a partnership stands. Phase zero has four stages: scoping; bonding separately on the
 * community side and on the statutory side; linking conversations about mutual gains; a shared
 * space formed. Phase 1 is the shared safe space running; phase 2 is co-production proper (with
 * the four Co's as flags); then sustain. Progress is driven by evidence, never by a deadline, and
 * moving back is allowed.
 */
public enum Phase {
  PHASE_0_SCOPING("Phase 0: scoping"),
  PHASE_0_BONDING("Phase 0: bonding on each side"),
  PHASE_0_LINKING("Phase 0: linking conversations"),
  PHASE_0_SHARED_SPACE("Phase 0: shared space formed"),
  PHASE_1_SHARED_SPACE_RUNNING("Phase 1: shared safe space running"),
  PHASE_2_CO_PRODUCTION("Phase 2: co-production"),
  SUSTAIN("Sustain");

  private final String title;

  Phase(String title) {
    this.title = title;
  }

  /** The phase in plain words, for API readers and timeline entries (pages use enum.Phase.* messages). */
  public String title() {
    return title;
  }

  public boolean isPhaseZero() {
    return ordinal() <= PHASE_0_SHARED_SPACE.ordinal();
  }
}
