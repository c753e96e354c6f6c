package org.phasezero.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small-number suppression for aggregates shown to statutory partners: a count from 1 up to the
 * threshold − 1 is withheld (null here; pages show "fewer than N"), so that individuals cannot be
 * singled out. Zero is shown as zero (there is no one to identify).
 */
public record SmallNumbers(int threshold) {

  public SmallNumbers {
    if (threshold < 1) {
      throw new IllegalArgumentException("small-number threshold must be at least 1");
    }
  }

  public <K> Map<K, String> suppress(Map<K, Long> counts) {
    Map<K, String> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(k, v > 0 && v < threshold ? null : String.valueOf(v)));
    return out;
  }

  public <K> Map<K, String> show(Map<K, Long> counts) {
    Map<K, String> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(k, String.valueOf(v)));
    return out;
  }
}
