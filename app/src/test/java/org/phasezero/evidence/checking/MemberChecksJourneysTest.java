package org.phasezero.evidence.checking;

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
 * A member check in real headless Chromium with axe-core on every page: the researcher sends it and
 * copies the link; the participant, without an account, opens it on a 390 px phone without
 * JavaScript, withdraws a quote and sends their
 * answers; the researcher reads them.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class MemberChecksJourneysTest extends BrowserTestSupport {

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
  void aParticipantAnswersOnAPhoneWithoutJavaScriptOrAnAccount() {
    String link;
    String checkUrl;
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
      Page page = signIn(ctx, Role.RESEARCHER);
      page.navigate(url("/research/" + fx.ownProject));
      page.getByRole(AriaRole.LINK, named("Member checks: participants check what was made of their words")).click();
      assertAccessible(page);
      page.getByLabel("Participant", EXACT).selectOption(new SelectOption().setIndex(1));
      page.getByLabel("Summary for the participant", EXACT).fill("We heard that the forum listens when others do not.");
      page.getByRole(AriaRole.BUTTON, named("Create the member check")).click();
      page.waitForURL(u -> u.contains("/research/member-checks/") && u.contains("added"));
      checkUrl = page.url().replaceFirst("\\?.*$", "");
      link = page.locator("#check-link").textContent();
      assertThat(link).startsWith("/check/");
      assertAccessible(page);
      page.reload();
      assertThat(page.locator("#check-link").count()).as("the link is shown once").isZero();
    }
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
        .setJavaScriptEnabled(false))) {
      Page page = ctx.newPage();
      page.navigate(url(link));
      assertThat(page.locator("h1").textContent()).isEqualTo("What we made of what you told us");
      assertThat(page.locator("main").textContent()).contains("The forum listened")
          .contains("We heard that the forum listens");
      assertAccessibleWithoutJavaScript(page);
      page.getByLabel("Please do not use it", EXACT).check();
      page.getByLabel("Anything else you would like us to know (optional)", EXACT).fill("Thank you for asking me.");
      page.getByRole(AriaRole.BUTTON, named("Send my answers")).click();
      assertThat(page.locator(".nhsuk-panel__title").textContent()).isEqualTo("Thank you");
      assertAccessibleWithoutJavaScript(page);
    }
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
      Page page = signIn(ctx, Role.RESEARCHER);
      page.navigate(checkUrl);
      assertThat(page.locator("main").textContent()).contains("Answered through the link")
          .contains("Withdrawn: not used anywhere").contains("Thank you for asking me.");
      assertAccessible(page);
      page.navigate(url("/research/codes/" + fx.ownCode));
      assertThat(page.locator("main").textContent()).doesNotContain("The forum listened");
    }
  }
}
