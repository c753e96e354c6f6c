package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnDemoNetwork;
import org.phasezero.support.TestNetwork;

/**
 * Journey 1, "what needs me today", on the live demo as `serve --demo` loads it: each role opens on
 * its own task lists, with counts that say when they cover only part of the network, and every
 * entry leads to where the work is done.
 */
@OnDemoNetwork
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TodayJourneysTest extends BrowserTestSupport {

  @Override
  protected TestNetwork network() {
    throw new UnsupportedOperationException("these journeys sign in with the demo's own accounts");
  }

  @BeforeAll
  void start() {
    launchBrowser();
  }

  private Page signInAs(BrowserContext ctx, String username) {
    Page page = ctx.newPage();
    page.navigate(url("/login"));
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill("demo-password-for-tests");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    page.waitForURL(url("/"));
    return page;
  }

  private static Locator list(Page page, String heading) {
    return page.locator("section.pz-task-list").filter(new Locator.FilterOptions()
        .setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading))));
  }

  private static List<String> headings(Page page) {
    return page.locator("section.pz-task-list h2").allTextContents().stream()
        .map(h -> h.replaceAll("\\s+", " ").strip().replaceAll(" \\d+$", "")).toList();
  }

  @Test
  void theCoordinatorOpensOnTheHubsWorkAndApprovesAClaimFromIt() {
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signInAs(ctx, "coordinator");
      assertThat(page.locator("h1").textContent()).isEqualTo("What needs you today");
      assertThat(headings(page)).containsExactly("Attendance to record", "Claims awaiting approval", "Next meetings",
          "Overdue actions", "Budgets overspent or ending", "Consents to confirm",
          "Partnerships with no activity for 90 days").doesNotContain("Claims to submit");
      // The live demo has work in each of these, whatever day it was loaded.
      for (String heading : List.of("Claims awaiting approval", "Next meetings", "Overdue actions",
          "Budgets overspent or ending")) {
        assertThat(list(page, heading).locator("li").count()).as(heading).isPositive();
      }
      assertThat(list(page, "Overdue actions").locator(".nhsuk-tag--red").first().textContent()).isEqualTo("Overdue");
      assertThat(list(page, "Partnerships with no activity for 90 days").textContent()).contains("Elders' memory and mood");
      assertThat(page.locator(".pz-scope").count()).as("the coordinator's counts cover the whole network").isZero();
      assertAccessible(page);

      int waiting = Integer.parseInt(list(page, "Claims awaiting approval").locator(".pz-count").textContent().strip());
      list(page, "Claims awaiting approval").locator("li a").first().click();
      assertThat(page.url()).contains("/payments/claims/");
      assertAccessible(page);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
      page.navigate(url("/"));
      assertThat(list(page, "Claims awaiting approval").locator(".pz-count").textContent().strip())
          .isEqualTo(String.valueOf(waiting - 1));
    }
  }

  @Test
  void aSiteLeadSeesTheirOrganisationsClaimsToSubmitAndStartsOneAlreadyFilledIn() {
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signInAs(ctx, "sitelead");
      assertThat(headings(page)).startsWith("Claims to submit").contains("Claims awaiting approval", "Next meetings")
          .doesNotContain("Budgets overspent or ending", "Consents to confirm", "Partnerships with no activity for 90 days");
      Locator toSubmit = list(page, "Claims to submit");
      assertThat(toSubmit.locator(".pz-scope").textContent()).isEqualTo("Your organisation only");
      assertThat(toSubmit.locator("li").count()).as("the demo's latest forum meeting has unclaimed attendees").isPositive();
      String person = toSubmit.locator("li a").first().textContent();
      assertAccessible(page);

      toSubmit.locator("li a").first().click();
      assertThat(page.url()).contains("/payments/claims/new?meetingId=");
      assertThat(page.locator("main").textContent()).contains(person);
      assertAccessible(page);
    }
  }

  @Test
  void aStatutoryPartnerSeesTheLatestPublishedFiguresAndNoNames() {
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signInAs(ctx, "partner");
      assertThat(headings(page)).containsExactly("Latest published figures: involvement payments",
          "Participation in shared spaces");
      assertThat(list(page, "Participation in shared spaces").textContent())
          .contains("African and Caribbean mental health forum");
      list(page, "Latest published figures: involvement payments").locator("li a").first().click();
      assertThat(page.url()).contains("/payments/totals?period=");
      assertAccessible(page);
    }
  }

  @Test
  void aResearcherOpensOnTheirRoundsAndProjectsNotWorkTheyCannotDo() {
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signInAs(ctx, "researcher");
      assertThat(headings(page)).doesNotContain("Claims awaiting approval", "Claims to submit", "Overdue actions")
          .contains("Coding rounds waiting for you", "Your research projects");
      // The demo's one blind round is closed: nothing waits, and the page says so.
      assertThat(list(page, "Coding rounds waiting for you").textContent()).contains("No coding round is waiting");
      assertAccessible(page);
      list(page, "Your research projects").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
          .setName("Evaluation of the African and Caribbean mental health forum")).click();
      assertThat(page.url()).matches(".*/research/\\d+$");
      assertThat(page.locator("h1").textContent()).contains("Evaluation of the African and Caribbean mental health forum");
    }
  }
}
