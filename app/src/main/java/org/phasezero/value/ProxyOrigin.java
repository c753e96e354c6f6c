package org.phasezero.value;

/**
 * Where a financial proxy comes from. Values from licensed banks (HACT's Social Value Bank, the
 * National TOMs) may not be bundled or redistributed: users bring their own and they are flagged,
 * so an evidence pack can say so. Stakeholder-derived values come from a value game.
 */
public enum ProxyOrigin {
  /** Entered with its source, e.g. a published unit cost or a survey. */
  ENTERED,
  /** Brought from a licensed bank the organisation subscribes to. */
  LICENSED_BANK,
  /** Derived from stakeholders valuing the outcome themselves. */
  STAKEHOLDER_DERIVED
}
