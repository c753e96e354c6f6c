package org.phasezero.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnDemoNetwork;
import org.phasezero.support.SetUpAsSystem;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The shared-spaces journeys in real headless Chromium, with axe-core on every page (zero
 * violations): a site lead keeps a meeting's contribution log on a phone-sized viewport, with and
 * without JavaScript; a meeting is planned and its decisions recorded; a statutory partner reads
 * the demo forum's participation chart. The demo network is loaded too, as its history is part of
 * what is checked.
 */
@OnDemoNetwork
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class SpacesJourneysTest extends BrowserTestSupport {

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @Autowired
  ApplicationContext context;

  SpacesFixture fx;

  @BeforeAll
  void start() {
    fx = new SpacesFixture(context);
    launchBrowser();
  }

  List<String> logged(long meetingId) {
    return SystemActor.call("tests", () -> context.getBean(ContributionLog.class).entries(meetingId)).stream()
        .map(c -> c.personId() + (c.invited() ? " invited" : "")).toList();
  }

  Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  @Test
  void aSiteLeadRecordsAMeetingsContributionsOnAPhoneSizedViewport() {
    Meetings meetings = context.getBean(Meetings.class);
    long meeting = SystemActor.call("test fixture", () -> {
      long id = meetings.create(SpacesFixture.meeting(fx.ownSpace, SpacesFixture.MET_ON.plusMonths(1), "July forum")).id();
      meetings.recordAttendance(id, fx.net.ownPerson);
      meetings.recordAttendance(id, fx.statutoryPerson);
      return id;
    });
    String ada = "Ada Own " + fx.net.suffix;
    String sam = "Dr Sam Statutory " + fx.net.suffix;
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
      Page page = signIn(ctx, Role.SITE_LEAD);
      page.navigate(url("/spaces/" + fx.ownSpace));
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, named("10 July 2025: July forum")).click();
      page.waitForURL(url("/meetings/" + meeting));
      assertThat(page.locator("h1").textContent()).isEqualTo("July forum");
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, named("Open the contribution log")).click();
      page.waitForURL(url("/meetings/" + meeting + "/log"));
      assertThat(page.locator("h1").textContent()).isEqualTo("Contribution log");
      assertAccessible(page);

      // "Invited" sits beside each name; every tap is said back at once, with the person's count.
      page.getByRole(AriaRole.BUTTON, named("Invited: " + ada)).click();
      page.locator("#latest", new Page.LocatorOptions().setHasText("1 in all")).waitFor();
      assertThat(page.locator("[role=status]").textContent().strip())
          .isEqualTo("Logged: " + ada + " spoke when invited by the chair (first time).");
      assertThat(page.locator("#log-panel ol li").first().textContent()).contains(ada, "Invited");
      page.getByRole(AriaRole.BUTTON, named(sam + " · Statutory")).click();
      page.locator("#latest", new Page.LocatorOptions().setHasText("2 in all")).waitFor();
      page.getByRole(AriaRole.BUTTON, named(sam + " · Statutory")).click();
      page.locator("#latest", new Page.LocatorOptions().setHasText("3 in all")).waitFor();
      assertThat(page.locator("[role=status]").textContent().strip())
          .isEqualTo("Logged: " + sam + " spoke (2 times so far).");
      assertThat(page.locator(".pz-log-row--just-logged .pz-log-count").textContent()).isEqualTo("2");
      page.getByRole(AriaRole.BUTTON, named("Undo the last entry")).click();
      page.locator("#latest", new Page.LocatorOptions().setHasText("2 in all")).waitFor();
      assertThat(page.locator("#log-panel").textContent()).contains("The last entry was undone.");
      assertAccessible(page);
      assertThat(page.evaluate("() => [...document.querySelectorAll('main *')]"
          + ".every(e => e.getBoundingClientRect().right <= window.innerWidth)"))
          .as("the log fits a phone's width").isEqualTo(true);
    }
    assertThat(logged(meeting)).containsExactly(fx.net.ownPerson + " invited", String.valueOf(fx.statutoryPerson));

    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
        .setJavaScriptEnabled(false))) {
      Page page = signIn(ctx, Role.SITE_LEAD);
      page.navigate(url("/meetings/" + meeting + "/log"));
      page.getByRole(AriaRole.BUTTON, named(ada + " · Community")).click();
      assertThat(page.url()).contains("/meetings/" + meeting + "/log?recorded=").endsWith("#latest");
      assertThat(page.locator("#latest").textContent()).contains("3 in all");
      assertThat(page.locator("[role=status]").textContent().strip()).isEqualTo("Logged: " + ada + " spoke (2 times so far).");
    }
    assertThat(logged(meeting)).hasSize(3).endsWith(String.valueOf(fx.net.ownPerson));
  }

  @Test
  void aCoordinatorPlansAMeetingRecordsAttendanceAndADecision() {
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/meetings/new?spaceId=" + fx.ownSpace));
      page.getByLabel("Title").fill("");
      page.locator("form#form-top button[type=submit]").click();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter a title for the meeting");
      assertAccessible(page);
      // Dates as people write them, day, month and year; a date that does not exist is refused in words.
      page.getByLabel("Day").fill("31");
      page.getByLabel("Month").fill("6");
      page.getByLabel("Year").fill("2025");
      page.getByLabel("Title").fill("August forum");
      page.locator("form#form-top button[type=submit]").click();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter a real date")
          .doesNotContain("java", "convert");
      assertAccessible(page);
      page.getByLabel("Day").fill("5");
      page.getByLabel("Month").fill("8");
      page.getByLabel("Step on the ladder of co-production").selectOption("CO_DESIGN");
      page.getByLabel("Co-design").check();
      page.locator("form#form-top button[type=submit]").click();
      assertThat(page.locator("h1").textContent()).isEqualTo("August forum");
      // The register lists the space's members as a checklist.
      page.getByLabel("Ada Own " + fx.net.suffix, new Page.GetByLabelOptions().setExact(true)).check();
      page.getByRole(AriaRole.BUTTON, named("Save the register")).click();
      assertThat(page.locator("#attendance").textContent()).contains("Attendance (1)");

      page.getByRole(AriaRole.BUTTON, named("Record decision")).click();
      assertThat(page.locator(".nhsuk-error-summary").textContent())
          .contains("Enter the decision", "Choose how the decision was agreed");
      assertAccessible(page);
      page.getByLabel("Decision", new Page.GetByLabelOptions().setExact(true)).fill("Meet at the temple in September");
      page.getByLabel("Proposed by").selectOption(String.valueOf(fx.net.ownPerson));
      page.getByLabel("How it was agreed").selectOption("CONSENSUS");
      page.getByRole(AriaRole.BUTTON, named("Record decision")).click();
      assertThat(page.locator("#decisions + ul").textContent()).contains("Meet at the temple in September",
          "Ada Own " + fx.net.suffix + " (Community side), agreed by consensus");
      assertAccessible(page);
    }
  }

  @Test
  void aStatutoryPartnerReadsTheDemoForumsParticipationChartButNotWhoSpoke() {
    SpaceOverview forum = SystemActor.call("tests", () -> context.getBean(SharedSpaces.class).overviews(null)).stream()
        .filter(s -> s.name().equals("African and Caribbean mental health forum")).findFirst().orElseThrow();
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.STATUTORY_PARTNER);
      page.navigate(url("/spaces"));
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, named("African and Caribbean mental health forum")).click();
      page.waitForURL(url("/spaces/" + forum.id()));
      assertThat(page.locator("svg[role=img]:visible title").textContent())
          .isEqualTo("Participation at meetings of African and Caribbean mental health forum");
      // On a phone the narrow drawing is shown, and its labels are drawn at a readable size (not shrunk to 6 px).
      page.setViewportSize(390, 844);
      assertThat(page.locator("svg.pz-chart--narrow").isVisible()).isTrue();
      assertThat(page.locator("svg.pz-chart--wide").isVisible()).isFalse();
      assertThat((Number) page.evaluate("() => Math.min(...[...document.querySelectorAll('svg.pz-chart--narrow text')]"
          + ".map(t => t.getBoundingClientRect().height))")).satisfies(h -> assertThat(h.doubleValue()).isGreaterThanOrEqualTo(11));
      assertAccessible(page);
      page.setViewportSize(1280, 800);
      assertThat(page.locator("#participation table tbody tr").count()).isEqualTo(DemoSpacesHistory.MEETINGS);
      assertThat(page.locator("#members").count()).as("no member list for aggregate-only roles").isZero();
      assertAccessible(page);
    }
    assertThat(forum.partnershipName()).isEqualTo("African and Caribbean mental health forum");
  }

  /**
   * The demo's story, read back through the measures: in the first seven meetings no contribution
   * was invited and the community side spoke less than its share of attendance; from the eighth,
   * invitations are the norm and the community side's share of contributions rises.
   */
  @Test
  void theDemoForumsCommunityParticipationRisesOnceInvitationsBecomeTheNorm() {
    // The measures as the system computes them for every role, before any suppression.
    try (var system = SystemActor.enter("tests")) {
      ParticipationMeasures measures = context.getBean(ParticipationMeasures.class);
      // The demo's own spaces: other test classes add spaces of their own to this database.
      List<SpaceOverview> demoSpaces = context.getBean(SharedSpaces.class).overviews(null).stream()
          .filter(s -> DEMO_SPACES.contains(s.name())).toList();
      assertThat(demoSpaces).hasSize(DEMO_SPACES.size());
      for (SpaceOverview s : demoSpaces) {
        List<ParticipationTrend.Point> points = measures.trend(s.id()).points();
        assertThat(points).as(s.name()).hasSize(DemoSpacesHistory.MEETINGS);
        List<MeetingMeasures> before = points.subList(0, DemoSpacesHistory.INVITING_FROM).stream()
            .map(ParticipationTrend.Point::measures).toList();
        List<MeetingMeasures> after = points.subList(DemoSpacesHistory.INVITING_FROM, points.size()).stream()
            .map(ParticipationTrend.Point::measures).toList();
        assertThat(before).allSatisfy(m -> assertThat(m.invitedContributions()).isZero());
        assertThat(after).allSatisfy(m -> assertThat(m.invitedContributions()).isPositive());
        assertThat(mean(after)).as(s.name()).isGreaterThan(mean(before) + 0.15);
        assertThat(mean(before)).as(s.name() + ": before, the community side spoke below its share of attendance")
            .isLessThan(before.stream().mapToDouble(MeetingMeasures::communityAttendanceShare).average().orElseThrow());
      }
    }
  }

  static final List<String> DEMO_SPACES = List.of("African and Caribbean mental health forum",
      "Tamil talking therapies reference group");

  static double mean(List<MeetingMeasures> ms) {
    return ms.stream().mapToDouble(MeetingMeasures::communityContributionShare).average().orElseThrow();
  }

  /** The demo's plan, as the demo states it (meetings per space, and when invitations began). */
  static final class DemoSpacesHistory {
    static final int MEETINGS = 24;
    static final int INVITING_FROM = 7;
  }
}
