package org.phasezero.evidence.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phasezero.evidence.EvidenceFixture;
import org.phasezero.security.Role;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnH2;
import org.phasezero.support.SetUpAsSystem;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A blind round from start to settled, in real headless Chromium with axe-core on every page: the
 * researcher sets it up and codes a turn; the peer researcher codes another on a 390 px phone
 * without JavaScript and sees only their own coding; the researcher closes the round, reads the
 * agreement and settles a disagreement with a reason.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class RoundsJourneysTest extends BrowserTestSupport {

  @Autowired
  ApplicationContext context;

  EvidenceFixture fx;

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @BeforeAll
  void start() {
    fx = new EvidenceFixture(context);
    launchBrowser();
  }

  static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

  Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  @Test
  void aRoundIsSetUpCodedBlindClosedAndItsDisagreementSettled() {
    String roundUrl;
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
      Page page = signIn(ctx, Role.RESEARCHER);
      page.navigate(url("/research/" + fx.ownProject));
      page.getByRole(AriaRole.LINK, named("Blind coding rounds: code the same sources apart, then compare")).click();
      assertAccessible(page);
      page.getByRole(AriaRole.BUTTON, named("Start the round")).click();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Choose at least one source");
      assertAccessible(page);
      page.getByLabel("Round", EXACT).fill("Focus group: first pass");
      page.getByLabel("Focus group one", EXACT).check();
      page.getByLabel("Being heard", EXACT).check();
      page.getByLabel("researcher (Researcher)", EXACT).check();
      page.getByLabel("peer-researcher (Peer researcher)", EXACT).check();
      page.getByRole(AriaRole.BUTTON, named("Start the round")).click();
      page.waitForURL(u -> u.contains("/research/rounds/") && u.contains("added"));
      roundUrl = page.url().replaceFirst("\\?.*$", "");
      assertAccessible(page);

      page.getByRole(AriaRole.LINK, named("Code Focus group one")).click();
      assertAccessible(page);
      page.getByLabel("Tick turn 2", EXACT).check();
      page.getByLabel("Code", EXACT).selectOption(new SelectOption().setLabel("Being heard"));
      page.getByRole(AriaRole.BUTTON, named("Code the ticked turns")).click();
      page.waitForURL(u -> u.contains("coded=1"));
      assertThat(page.locator(".pz-chips").count()).isEqualTo(1);
      assertAccessible(page);
      page.getByRole(AriaRole.BUTTON, named("I have finished this source")).click();
      page.waitForURL(u -> u.contains("saved"));
      assertThat(page.locator("#progress ~ table").textContent()).contains("1 of 1").contains("0 of 1");
    }
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
        .setJavaScriptEnabled(false))) {
      Page page = signIn(ctx, Role.PEER_RESEARCHER);
      page.navigate(roundUrl);
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.LINK, named("Code Focus group one")).click();
      assertThat(page.locator(".pz-chips").count()).as("the researcher's coding stays hidden").isZero();
      page.getByLabel("Tick turn 3", EXACT).check();
      page.getByLabel("Code", EXACT).selectOption(new SelectOption().setLabel("Being heard"));
      page.getByRole(AriaRole.BUTTON, named("Code the ticked turns")).click();
      assertThat(page.locator(".pz-chips").count()).isEqualTo(1);
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.BUTTON, named("I have finished this source")).click();
      assertThat(page.locator("main").textContent()).contains("Finished");
    }
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
      Page page = signIn(ctx, Role.RESEARCHER);
      page.navigate(roundUrl);
      page.getByRole(AriaRole.BUTTON, named("Close the round and compute agreement")).click();
      page.waitForURL(u -> u.contains("closed"));
      assertThat(page.locator("table caption", new Page.LocatorOptions().setHasText("Agreement overall")).count())
          .isEqualTo(1);
      assertThat(page.locator("main").textContent()).contains("All codes").contains("Percent agreement")
          .contains("Cohen's kappa");
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, named("Disagreements, side by side (0 settled)")).click();
      assertThat(page.locator("section.nhsuk-card").count()).isEqualTo(2);
      assertAccessible(page);
      var first = page.locator("section.nhsuk-card").first();
      first.getByLabel("The code applies", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
      first.getByLabel("Reason", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).fill("Being heard is what the speaker describes");
      first.getByRole(AriaRole.BUTTON).click();
      page.waitForURL(u -> u.contains("saved"));
      assertThat(page.locator("main").textContent()).contains("Settled: the code applies")
          .contains("Being heard is what the speaker describes");
      assertAccessible(page);
      page.locator("a", new Page.LocatorOptions().setHasText("Reflexive memos on this decision")).first().click();
      page.getByLabel("Memo", EXACT).fill("As a former service user I may read 'being heard' into more turns.");
      page.getByRole(AriaRole.BUTTON, named("Save memo")).click();
      page.waitForURL(u -> u.contains("saved"));
      assertThat(page.locator("main").textContent()).contains("As a former service user");
      assertAccessible(page);
    }
  }
}
