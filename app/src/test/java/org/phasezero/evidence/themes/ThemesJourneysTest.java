package org.phasezero.evidence.themes;

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
import org.phasezero.evidence.Codings;
import org.phasezero.evidence.EvidenceFixture;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnH2;
import org.phasezero.support.SetUpAsSystem;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The researcher builds a thematic network in real headless Chromium, with axe-core on every page
 * (zero violations): starts it from the project, adds the global, an organising and a basic theme,
 * groups a code under the basic theme, sees the drawing and the quotes it traces to; and the same
 * network read on a phone-sized screen without JavaScript.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class ThemesJourneysTest extends BrowserTestSupport {

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
    try (var system = SystemActor.enter("test fixture")) {
      int ayo = EvidenceFixture.startOf(1);
      context.getBean(Codings.class).apply(fx.ownSource, fx.ownCode, ayo + 5, ayo + 24);
    }
    launchBrowser();
  }

  static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

  Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  @Test
  void aResearcherBuildsANetworkAndReadsItOnAPhoneWithoutJavaScript() {
    String networkUrl;
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
      Page page = signIn(ctx, Role.RESEARCHER);
      page.navigate(url("/research/" + fx.ownProject));
      page.getByRole(AriaRole.LINK, named("Thematic networks: basic, organising and global themes traced to their quotes"))
          .click();
      assertAccessible(page);
      page.getByLabel("Name of the network", EXACT).fill("What being heard means");
      page.getByRole(AriaRole.BUTTON, named("Start the network")).click();
      page.waitForURL(u -> u.contains("/research/theme-networks/") && u.contains("added"));
      networkUrl = page.url().replaceFirst("\\?.*$", "");
      assertAccessible(page);

      page.getByLabel("Name of the theme", EXACT).fill("Being heard changes services");
      page.getByRole(AriaRole.BUTTON, named("Add the theme")).click();
      page.waitForURL(u -> u.contains("added"));
      page.getByLabel("Tier", EXACT).selectOption("ORGANISING");
      page.getByLabel("Name of the theme", EXACT).fill("Trust rebuilt");
      page.getByRole(AriaRole.BUTTON, named("Add the theme")).click();
      page.waitForURL(u -> u.contains("added"));
      page.getByLabel("Tier", EXACT).selectOption("BASIC");
      page.getByLabel("Sits under", EXACT).selectOption(new SelectOption().setLabel("Trust rebuilt"));
      page.getByLabel("Name of the theme", EXACT).fill("Listened to by the forum");
      page.getByRole(AriaRole.BUTTON, named("Add the theme")).click();
      page.waitForURL(u -> u.contains("added"));
      assertAccessible(page);

      page.locator(".pz-themes a", new Page.LocatorOptions().setHasText("Listened to by the forum")).click();
      page.waitForURL(u -> u.contains("/research/themes/"));
      assertAccessible(page);
      page.getByLabel("Code to group under this theme", EXACT).selectOption(new SelectOption().setLabel("Being heard"));
      page.getByRole(AriaRole.BUTTON, named("Group the code here")).click();
      page.waitForURL(u -> u.contains("saved"));
      assertThat(page.locator("main").textContent()).contains("Supporting quotes (1)").contains("The forum listened");
      assertAccessible(page);

      page.navigate(networkUrl);
      assertThat(page.locator("svg.pz-network text").allTextContents()).hasSize(3);
      assertThat(page.locator("svg.pz-network circle").count()).isEqualTo(3);
      assertThat(page.locator(".pz-themes").textContent()).contains("1 passage from 1 code").contains("Community 1");
      assertAccessible(page);

      page.getByLabel("Which version is this?", EXACT).fill("As presented to the forum on 12 March");
      page.getByRole(AriaRole.BUTTON, named("Freeze this version")).click();
      page.waitForURL(u -> u.contains("saved"));
      page.getByRole(AriaRole.LINK, named("Compare 'As presented to the forum on 12 March' with now")).click();
      assertThat(page.locator("main").textContent()).contains("Nothing has changed").contains("Listened to by the forum");
      assertAccessible(page);
    }
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
        .setJavaScriptEnabled(false))) {
      Page page = signIn(ctx, Role.PEER_RESEARCHER);
      page.navigate(networkUrl);
      assertAccessibleWithoutJavaScript(page);
      // The drawing keeps the size at which its labels are readable and pans inside a frame that fits the screen.
      var frame = page.locator(".pz-diagram").boundingBox();
      assertThat(frame.width).as("the frame fits the screen").isLessThanOrEqualTo(390).isGreaterThan(300);
      assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
      assertThat(((Number) page.evaluate("() => Math.min(...[...document.querySelectorAll('svg.pz-network text')]"
          + ".map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a))")).doubleValue())
          .as("the smallest label, in CSS pixels").isGreaterThanOrEqualTo(12);
      assertThat(page.locator("svg.pz-network").getAttribute("role")).isEqualTo("img");
      assertThat(page.locator("svg.pz-network > title").textContent()).contains("What being heard means");
      // Each theme's whole name is its tooltip, where its label is cut to fit its circle.
      assertThat(page.locator("svg.pz-network g > title").allTextContents()).contains("Trust rebuilt",
          "Listened to by the forum");
      page.locator(".pz-themes a", new Page.LocatorOptions().setHasText("Trust rebuilt")).click();
      page.waitForURL(u -> u.contains("/research/themes/"));
      assertThat(page.locator("main").textContent()).contains("The forum listened");
      assertAccessibleWithoutJavaScript(page);
    }
  }
}
