package org.phasezero.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.stream.Collectors;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Role;
import org.springframework.beans.factory.annotation.Value;

/**
 * What every browser test shares: Debian's Chromium through Playwright, signing in through the
 * real sign-in page, and axe-core with zero violations allowed. Subclasses call
 * {@link #launchBrowser()} once their fixture is ready and say which {@link TestNetwork} to sign
 * in from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

  @Value("${local.server.port}")
  protected int port;

  /**
   * One Chromium for the whole run: starting Playwright's driver and the browser costs seconds, and
   * every test opens its own browser context (cookies, storage) anyway. Closed when the JVM ends.
   */
  private static Playwright sharedPlaywright;
  private static Browser sharedBrowser;

  protected Browser browser;

  /** The fixture whose accounts the tests sign in with. */
  protected abstract TestNetwork network();

  protected void launchBrowser() {
    browser = shared();
  }

  private static synchronized Browser shared() {
    if (sharedBrowser == null) {
      Chromium.requireInstalled();
      sharedPlaywright = Chromium.playwright();
      sharedBrowser = Chromium.launch(sharedPlaywright);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        sharedBrowser.close();
        sharedPlaywright.close();
      }));
    }
    return sharedBrowser;
  }

  protected String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  protected Page signIn(BrowserContext ctx, Role role) {
    Page page = ctx.newPage();
    page.navigate(url("/login"));
    page.getByLabel("Username").fill(network().usernames.get(role));
    page.getByLabel("Password").fill(TestNetwork.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    page.waitForURL(url("/"));
    return page;
  }

  /**
   * Runs axe-core on a page shown with JavaScript off (axe cannot run there): the same markup, as
   * served, is checked in a page of its own at the same address and width whose scripts are blocked,
   * so it looks exactly as it did to the person without JavaScript.
   */
  protected void assertAccessibleWithoutJavaScript(Page shown) {
    String html = shown.content();
    String address = shown.url();
    var size = shown.viewportSize();
    try (BrowserContext check = browser.newContext(new Browser.NewContextOptions().setViewportSize(size.width, size.height))) {
      check.route("**/*", route -> {
        if (route.request().url().equals(address)) {
          route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setContentType("text/html; charset=utf-8")
              .setBody(html));
        } else if ("script".equals(route.request().resourceType())) {
          route.abort();
        } else {
          route.resume();
        }
      });
      Page page = check.newPage();
      page.navigate(address);
      assertAccessible(page);
    }
  }

  /** Runs axe-core on the page as it is now; any violation fails, listed with where it is. */
  protected static void assertAccessible(Page page) {
    AxeResults results = new AxeBuilder(page).analyze();
    String violations = results.getViolations().stream()
        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
    assertThat(results.getViolations()).as(page.url() + "\n" + violations).isEmpty();
  }
}
