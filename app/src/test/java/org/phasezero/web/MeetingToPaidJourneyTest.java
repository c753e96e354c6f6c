package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phasezero.security.Role;
import org.phasezero.spaces.SpacesFixture;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnDemoNetwork;
import org.phasezero.support.SetUpAsSystem;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Journey 3, a meeting from start to paid, on a phone (390 px), with and without JavaScript: a site
 * lead plans a meeting, takes the register from the space's members (and someone else who came),
 * keeps the contribution log, records a decision (after a failed try that leaves a working address),
 * removes a record with a reason, and creates the community attendees' claims in one step; the
 * coordinator approves and pays one. The rate card is the live demo's.
 */
@OnDemoNetwork
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class MeetingToPaidJourneyTest extends BrowserTestSupport {

  @Autowired
  ApplicationContext context;

  @Autowired
  Clock clock;

  SpacesFixture fx;

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @BeforeAll
  void start() {
    fx = new SpacesFixture(context);
    launchBrowser();
  }

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  private BrowserContext phone(boolean javaScript) {
    return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setJavaScriptEnabled(javaScript));
  }

  private long planMeeting(Page page, String title) {
    page.navigate(url("/spaces/" + fx.ownSpace));
    page.getByRole(AriaRole.LINK, named("Plan a meeting")).click();
    LocalDate today = LocalDate.now(clock);
    page.getByLabel("Day").fill(String.valueOf(today.getDayOfMonth()));
    page.getByLabel("Month").fill(String.valueOf(today.getMonthValue()));
    page.getByLabel("Year").fill(String.valueOf(today.getYear()));
    page.getByLabel("Title").fill(title);
    page.locator("form#form-top button[type=submit]").click();
    assertThat(page.locator("h1").textContent()).isEqualTo(title);
    return Long.parseLong(page.url().replaceAll(".*/meetings/(\\d+).*", "$1"));
  }

  @Test
  void aSiteLeadTakesAMeetingFromPlanToClaimsOnAPhoneAndTheCoordinatorPaysOne() {
    String ada = "Ada Own " + fx.net.suffix;
    String sam = "Dr Sam Statutory " + fx.net.suffix;
    long meeting;
    String claimPath;
    try (BrowserContext ctx = phone(true)) {
      Page page = signIn(ctx, Role.SITE_LEAD);
      meeting = planMeeting(page, "Phone forum " + fx.net.suffix);
      assertAccessible(page);

      // The register: the space's members as a checklist.
      page.getByLabel(ada, new Page.GetByLabelOptions().setExact(true)).check();
      page.getByLabel(sam, new Page.GetByLabelOptions().setExact(true)).check();
      page.getByRole(AriaRole.BUTTON, named("Save the register")).click();
      assertThat(page.locator("#attendance").textContent()).contains("Attendance (2)");
      assertAccessible(page);

      // Unticking someone recorded needs a reason; the form comes back with the problem focused.
      page.getByLabel(sam, new Page.GetByLabelOptions().setExact(true)).uncheck();
      page.getByRole(AriaRole.BUTTON, named("Save the register")).click();
      assertThat(page.locator("#register .nhsuk-error-summary").textContent())
          .contains("Give a reason for unticking someone already recorded as attending");
      assertThat(page.url()).endsWith("/register#register");
      assertAccessible(page);
      page.reload();
      assertThat(page.locator("h1").textContent()).as("the address left behind still works").isEqualTo("Phone forum " + fx.net.suffix);
      page.getByLabel(sam, new Page.GetByLabelOptions().setExact(true)).uncheck();
      page.getByLabel("If you unticked anyone already recorded, why?").fill("Ticked by mistake");
      page.getByRole(AriaRole.BUTTON, named("Save the register")).click();
      assertThat(page.locator("#attendance").textContent()).contains("Attendance (1)");

      // The contribution log, with feedback at each tap.
      page.getByRole(AriaRole.LINK, named("Open the contribution log")).click();
      page.getByRole(AriaRole.BUTTON, named("Invited: " + ada)).click();
      page.locator("[role=status]", new Page.LocatorOptions().setHasText("Logged: " + ada)).waitFor();
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, named("Back to the meeting")).click();

      // A decision: a failed try leaves an address that reloads to the meeting, then it is recorded.
      page.getByRole(AriaRole.BUTTON, named("Record decision")).click();
      assertThat(page.locator("#decision-form .nhsuk-error-summary").textContent()).contains("Enter the decision");
      assertThat(page.url()).endsWith("/decisions#decision-form");
      page.reload();
      assertThat(page.url()).contains("/meetings/" + meeting);
      page.getByLabel("Decision", new Page.GetByLabelOptions().setExact(true)).fill("Hold the next forum at the church");
      page.getByLabel("Proposed by").selectOption(String.valueOf(fx.net.ownPerson));
      page.getByLabel("How it was agreed").selectOption("CONSENSUS");
      page.getByRole(AriaRole.BUTTON, named("Record decision")).click();
      assertThat(page.locator("#decisions + ul").textContent()).contains("Hold the next forum at the church");

      // Removing it asks why, and the reason is kept.
      page.getByRole(AriaRole.LINK, named("Remove this decision")).click();
      page.locator("#form-top button[type=submit]").click();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter why you are voiding this record");
      assertAccessible(page);
      page.getByLabel("Why are you voiding this record?").fill("Recorded against the wrong meeting");
      page.locator("#form-top button[type=submit]").click();
      assertThat(page.locator("main").textContent()).doesNotContain("Hold the next forum at the church");

      // Claims for the community attendees in one step.
      page.getByRole(AriaRole.LINK, named("Create claims for the community attendees")).click();
      assertAccessible(page);
      assertThat(page.getByLabel(ada).isChecked()).isTrue();
      assertThat(page.locator("main").textContent()).as("statutory staff are not paid").doesNotContain(sam);
      page.getByRole(AriaRole.BUTTON, named("Create the claims")).click();
      assertThat(page.locator("[role=status]").textContent()).contains("1 claim created", ada);
      claimPath = page.locator("[role=status] a").getAttribute("href");
      assertThat(page.locator("main").textContent()).contains("Every community attendee you can claim for has a claim");
      assertAccessible(page);
      assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
    }
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url(claimPath));
      page.getByRole(AriaRole.BUTTON, named("Approve")).click();
      page.getByRole(AriaRole.LINK, named("Record payment")).click();
      LocalDate today = LocalDate.now(clock);
      page.getByLabel("Day").fill(String.valueOf(today.getDayOfMonth()));
      page.getByLabel("Month").fill(String.valueOf(today.getMonthValue()));
      page.getByLabel("Year").fill(String.valueOf(today.getYear()));
      page.getByLabel("How it was paid").selectOption("BANK_TRANSFER");
      page.locator("#form-top button[type=submit]").click();
      assertThat(page.locator("main").textContent()).contains("by Bank transfer");
      assertAccessible(page);
    }
  }

  @Test
  void withoutJavaScriptTheRegisterSomeoneElseTheLogAndTheClaimsAllWork() {
    String ada = "Ada Own " + fx.net.suffix;
    try (BrowserContext ctx = phone(false)) {
      Page page = signIn(ctx, Role.SITE_LEAD);
      long meeting = planMeeting(page, "No-script forum " + fx.net.suffix);
      page.getByLabel(ada, new Page.GetByLabelOptions().setExact(true)).check();
      page.getByRole(AriaRole.BUTTON, named("Save the register")).click();
      assertThat(page.locator("#attendance").textContent()).contains("Attendance (1)");
      // Someone who is not a member of the space came too: found with the person picker's search step.
      page.getByLabel("Search for a person").fill("Ayo Research " + fx.net.suffix);
      page.getByRole(AriaRole.BUTTON, named("Search")).click();
      page.getByLabel("Ayo Research " + fx.net.suffix).check();
      page.getByRole(AriaRole.BUTTON, named("Record that they came")).click();
      assertThat(page.locator("#attendance").textContent()).contains("Attendance (2)");
      assertAccessibleWithoutJavaScript(page);

      page.navigate(url("/meetings/" + meeting + "/log"));
      page.getByRole(AriaRole.BUTTON, named(ada + " · Community")).click();
      assertThat(page.locator("[role=status]").textContent()).contains("Logged: " + ada + " spoke (first time).");

      page.navigate(url("/payments/meetings/" + meeting + "/claims"));
      page.getByRole(AriaRole.BUTTON, named("Create the claims")).click();
      assertThat(page.locator("[role=status]").textContent()).contains("2 claims created");
      assertAccessibleWithoutJavaScript(page);
    }
  }
}
