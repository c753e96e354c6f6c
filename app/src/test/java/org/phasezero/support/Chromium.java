package org.phasezero.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless. Playwright never downloads a browser here.
 * Without Chromium the browser tests are skipped by name; under PHASEZERO_REQUIRE_ALL=1 (CI) they
 * fail instead.
 */
public final class Chromium {

  public static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("PHASEZERO_CHROMIUM", "/usr/bin/chromium"));

  private Chromium() {}

  public static void requireInstalled() {
    Installed.require(Files.isExecutable(EXECUTABLE),
        "Chromium not found at " + EXECUTABLE + " (apt-get install chromium chromium-driver)");
  }

  public static Playwright playwright() {
    return Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  public static Browser launch(Playwright playwright) {
    return playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(EXECUTABLE)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
  }
}
