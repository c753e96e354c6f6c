package org.phasezero.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Something a test needs from the machine (a browser, fonts): without it the test is skipped, saying
 * what to install; under PHASEZERO_REQUIRE_ALL=1 (CI) it fails instead, so that CI cannot pass by
 * skipping.
 */
public final class Installed {

  private Installed() {}

  public static void require(boolean present, String whatToInstall) {
    if (!present) {
      if (org.phasezero.analysis.testing.SharedData.requireAll()) {
        fail(whatToInstall + "; PHASEZERO_REQUIRE_ALL is set");
      }
      assumeTrue(false, whatToInstall);
    }
  }
}
