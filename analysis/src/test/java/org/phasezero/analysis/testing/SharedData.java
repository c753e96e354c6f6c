package org.phasezero.analysis.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real third-party material from {@code ../shared/data}, read in place (never copied into the
 * repository). Without it a conformance test is skipped by name; with {@code
 * PHASEZERO_REQUIRE_ALL=1} (as in CI) a missing file fails the test instead.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared data folder, from the {@code phasezero.shared.data} property or a guess. */
  public static Path root() {
    String configured = System.getProperty("phasezero.shared.data");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).normalize();
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return here.resolveSibling("shared").resolve("data");
  }

  /** A file under the shared data folder; skips (or fails under REQUIRE_ALL) when absent. */
  public static Path file(String relative) {
    Path path = root().resolve(relative);
    if (!Files.exists(path)) {
      String message = "shared data not found: " + path;
      if (requireAll()) {
        fail(message + " (PHASEZERO_REQUIRE_ALL is set)");
      }
      assumeTrue(false, message);
    }
    return path;
  }

  /** True when every optional test resource must be present (CI). */
  public static boolean requireAll() {
    String v = System.getenv("PHASEZERO_REQUIRE_ALL");
    return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
  }
}
