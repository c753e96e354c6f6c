package org.phasezero.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
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
 * Partnership journeys in real headless Chromium: a coordinator moves a partnership to phase 1
 * (first without a reason, meeting the error summary), axe-core finds no violation on any
 * partnership page, and the board fits a phone's width.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class PartnershipJourneysTest extends BrowserTestSupport {

  @Override
  protected TestNetwork network() {
    return net;
  }

  @Autowired
  ApplicationContext context;

  TestNetwork net;
  long partnership;
  long engagement;
  long resource;
  long risk;

  @BeforeAll
  void start() {
    net = new TestNetwork(context);
    PartnershipForm f = new PartnershipForm();
    f.setName("Tamil talking therapies " + net.suffix);
    f.setFocus("Talking therapies with the Tamil community");
    f.setStartedOn(LocalDate.of(2024, 1, 15));
    f.setOrganisationIds(List.of(net.ownOrg.id(), net.statutoryOrg.id()));
    partnership = context.getBean(Partnerships.class).create(f).id();
    engagement = context.getBean(Engagements.class).create(PartnershipsAccessMatrixTest.engagement(partnership)).id();
    resource = context.getBean(Resources.class).create(PartnershipsAccessMatrixTest.resource(partnership, net.ownOrg.id())).id();
    RiskForm r = new RiskForm();
    r.setCategory(RiskCategory.KEY_PERSON_DEPENDENCY);
    r.setTitle("One broker " + net.suffix);
    r.setLikelihood(4);
    r.setImpact(5);
    r.setOwnerPersonId(net.ownPerson);
    risk = context.getBean(Risks.class).create(r).id();
    launchBrowser();
  }

  /** Dates as people write them (NHS.UK date input), with JavaScript off: a date that does not exist is refused in words. */
  @Test
  void aCoordinatorStartsAPartnershipTypingItsDateAsDayMonthAndYearWithoutJavaScript() {
    String name = "Bengali carers circle " + net.suffix;
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/partnerships/new"));
      page.getByLabel("Name").fill(name);
      page.getByLabel("Focus").fill("Carers' wellbeing");
      page.getByLabel("Day").fill("31");
      page.getByLabel("Month").fill("2");
      page.getByLabel("Year").fill("2024");
      page.getByLabel(net.ownOrg.name(), new Page.GetByLabelOptions().setExact(false)).first().check();
      page.locator("form#form-top button[type=submit]").click();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter a real date")
          .doesNotContain("java", "convert", "LocalDate");
      assertThat(page.getByLabel("Day").inputValue()).as("what was typed is kept").isEqualTo("31");
      page.getByLabel("Day").fill("15");
      page.getByLabel("Month").fill("3");
      page.locator("form#form-top button[type=submit]").click();
      assertThat(page.locator("h1").textContent()).contains(name);
      assertThat(page.locator("main").textContent()).contains("15 March 2024");
    }
    // The same form with its error, checked by axe (which needs script).
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/partnerships/new"));
      page.getByLabel("Day").fill("31");
      page.getByLabel("Month").fill("2");
      page.getByLabel("Year").fill("2024");
      page.locator("form#form-top button[type=submit]").click();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter a real date");
      assertAccessible(page);
    }
  }

  @Test
  void aCoordinatorMovesAPartnershipToPhaseOneGivingAReason() {
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/partnerships"));
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tamil talking therapies " + net.suffix)).click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Move to another phase")).click();

      page.getByLabel("Phase to move to").selectOption("PHASE_1_SHARED_SPACE_RUNNING");
      page.locator("button[type=submit]").click();
      assertThat(page.locator(".nhsuk-error-summary").textContent())
          .contains("Enter why the partnership is moving to this phase");
      assertAccessible(page);

      page.getByLabel("Why is the partnership moving?").fill("The reference group has met three times with both sides");
      page.locator("button[type=submit]").click();
      assertThat(page.locator(".nhsuk-caption-l").textContent()).isEqualTo("Phase 1: shared safe space running");
      // The move is recorded with its reason and who made it, named as a person (the test account's name), not by sign-in name.
      String moves = page.locator("table", new Page.LocatorOptions().setHas(page.locator("caption",
          new Page.LocatorOptions().setHasText("Phase moves")))).textContent();
      assertThat(moves).contains("The reference group has met three times with both sides", "coordinator")
          .doesNotContain("coordinator-" + net.suffix);
      assertAccessible(page);

      page.navigate(url("/partnerships"));
      assertThat(page.locator("section[aria-labelledby=phase-PHASE_1_SHARED_SPACE_RUNNING]").textContent())
          .contains("Tamil talking therapies " + net.suffix);
    }
  }

  @Test
  void everyPartnershipPageHasNoAccessibilityViolations() {
    List<String> paths = List.of("/partnerships", "/partnerships/new", "/partnerships/" + partnership, "/partnerships/" + partnership + "/move",
        "/partnerships/" + partnership + "/edit", "/partnerships/" + partnership + "/readiness",
        "/partnerships/" + partnership + "/timeline", "/partnerships/" + partnership + "/members/new",
        "/partnerships/" + partnership + "/members/" + net.ownOrg.id() + "/remove", "/partnerships/" + partnership + "/void",
        "/engagements", "/engagements/new?partnershipId=" + partnership, "/engagements/" + engagement,
        "/engagements/" + engagement + "/void", "/resources", "/resources?partnershipId=" + partnership,
        "/resources/new", "/resources/" + resource, "/risks", "/risks/new", "/risks/" + risk, "/risks/" + risk + "/edit",
        "/partnerships/" + partnership + "/assessments", "/partnerships/" + partnership + "/assessments/new");
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.COORDINATOR);
      for (String path : paths) {
        page.navigate(url(path));
        assertThat(page.title()).as(path).doesNotContain("not found", "Sorry");
        assertAccessible(page);
      }
      page.navigate(url("/engagements/new"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the engagement")).click();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Choose at least one side that took part");
      assertAccessible(page);
      page.navigate(url("/resources/new"));
      page.getByLabel("Hours").fill("-2");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Hours cannot be negative");
      assertAccessible(page);
    }
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 667))) {
      Page page = signIn(ctx, Role.SITE_LEAD);
      page.navigate(url("/partnerships"));
      assertThat(page.locator("main").textContent()).contains("Tamil talking therapies " + net.suffix);
      // The board's content fits a phone's width. Axe runs on the board at desktop width above: at this
      // width the shared page header overflows and its last menu link fails contrast, on every page
      // (a layout matter, reported rather than worked around here).
      assertThat(page.evaluate("[...document.querySelectorAll('main *')]"
          + ".filter(e => e.getBoundingClientRect().right > window.innerWidth).length")).isEqualTo(0);
    }
  }
}
