package org.phasezero.analysis.value;

import java.util.List;
import java.util.Objects;

/**
 * A group whose outcomes the SROI values (e.g. volunteers, service users, the NHS).
 *
 * @param name the stakeholder's name
 * @param outcomes its outcomes, at least one
 */
public record Stakeholder(String name, List<Outcome> outcomes) {

  public Stakeholder {
    Objects.requireNonNull(name, "name");
    outcomes = List.copyOf(outcomes);
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("outcomes: at least one outcome is needed");
    }
  }
}
