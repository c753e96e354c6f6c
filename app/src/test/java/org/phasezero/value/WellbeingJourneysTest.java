package org.phasezero.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phasezero.security.Role;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnH2;
import org.phasezero.support.SetUpAsSystem;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Wellbeing outcomes in real headless Chromium with axe-core on every page, all without
 * JavaScript: a coordinator sets up a SWEMWBS measure and makes a link for a participant; the
 * participant answers on a 390 px phone without an account; the coordinator enters the follow-up
 * from paper and reads the change.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class WellbeingJourneysTest extends BrowserTestSupport {

  @Autowired
  ApplicationContext context;

  WellbeingFixture fx;

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @BeforeAll
  void start() {
    fx = new WellbeingFixture(context);
    launchBrowser();
  }

  static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  private void choosePerson(Page page, String name) {
    page.getByLabel("Search for a person").fill(name);
    page.getByRole(AriaRole.BUTTON, named("Search")).click();
    page.waitForLoadState();
    page.locator("#personId-matches input[type=radio]").first().check();
  }

  @Test
  void aParticipantAnswersOnTheirPhoneAndTheCoordinatorReadsTheChange() {
    String asha = "Asha Wellbeing " + fx.net.suffix;
    String address;
    String measurePath;
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
        .setJavaScriptEnabled(false))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/value/wellbeing"));
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.LINK, named("Set up a measure")).click();
      page.getByLabel("Partnership").selectOption(String.valueOf(fx.partnership));
      page.getByLabel("Title").fill("Talking therapy groups " + fx.net.suffix);
      page.getByLabel("Scale").selectOption("SWEMWBS");
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.BUTTON, named("Save")).click();
      page.waitForURL(u -> u.contains("added"));
      measurePath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
      assertThat(page.locator("main").textContent()).contains("No one has answered yet.");
      page.getByRole(AriaRole.LINK, named("Make a link")).click();
      choosePerson(page, asha);
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.BUTTON, named("Make a link")).click();
      page.waitForLoadState();
      assertThat(page.locator("h1").textContent()).contains("The link is ready");
      address = page.locator("#the-link").textContent().strip();
      assertAccessibleWithoutJavaScript(page);
    }

    try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
        .setJavaScriptEnabled(false))) {
      Page page = phone.newPage();
      page.navigate(address);
      assertThat(page.locator("h1").textContent()).contains("Talking therapy groups");
      assertThat(page.getByRole(AriaRole.LINK, named("Sign in")).count()).isLessThanOrEqualTo(1);
      assertAccessibleWithoutJavaScript(page);
      // Forgetting one statement is caught, and the answers given are kept.
      for (int i = 0; i < 6; i++) {
        page.locator("#item" + i + "-4").check();
      }
      page.getByRole(AriaRole.BUTTON, named("Send my answers")).click();
      page.waitForLoadState();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("6 of 7 were answered");
      assertThat(page.locator("#item0-4").isChecked()).isTrue();
      assertAccessibleWithoutJavaScript(page);
      page.locator("#item6-3").check();
      page.getByRole(AriaRole.BUTTON, named("Send my answers")).click();
      page.waitForLoadState();
      assertThat(page.locator("main").textContent()).contains("Your answers have been sent.");
      assertAccessibleWithoutJavaScript(page);
    }

    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
        .setJavaScriptEnabled(false))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url(measurePath));
      page.getByRole(AriaRole.LINK, named("Enter answers")).click();
      choosePerson(page, asha);
      page.getByLabel("When").selectOption("1");
      page.getByLabel("How it was answered").selectOption("PAPER");
      for (int i = 0; i < 7; i++) {
        page.locator("#item" + i + "-5").check();
      }
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.BUTTON, named("Save")).click();
      page.waitForURL(u -> u.contains("added"));
      String main = page.locator("main").textContent();
      // Baseline raw 4×6 + 3 = 27, follow-up raw 35: the metric scores from the published table.
      assertThat(main).contains("Change from the baseline to follow-up 1").contains(asha).contains("Improved");
      assertAccessibleWithoutJavaScript(page);
    }
  }
}
