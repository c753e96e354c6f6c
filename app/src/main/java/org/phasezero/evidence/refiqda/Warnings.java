package org.phasezero.evidence.refiqda;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deviations from the standard met while reading, each said once: a deviation repeated on many
 * elements (say, an unknown element on every code) is one line with a count, not thousands.
 *
 * <p>A defect (a selection outside its text, a missing file) is a warning to a reader, which can
 * keep going, but a problem to {@link QdpxValidator}, which reports it as such; the validator
 * leaves defects out of its warnings so that nothing is said twice.
 */
final class Warnings {

  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Set<String> defects = new HashSet<>();

  void add(String message) {
    counts.merge(message, 1, Integer::sum);
  }

  /** A warning that {@link ReferenceCheck} reports as a problem too. */
  void defect(String message) {
    add(message);
    defects.add(message);
  }

  /** Every warning. */
  List<String> list() {
    return lines(false);
  }

  /** The warnings that are not defects. */
  List<String> deviations() {
    return lines(true);
  }

  private List<String> lines(boolean withoutDefects) {
    List<String> lines = new ArrayList<>(counts.size());
    counts.forEach((message, n) -> {
      if (!(withoutDefects && defects.contains(message))) {
        lines.add(n == 1 ? message : message + " (" + n + " times)");
      }
    });
    return List.copyOf(lines);
  }
}
