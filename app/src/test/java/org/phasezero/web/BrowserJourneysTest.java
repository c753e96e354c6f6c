package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Role;
import org.phasezero.support.NetworkBrowserTest;
import org.phasezero.support.OnH2;

/**
 * The main journeys in real headless Chromium, and axe-core on every page with zero violations
 * allowed: sign in, find a person, add an organisation (with the error summary on the way), see
 * the audit entry; the same journey with JavaScript switched off.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneysTest extends NetworkBrowserTest {

  @Test
  void aCoordinatorFindsAPersonAddsAnOrganisationAndSeesItInTheAuditTrail() {
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.COORDINATOR);
      assertThat(page.locator("h1").textContent()).isEqualTo("What needs you today");
      long community = org.phasezero.security.SystemActor.call("test check", () ->
          context.getBean(org.phasezero.network.Organisations.class).countBySide()
              .get(org.phasezero.network.Side.COMMUNITY));
      assertThat(community).as("the fixture's two community organisations at least").isGreaterThanOrEqualTo(2);
      assertThat(page.locator(".pz-side-community .pz-stat").first().textContent()).isEqualTo(String.valueOf(community));

      page.navigate(url("/people"));
      page.getByLabel("Search by name").fill("Ada Own " + net.suffix);
      page.locator("form[role=search] button[type=submit]").click();
      page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
          new Page.GetByRoleOptions().setName("Ada Own " + net.suffix)).click();
      assertThat(page.locator("h1").textContent()).isEqualTo("Ada Own " + net.suffix);

      page.navigate(url("/organisations/new"));
      page.locator("button[type=submit]").click();
      assertThat(page.locator(".nhsuk-error-summary").textContent())
          .contains("Enter the organisation's name", "Choose the type of organisation");
      assertAccessible(page);

      String name = "Elders Tea Club " + net.suffix;
      page.getByLabel("Name").fill(name);
      page.getByLabel("Type").selectOption("COMMUNITY_GROUP");
      page.getByLabel("Side").selectOption("COMMUNITY");
      page.locator("button[type=submit]").click();
      assertThat(page.locator("h1").textContent()).isEqualTo(name);

      page.navigate(url("/audit?entityType=organisation"));
      assertThat(page.locator("table").first().textContent()).contains("Organisation '" + name + "' added");
      // The trail reads as who changed what: the action in words, and the fields set, not a JSON dump.
      var row = page.locator("tbody > tr", new Page.LocatorOptions().setHasText("Organisation '" + name + "' added"));
      assertThat(row.locator("td").nth(2).textContent()).contains("Added").doesNotContain("CREATE");
      row.locator("summary").click();
      assertThat(row.locator("details table").textContent()).contains("Name", name, "Side").doesNotContain("{\"");
      assertAccessible(page);
    }
  }

  /** Journey 9: a person record that helps: a namesake is caught, the contact needs its detail, and their page shows what they take part in. */
  @Test
  void aSiteLeadAddingANamesakeIsWarnedAndThePersonPageShowsWhatTheyTakePartIn() {
    String name = "Kwame Boateng " + net.suffix;
    assertThat(new org.phasezero.support.Api(port).post("/api/v1/people", net.token(Role.SITE_LEAD),
        org.phasezero.support.Api.json(java.util.Map.of("displayName", name, "contactPreference", "NONE"))).status())
        .isEqualTo(201);
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.SITE_LEAD);
      page.navigate(url("/people/new"));
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
      page.getByLabel("How to contact them").selectOption("EMAIL");
      page.locator("#form-top button[type=submit]").click();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter their email address");
      assertAccessible(page);
      page.getByLabel("Email").fill("kwame.two." + net.suffix + "@example.org");
      page.locator("#form-top button[type=submit]").click();
      assertThat(page.locator(".nhsuk-error-summary").textContent())
          .contains("already someone called " + name, "different person");
      assertAccessible(page);
      page.getByLabel("This is a different person with the same name").check();
      page.locator("#form-top button[type=submit]").click();
      assertThat(page.locator("h1").textContent()).isEqualTo(name);
      assertThat(page.locator("main").textContent()).contains("Ties", "Meetings attended", "Claims", "None recorded.");

      page.navigate(url("/people/" + net.ownPerson));
      assertThat(page.locator("main").textContent()).contains("Ties", "Ayo Research " + net.suffix, "Bonding");
      assertAccessible(page);
    }
  }

  @Test
  void theSameJourneyWorksWithoutJavaScript() {
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page page = signIn(ctx, Role.SITE_LEAD);
      page.navigate(url("/people/new"));
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("No Script " + net.suffix);
      page.getByLabel("How to contact them").selectOption("NONE");
      page.locator("button[type=submit]").click();
      assertThat(page.locator("h1").textContent()).isEqualTo("No Script " + net.suffix);
      assertThat(page.locator("main").textContent()).contains(net.ownOrg.name());
    }
  }

  @Test
  void everyPageHasNoAccessibilityViolations() {
    List<String> paths = List.of("/", "/organisations", "/organisations/" + net.ownOrg.id(), "/organisations/new",
        "/organisations/" + net.ownOrg.id() + "/edit", "/organisations/" + net.ownOrg.id() + "/void",
        "/sites", "/sites/" + net.ownSite, "/sites/new", "/sites/" + net.ownSite + "/edit",
        "/people", "/people?q=ada", "/people/" + net.ownPerson, "/people/new", "/people/" + net.ownPerson + "/edit",
        "/people/" + net.ownResearchPerson + "/consents/new", "/people/" + net.ownPerson + "/erase", "/ties", "/ties/" + net.ownTie, "/ties/new",
        "/ties/" + net.ownTie + "/edit", "/audit", "/account/tokens", "/no-such-page");
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.COORDINATOR);
      for (String path : paths) {
        page.navigate(url(path));
        assertAccessible(page);
      }
    }
    try (BrowserContext ctx = browser.newContext()) {
      Page page = ctx.newPage();
      page.navigate(url("/login"));
      assertAccessible(page);
      page.navigate(url("/login?error=invalid"));
      assertAccessible(page);
    }
  }

  @Test
  void aStatutoryPartnerSeesSuppressedAggregatesOnAPhone() {
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
      Page page = signIn(ctx, Role.STATUTORY_PARTNER);
      assertThat(page.locator("main").textContent()).contains("fewer than 5");
      assertAccessible(page);
      page.navigate(url("/people"));
      assertThat(page.locator("h1").textContent()).isEqualTo("You cannot see this page");
    }
  }
}
