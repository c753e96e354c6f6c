package org.phasezero.partnerships;

import java.util.List;

/** A partnership's readiness for co-production: every check, met or missing. Advisory only. */
public record Readiness(Partnership partnership, List<ReadinessCheck> checks) {

  public long met() {
    return checks.stream().filter(ReadinessCheck::met).count();
  }

  public List<ReadinessCheck> missing() {
    return checks.stream().filter(c -> !c.met()).toList();
  }
}
