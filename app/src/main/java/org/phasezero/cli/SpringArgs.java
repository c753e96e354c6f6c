package org.phasezero.cli;

import java.util.Map;

/**
 * Passes options to Spring as command-line properties, which outrank application.properties
 * (Spring's "default properties" would not).
 */
final class SpringArgs {

  private SpringArgs() {}

  static String[] of(Map<String, Object> properties) {
    return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
  }
}
