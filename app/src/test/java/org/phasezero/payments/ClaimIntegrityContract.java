package org.phasezero.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.Api;
import org.phasezero.support.Race;

/**
 * Money that cannot be paid twice or by one person alone, on each supported database: 25
 * identical claims at once make one; two coordinators approving and paying at once approve and pay
 * once; whoever submitted a claim may not approve it (unless a one-person hub switches the rule
 * off, audited); a claim can name only a meeting of a partnership its maker may see.
 */
abstract class ClaimIntegrityContract extends PaymentsApiSupport {
  /** A meeting, attended by the own person, of a partnership the site lead is not in (made as the system). */
  long hiddenMeeting(String partnershipName, LocalDate date, String title) {
    return SystemActor.call("test fixture", () -> {
      var p = new org.phasezero.partnerships.PartnershipForm();
      p.setName(partnershipName);
      p.setFocus("Another borough");
      p.setStartedOn(LocalDate.of(2024, 1, 1));
      p.setOrganisationIds(List.of(fx.net.otherOrg.id(), fx.net.statutoryOrg.id()));
      long partnership = context.getBean(org.phasezero.partnerships.Partnerships.class).create(p).id();
      long space = context.getBean(org.phasezero.spaces.SharedSpaces.class)
          .create(org.phasezero.spaces.SpacesFixture.space(partnership, partnershipName + " forum")).id();
      var meetings = context.getBean(org.phasezero.spaces.Meetings.class);
      long m = meetings.create(org.phasezero.spaces.SpacesFixture.meeting(space, date, title)).id();
      meetings.recordAttendance(m, fx.net.ownPerson);
      return m;
    });
  }

