package org.phasezero.partnerships;

import java.util.List;

/**
 * Implemented by capabilities that compute risks from their records, so that the register (which
 * sits below them) can show those risks without depending on them.
 */
public interface ComputedRisks {

  /** The risks as they stand now, of the whole network or of one partnership, as the current user may see them. */
  List<ComputedRisk> current(Long partnershipId);
}