  @Test
  void theClaimFormOffersRecentMeetingsTheUserMaySeeByDateAndTitle() {
    LocalDate recent = LocalDate.now().minusDays(9);
    long own = fx.meeting(recent);
    hiddenMeeting("Recently elsewhere " + fx.net.suffix, recent, "Recent confidential " + fx.net.suffix);
    String siteLeadForm = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.SITE_LEAD),
        org.phasezero.support.TestNetwork.PASSWORD).get("/payments/claims/new").body();
    assertThat(siteLeadForm).contains("<option value=\"" + own + "\">").contains("Forum " + recent)
        .doesNotContain("Recent confidential");
    String coordinatorForm = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.COORDINATOR),
        org.phasezero.support.TestNetwork.PASSWORD).get("/payments/claims/new").body();
    assertThat(coordinatorForm).contains("Recent confidential " + fx.net.suffix).doesNotContain("Meeting number");
  }

  @Test
  void aSiteLeadCannotClaimForOrReadTheTitleOfAMeetingOfAPartnershipTheyAreNotIn() {
    long hidden = hiddenMeeting("Elsewhere " + fx.net.suffix, LocalDate.of(2025, 5, 20),
        "Confidential planning " + fx.net.suffix);
    String siteLead = fx.net.token(Role.SITE_LEAD);
    var refused = api.post("/api/v1/claims", siteLead, Api.json(claim(fx.net.ownPerson, hidden, "1", List.of())));
    var missing = api.post("/api/v1/claims", siteLead, Api.json(claim(fx.net.ownPerson, 987654321L, "1", List.of())));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.detail()).doesNotContain("Confidential planning")
        .isEqualTo(missing.detail().replace("987654321", String.valueOf(hidden)));
    var page = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.SITE_LEAD),
        org.phasezero.support.TestNetwork.PASSWORD).get("/payments/claims/new?meetingId=" + hidden);
    assertThat(page.body()).doesNotContain("Confidential planning");
    assertThat(api.post("/api/v1/claims", coordinator, Api.json(claim(fx.net.ownPerson, hidden, "1", List.of())))
        .status()).as("the coordinator sees every partnership").isEqualTo(201);
    // The person's page lists what they attended and were paid for, as far as the viewer may see.
    String coordinatorView = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.COORDINATOR),
        org.phasezero.support.TestNetwork.PASSWORD).get("/people/" + fx.net.ownPerson).body();
    assertThat(coordinatorView).contains("Meetings attended", "Confidential planning " + fx.net.suffix, "Claims",
        "Their payment statement");
    String siteLeadView = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.SITE_LEAD),
        org.phasezero.support.TestNetwork.PASSWORD).get("/people/" + fx.net.ownPerson).body();
    assertThat(siteLeadView).contains("Meetings attended").doesNotContain("Confidential planning");
  }

  @Test
  void twentyFiveIdenticalClaimsAtOnceMakeOneClaim() throws Exception {
    long meeting = fx.meeting(LocalDate.of(2025, 7, 7));
    String body = Api.json(claim(fx.net.ownPerson, meeting, "2", List.of()));
    List<Integer> statuses = Race.of(() -> api.post("/api/v1/claims", coordinator, body).status());
    assertThat(Race.count(statuses, 201)).as(statuses.toString()).isEqualTo(1);
    assertThat(Race.count(statuses, 409)).as(statuses.toString()).isEqualTo(Race.THREADS - 1);
    assertThat(db.sql("select count(*) from payment_claim where meeting_id = ? and voided_at is null")
        .param(meeting).query(Long.class).single()).isEqualTo(1);
    // Once voided, the claim no longer stands in the way of a corrected one.
    long id = db.sql("select id from payment_claim where meeting_id = ?").param(meeting).query(Long.class).single();
    assertThat(api.post("/api/v1/claims/" + id + "/void", coordinator, "{\"reason\":\"wrong hours\"}").status())
        .isEqualTo(200);
    assertThat(api.post("/api/v1/claims", coordinator, body).status()).isEqualTo(201);
  }

  /** The claims for a meeting's attendees: a form sent back with a problem keeps who was left out, left out. */
  @Test
  void aMeetingsClaimsFormKeepsWhoWasLeftOutWhenItComesBack() {
    long meeting = fx.meeting(LocalDate.now().minusDays(3));
    org.phasezero.support.WebSession web = org.phasezero.support.WebSession.signIn(port,
        fx.net.usernames.get(Role.COORDINATOR), org.phasezero.support.TestNetwork.PASSWORD);
    String form = "/payments/meetings/" + meeting + "/claims";
    String opened = web.get(form).body();
    assertThat(checked(opened, fx.net.ownPerson)).isTrue();
    assertThat(checked(opened, fx.net.otherPerson)).as("everyone is ticked when the form opens").isTrue();
    String back = web.post(form, form, Map.of("personIds", String.valueOf(fx.net.ownPerson), "hours", "abc")).body();
    assertThat(back).contains("nhsuk-error-summary");
    assertThat(checked(back, fx.net.ownPerson)).isTrue();
    assertThat(checked(back, fx.net.otherPerson)).as("left out, still left out").isFalse();
    assertThat(db.sql("select count(*) from payment_claim where meeting_id = ?").param(meeting).query(Long.class)
        .single()).isZero();
  }

  /** Whether the page's checkbox for this person is ticked. */
  private static boolean checked(String page, long personId) {
    int at = page.indexOf("value=\"" + personId + "\"");
    assertThat(at).as("a checkbox for person " + personId).isPositive();
    String input = page.substring(page.lastIndexOf("<input", at), page.indexOf('>', at));
    return input.contains("checked");
  }

  @Test
  void whoeverSubmittedAClaimMayNotApproveIt() {
    long id = submit(LocalDate.of(2025, 6, 4), "1", List.of());
    var own = api.post("/api/v1/claims/" + id + "/approve", coordinator, "");
    assertThat(own.status()).as(own.body()).isEqualTo(409);
    assertThat(own.detail()).contains("another coordinator approves it").doesNotContain("phasezero.payments");
    assertThat(api.get("/api/v1/claims/" + id, coordinator).json().get("status").asString()).isEqualTo("SUBMITTED");
    // Their page offers no Approve button but says who approves.
    org.phasezero.support.WebSession submitter = org.phasezero.support.WebSession.signIn(port,
        fx.net.usernames.get(org.phasezero.security.Role.COORDINATOR), org.phasezero.support.TestNetwork.PASSWORD);
    assertThat(submitter.get("/payments/claims/" + id).body()).contains("so another coordinator approves it",
            "1 hour at £25.00 an hour")
        .doesNotContain("/payments/claims/" + id + "/approve");
    org.phasezero.support.WebSession another = org.phasezero.support.WebSession.signIn(port,
        "approver-" + fx.net.suffix, org.phasezero.support.TestNetwork.PASSWORD);
    assertThat(another.get("/payments/claims/" + id).body()).contains("/payments/claims/" + id + "/approve")
        .doesNotContain("so another coordinator approves it");
    assertThat(api.post("/api/v1/claims/" + id + "/approve", fx.approver, "").status()).isEqualTo(200);
  }

  @Test
  void aOnePersonHubMayApproveItsOwnClaimsAndEachSuchApprovalIsAudited() {
    // The same service as configured with phasezero.payments.separation-of-duties=false.
    ClaimDecisions onePersonHub = new ClaimDecisions(db, context.getBean(Claims.class), context.getBean(Budgets.class),
        context, java.time.Clock.systemUTC(), false);
    long meeting = fx.meeting(LocalDate.of(2025, 6, 5));
    ClaimForm f = new ClaimForm();
    f.setPersonId(fx.net.ownPerson);
    f.setMeetingId(meeting);
    f.setActivity(Activity.MEETING);
    f.setUnit(RateUnit.HOUR);
    f.setQuantity(BigDecimal.ONE);
    long id = SystemActor.call("one-person hub", () -> onePersonHub.approve(context.getBean(Claims.class).create(f).id()))
        .id();
    var trail = api.get("/api/v1/audit?entityType=payment_claim&entityId=" + id, coordinator).json().get("items");
    assertThat(trail).extracting(n -> n.get("action").asString())
        .containsExactly("APPROVE", "APPROVE_OWN_CLAIM", "CREATE");
  }

  @Test
  void twoCoordinatorsApprovingAndPayingAtOnceApproveAndPayOnce() throws Exception {
    long id = submit(LocalDate.of(2025, 6, 2), "1", List.of());
    List<Integer> approvals = Race.of(2, () -> api.post("/api/v1/claims/" + id + "/approve", fx.approver, "").status());
    assertThat(approvals).containsExactlyInAnyOrder(200, 409);
    String pay = Api.json(Map.of("paidOn", "2025-06-10", "method", "VOUCHER"));
    List<Integer> payments = Race.of(2, () -> api.post("/api/v1/claims/" + id + "/pay", coordinator, pay).status());
    assertThat(payments).containsExactlyInAnyOrder(200, 409);
    var trail = api.get("/api/v1/audit?entityType=payment_claim&entityId=" + id, coordinator).json().get("items");
    assertThat(trail).extracting(n -> n.get("action").asString()).containsExactly("PAY", "APPROVE", "CREATE");
    assertThat(db.sql("select version from payment_claim where id = ?").param(id).query(Integer.class).single())
        .as("created at 0, approved once, paid once").isEqualTo(2);
  }
}
