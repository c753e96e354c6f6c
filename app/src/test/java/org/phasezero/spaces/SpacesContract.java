package org.phasezero.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.partnerships.ReadinessCheck;
import org.phasezero.partnerships.ReadinessEvidence;
import org.phasezero.partnerships.TimelineEntry;
import org.phasezero.partnerships.TimelineSource;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.Api;
import org.phasezero.support.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Shared spaces and meetings through their JSON API, run against each supported database: forming a
 * space, members by side, a meeting's attendance, contribution log, decisions, actions and measures
 * (worked out by hand), the facts other capabilities rely on, and bad input answered clearly with
 * nothing half-written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpacesContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  SpacesFixture fx;
  String coordinator;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new SpacesFixture(context);
    coordinator = fx.net.token(Role.COORDINATOR);
  }

  long count(String table) {
    return db.sql("select count(*) from " + table).query(Long.class).single();
  }

  long newMeeting(LocalDate date, long... attendees) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("spaceId", fx.ownSpace);
    body.put("date", date.toString());
    body.put("title", "Meeting of " + date);
    body.put("ladderStep", "CONSULTATION");
    body.put("coDesign", true);
    var created = api.post("/api/v1/meetings", coordinator, Api.json(body));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    for (long person : attendees) {
      assertThat(api.post("/api/v1/meetings/" + id + "/attendance", coordinator, "{\"personId\":" + person + "}").status())
          .isEqualTo(201);
    }
    return id;
  }

  Api.Response tap(long meetingId, long personId, boolean invited) {
    return api.post("/api/v1/meetings/" + meetingId + "/contributions", coordinator,
        "{\"personId\":" + personId + ",\"invited\":" + invited + "}");
  }

  @Test
  void aCoordinatorFormsASpaceWhoseMembersStandOnTheSideOfTheirOrganisation() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("partnershipId", fx.ownPartnership);
    body.put("name", "Reference group " + fx.net.suffix);
    body.put("kind", "REFERENCE_GROUP");
    body.put("termsOfReference", "Advise on the talking therapies pathway");
    body.put("chairPersonId", fx.net.ownPerson);
    body.put("cadence", "Quarterly");
    var created = api.post("/api/v1/spaces", coordinator, Api.json(body));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.json().get("chairName").asString()).isEqualTo("Ada Own " + fx.net.suffix);

    api.post("/api/v1/spaces/" + id + "/members", coordinator, "{\"personId\":" + fx.net.ownPerson + "}");
    var members = api.post("/api/v1/spaces/" + id + "/members", coordinator,
        "{\"personId\":" + fx.statutoryPerson + ",\"joinedOn\":\"2025-01-20\"}").json().get("members");
    assertThat(members).extracting(m -> m.get("personId").asLong() + ":" + m.get("side").asString())
        .containsExactly(fx.net.ownPerson + ":COMMUNITY", fx.statutoryPerson + ":STATUTORY");

    var twice = api.post("/api/v1/spaces/" + id + "/members", coordinator, "{\"personId\":" + fx.net.ownPerson + "}");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.detail()).contains("already a member");

    body.put("cadence", "Monthly");
    body.put("version", 0);
    assertThat(api.put("/api/v1/spaces/" + id, coordinator, Api.json(body)).json().get("version").asInt()).isEqualTo(1);
    var stale = api.put("/api/v1/spaces/" + id, coordinator, Api.json(body));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.detail()).contains("changed this shared space");
  }

  @Test
  void theContributionLogCountsBySideAndTheMeasuresMatchTheOnesWorkedOutByHand() {
    long m = newMeeting(LocalDate.of(2025, 9, 1), fx.net.ownPerson, fx.net.ownResearchPerson, fx.statutoryPerson);
    for (int i = 0; i < 3; i++) {
      assertThat(tap(m, fx.statutoryPerson, false).status()).isEqualTo(201);
    }
    tap(m, fx.net.ownPerson, true);
    tap(m, fx.net.ownPerson, false);
    tap(m, fx.net.ownResearchPerson, true);
    long mistaken = tap(m, fx.statutoryPerson, false).json().get("id").asLong();
    var undone = api.post("/api/v1/meetings/" + m + "/contributions/undo", coordinator, "");
    assertThat(undone.json().get("id").asLong()).isEqualTo(mistaken);
    assertThat(undone.json().get("voidReason").asString()).isEqualTo("undone");
    assertThat(api.get("/api/v1/meetings/" + m + "/contributions", coordinator).json()).hasSize(6);

    var decided = api.post("/api/v1/meetings/" + m + "/decisions", coordinator, Api.json(Map.of(
        "text", "Open the forum to carers", "proposedByPersonId", fx.statutoryPerson, "agreedHow", "VOTE")));
    assertThat(decided.json().get("proposedSide").asString()).isEqualTo("STATUTORY");
    api.post("/api/v1/meetings/" + m + "/decisions", coordinator, Api.json(Map.of(
        "text", "Translate the leaflet into Tamil", "proposedSide", "COMMUNITY", "agreedHow", "CONSENSUS")));
    long onTime = agree(m, fx.net.ownPerson, "2025-09-15");
    long late = agree(m, fx.statutoryPerson, "2025-09-15");
    agree(m, fx.statutoryPerson, "2025-09-30");
    assertThat(api.post("/api/v1/meetings/" + m + "/actions/" + onTime + "/done", coordinator,
        "{\"doneOn\":\"2025-09-10\"}").status()).isEqualTo(200);
    api.post("/api/v1/meetings/" + m + "/actions/" + late + "/done", coordinator, "{\"doneOn\":\"2025-09-20\"}");

    // By hand: 3 attended, 2 community (Ada, Ayo) and 1 statutory (Sam): attendance share 2/3.
    // Six live contributions, 3 community: contribution share 1/2, ratio (1/2)/(2/3) = 3/4.
    // Invited: 2 of 6 = 1/3. Speakers: Ada, Ayo, Sam = 3. Decisions: 1 community of 2 = 1/2.
    // Actions: community 1 settled, 1 on time; statutory 2 settled (one late, one past due), 0 on time.
    JsonNode measures = api.get("/api/v1/meetings/" + m + "/measures", coordinator).json();
    assertThat(measures.get("attendees").asInt()).isEqualTo(3);
    assertThat(measures.get("communityAttendanceShare").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(measures.get("communityContributionShare").asDouble()).isEqualTo(0.5);
    assertThat(measures.get("participationRatio").asDouble()).isCloseTo(0.75, within(1e-12));
    assertThat(measures.get("invitedContributions").asInt()).isEqualTo(2);
    assertThat(measures.get("invitedShare").asDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(measures.get("distinctSpeakers").asInt()).isEqualTo(3);
    assertThat(measures.get("communityDecisionShare").asDouble()).isEqualTo(0.5);
    assertThat(measures.at("/actionsOnTime/COMMUNITY/share").asDouble()).isEqualTo(1.0);
    assertThat(measures.at("/actionsOnTime/STATUTORY/settled").asInt()).isEqualTo(2);
    assertThat(measures.at("/actionsOnTime/STATUTORY/share").asDouble()).isEqualTo(0.0);
    assertThat(measures.toString()).as("measures name no one").doesNotContain("Ada", "personId");

    var trail = api.get("/api/v1/audit?entityType=contribution&entityId=" + mistaken, coordinator).json().get("items");
    assertThat(trail).extracting(n -> n.get("action").asString()).containsExactly("VOID", "CREATE");
    // The coordinator's trail names who spoke, as claims do, not a number.
    assertThat(trail).extracting(n -> n.get("summary").asString())
        .allMatch(summary -> !summary.matches(".*person \\d+.*"))
        .allMatch(summary -> summary.contains(displayName(fx.statutoryPerson)));
  }

  String displayName(long personId) {
    return api.get("/api/v1/people/" + personId, coordinator).json().get("displayName").asString();
  }

  long agree(long meeting, long owner, String due) {
    var r = api.post("/api/v1/meetings/" + meeting + "/actions", coordinator, Api.json(Map.of(
        "text", "Action for " + owner, "ownerPersonId", owner, "dueOn", due)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  @Test
  void twentyFiveSimultaneousAttendanceRecordsCountThePersonOnce() throws Exception {
    long m = newMeeting(LocalDate.of(2025, 2, 3));
    String body = "{\"personId\":" + fx.net.ownResearchPerson + "}";
    List<Integer> statuses = Race.of(() -> api.post("/api/v1/meetings/" + m + "/attendance", coordinator, body).status());
    assertThat(Race.count(statuses, 201)).as(statuses.toString()).isEqualTo(1);
    assertThat(Race.count(statuses, 409)).as(statuses.toString()).isEqualTo(Race.THREADS - 1);
    assertThat(db.sql("select count(*) from meeting_attendance where meeting_id = ? and voided_at is null")
        .param(m).query(Long.class).single()).isEqualTo(1);
    var measures = api.get("/api/v1/meetings/" + m + "/measures", coordinator);
    assertThat(measures.status()).isEqualTo(200);
    // Withdrawn in error, the attendance can be recorded again.
    assertThat(api.post("/api/v1/meetings/" + m + "/attendance/" + fx.net.ownResearchPerson + "/void", coordinator,
        "{\"reason\":\"recorded against the wrong meeting\"}").status()).isEqualTo(200);
    assertThat(api.post("/api/v1/meetings/" + m + "/attendance", coordinator, body).status()).isEqualTo(201);
  }

  @Test
  void twentyFiveSimultaneousJoinsMakeOneMember() throws Exception {
    String body = "{\"personId\":" + fx.net.ownResearchPerson + "}";
    List<Integer> statuses = Race.of(() -> api.post("/api/v1/spaces/" + fx.otherSpace + "/members", coordinator, body)
        .status());
    assertThat(Race.count(statuses, 200)).as(statuses.toString()).isEqualTo(1);
    assertThat(Race.count(statuses, 409)).as(statuses.toString()).isEqualTo(Race.THREADS - 1);
    assertThat(db.sql("select count(*) from space_member where space_id = ? and person_id = ? and voided_at is null")
        .params(fx.otherSpace, fx.net.ownResearchPerson).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aSiteLeadCannotMakeSomeoneTheyMayNotSeeChairToLearnTheirName() {
    String siteLead = fx.net.token(Role.SITE_LEAD);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("partnershipId", fx.ownPartnership);
    body.put("name", "Probe " + fx.net.suffix);
    body.put("kind", "FORUM");
    body.put("chairPersonId", fx.net.otherPerson);
    var hidden = api.post("/api/v1/spaces", siteLead, Api.json(body));
    body.put("chairPersonId", 987654321L);
    var missing = api.post("/api/v1/spaces", siteLead, Api.json(body));
    assertThat(hidden.status()).isEqualTo(409);
    assertThat(missing.status()).isEqualTo(409);
    assertThat(hidden.body()).doesNotContain("Bola Other");
    assertThat(hidden.detail().replace(String.valueOf(fx.net.otherPerson), "N"))
        .as("a hidden person and a missing one are refused alike").isEqualTo(missing.detail().replace("987654321", "N"));
    // Their own organisation's people, and people already in the space, may chair it.
    body.put("chairPersonId", fx.net.ownPerson);
    var own = api.post("/api/v1/spaces", siteLead, Api.json(body));
    assertThat(own.status()).as(own.body()).isEqualTo(201);
    assertThat(own.json().get("chairName").asString()).isEqualTo("Ada Own " + fx.net.suffix);
    long id = own.json().get("id").asLong();
    body.put("chairPersonId", fx.statutoryPerson);
    body.put("version", 0);
    assertThat(api.put("/api/v1/spaces/" + id, siteLead, Api.json(body)).status()).as("not a member yet").isEqualTo(409);
    assertThat(api.post("/api/v1/spaces/" + id + "/members", coordinator, "{\"personId\":" + fx.statutoryPerson + "}")
        .status()).isEqualTo(200);
    var chaired = api.put("/api/v1/spaces/" + id, siteLead, Api.json(body));
    assertThat(chaired.status()).as(chaired.body()).isEqualTo(200);
    assertThat(chaired.json().get("chairName").asString()).isEqualTo("Dr Sam Statutory " + fx.net.suffix);
  }

  @Test
  void otherCapabilitiesCanAskWhoAttendedAMeeting() {
    Meetings meetings = context.getBean(Meetings.class);
    assertThat(meetings.attended(fx.net.ownPerson, fx.ownMeeting)).isTrue();
    assertThat(meetings.attended(fx.net.otherPerson, fx.ownMeeting)).isFalse();
    assertThat(meetings.attended(fx.net.ownPerson, Long.MAX_VALUE)).isFalse();
    assertThat(meetings.find(fx.ownMeeting)).contains(
        new MeetingSummary(fx.ownMeeting, fx.ownSpace, fx.ownPartnership, SpacesFixture.MET_ON, "June forum"));
    assertThat(meetings.find(Long.MAX_VALUE)).isEmpty();
  }

  @Test
  void voidingAMeetingMeansNoOneAttendedItAnyMore() {
    long m = newMeeting(LocalDate.of(2025, 10, 6), fx.net.ownPerson);
    Meetings meetings = context.getBean(Meetings.class);
    assertThat(meetings.attended(fx.net.ownPerson, m)).isTrue();
    assertThat(api.post("/api/v1/meetings/" + m + "/void", coordinator, "{\"reason\":\"entered twice\"}").status())
        .isEqualTo(200);
    assertThat(meetings.attended(fx.net.ownPerson, m)).isFalse();
    assertThat(meetings.find(m)).isEmpty();
    var late = tap(m, fx.net.ownPerson, false);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.detail()).contains("voided");
  }

  @Test
  void aContributionOrDecisionForAMeetingThatDoesNotExistIsNotFound() {
    long before = count("contribution") + count("decision");
    assertThat(tap(Long.MAX_VALUE, fx.net.ownPerson, false).status()).isEqualTo(404);
    var decision = api.post("/api/v1/meetings/" + Long.MAX_VALUE + "/decisions", coordinator, Api.json(Map.of(
        "text", "Anything", "proposedSide", "COMMUNITY", "agreedHow", "CHAIR")));
    assertThat(decision.status()).isEqualTo(404);
    assertThat(decision.detail()).contains("No meeting with id");
    assertThat(api.post("/api/v1/meetings/abc/contributions", coordinator, "{\"personId\":1}").status()).isEqualTo(400);
    assertThat(count("contribution") + count("decision")).isEqualTo(before);
  }

  @Test
  void aContributionOrProposalBySomeoneNotAttendingIsRefused() {
    long before = count("contribution") + count("decision");
    var tap = tap(fx.ownMeeting, fx.net.ownResearchPerson, false);
    assertThat(tap.status()).isEqualTo(409);
    assertThat(tap.detail()).contains("not recorded as attending");
    assertThat(tap.json().at("/errors/0/field").asString()).isEqualTo("personId");
    var proposal = api.post("/api/v1/meetings/" + fx.ownMeeting + "/decisions", coordinator, Api.json(Map.of(
        "text", "Anything", "proposedByPersonId", fx.net.otherPerson, "agreedHow", "CHAIR")));
    assertThat(proposal.status()).isEqualTo(409);
    assertThat(proposal.detail()).contains("not recorded as attending");
    assertThat(count("contribution") + count("decision")).isEqualTo(before);
  }

  @Test
  void attendanceCannotBeRecordedForAMeetingStillToCome() {
    long m = newMeeting(LocalDate.now().plusDays(30));
    var attend = api.post("/api/v1/meetings/" + m + "/attendance", coordinator, "{\"personId\":" + fx.net.ownPerson + "}");
    assertThat(attend.status()).isEqualTo(409);
    assertThat(attend.detail()).contains("in the future");
    assertThat(api.get("/api/v1/meetings/" + m + "/attendance", coordinator).json()).isEmpty();
  }

  @Test
  void malformedAndOutOfRangeInputIsAnsweredWithWhatIsWrong() {
    var noText = api.post("/api/v1/meetings/" + fx.ownMeeting + "/decisions", coordinator,
        "{\"proposedSide\":\"COMMUNITY\",\"agreedHow\":\"VOTE\"}");
    assertThat(noText.status()).isEqualTo(400);
    assertThat(noText.body()).contains("text");
    assertThat(api.post("/api/v1/meetings/" + fx.ownMeeting + "/decisions", coordinator,
        "{\"text\":\"x\",\"proposedSide\":\"COMMUNITY\",\"agreedHow\":\"MAYBE\"}").status()).isEqualTo(400);
    var noSide = api.post("/api/v1/meetings/" + fx.ownMeeting + "/decisions", coordinator,
        "{\"text\":\"x\",\"agreedHow\":\"VOTE\"}");
    assertThat(noSide.status()).isEqualTo(409);
    assertThat(noSide.detail()).contains("which side");
    var dueBefore = api.post("/api/v1/meetings/" + fx.ownMeeting + "/actions", coordinator, Api.json(Map.of(
        "text", "Too early", "ownerPersonId", fx.net.ownPerson, "dueOn", SpacesFixture.MET_ON.minusDays(1).toString())));
    assertThat(dueBefore.status()).isEqualTo(409);
    assertThat(dueBefore.detail()).contains("before the meeting");
    var doneAhead = api.post("/api/v1/meetings/" + fx.ownMeeting + "/actions/" + fx.ownAction + "/done", coordinator,
        "{\"doneOn\":\"" + LocalDate.now().plusDays(3) + "\"}");
    assertThat(doneAhead.status()).isEqualTo(409);
    var noKind = api.post("/api/v1/spaces", coordinator, Api.json(Map.of("partnershipId", fx.ownPartnership, "name", "x")));
    assertThat(noKind.status()).isEqualTo(400);
    assertThat(api.post("/api/v1/spaces", coordinator, Api.json(Map.of("partnershipId", Long.MAX_VALUE, "name", "x",
        "kind", "FORUM"))).status()).isEqualTo(404);
    assertThat(api.post("/api/v1/meetings", coordinator, "{\"spaceId\":" + fx.ownSpace + ",\"date\":\"2025-13-45\",\"title\":\"x\"}")
        .status()).isEqualTo(400);
    assertThat(api.post("/api/v1/meetings/" + fx.otherMeeting + "/actions/" + fx.ownAction + "/done", coordinator,
        "{\"doneOn\":\"2025-06-12\"}").status()).as("an action is found only under its own meeting").isEqualTo(404);
  }

  @Test
  void undoWithNothingToUndoIsAConflict() {
    long m = newMeeting(LocalDate.of(2025, 11, 3), fx.net.ownPerson);
    var undo = api.post("/api/v1/meetings/" + m + "/contributions/undo", coordinator, "");
    assertThat(undo.status()).isEqualTo(409);
    assertThat(undo.detail()).contains("no contribution to undo");
  }

  @Test
  void partnershipsReadTheSpacesAsReadinessEvidenceAndTimelineEntries() {
    // Other capabilities read these as the system does when it assesses readiness.
    try (var system = SystemActor.enter("readiness")) {
      var other = context.getBean(Partnerships.class).get(fx.otherPartnership);
      List<ReadinessCheck> checks = context.getBeansOfType(ReadinessEvidence.class).values().stream()
          .flatMap(e -> e.check(other).stream()).filter(c -> c.key().endsWith("both-sides")).toList();
      assertThat(checks).extracting(ReadinessCheck::key, ReadinessCheck::met).containsExactlyInAnyOrder(
          org.assertj.core.groups.Tuple.tuple("shared-space-both-sides", false),
          org.assertj.core.groups.Tuple.tuple("contributions-both-sides", false));
      assertThat(checks.get(0).explanation() + checks.get(1).explanation()).contains("community side only", "No contributions");

      var own = context.getBean(Partnerships.class).get(fx.ownPartnership);
      assertThat(context.getBeansOfType(ReadinessEvidence.class).values().stream().flatMap(e -> e.check(own).stream())
          .filter(c -> c.key().equals("shared-space-both-sides")).findFirst().orElseThrow().met()).isTrue();

      List<TimelineEntry> entries = context.getBeansOfType(TimelineSource.class).values().stream()
          .flatMap(s -> s.entries(fx.otherPartnership).stream()).filter(e -> e.kind().equals("meeting")).toList();
      assertThat(entries).containsExactly(new TimelineEntry(SpacesFixture.MET_ON, "meeting", "June forum",
          "Other forum " + fx.net.suffix + ": 1 attended", "/meetings/" + fx.otherMeeting));
    }
  }

  /** Two people attended (one community, one statutory): coordinators see 2, statutory partners "fewer than 5". */
  @Test
  void aStatutoryPartnerSeesFewerThanFiveWhereACoordinatorSeesTheCount() {
    long m = newMeeting(LocalDate.of(2025, 2, 11), fx.net.ownPerson, fx.statutoryPerson);
    String partner = fx.net.token(Role.STATUTORY_PARTNER);

    JsonNode exact = api.get("/api/v1/meetings/" + m + "/measures", coordinator).json();
    assertThat(exact.get("attendees").asInt()).isEqualTo(2);
    assertThat(exact.get("communityAttendanceShare").asDouble()).isEqualTo(0.5);
    assertThat(exact.get("withheld").isEmpty()).isTrue();
    JsonNode shown = api.get("/api/v1/meetings/" + m + "/measures", partner).json();
    assertThat(shown.get("attendees").isNull()).isTrue();
    assertThat(shown.at("/withheld/attendees").asString()).isEqualTo("SMALL");
    assertThat(shown.at("/attendanceBySide/COMMUNITY").isNull()).isTrue();
    assertThat(shown.at("/attendanceBySide/INDEPENDENT").asInt()).isZero();
    // A share made from a withheld count is withheld too (1 of 2 would say who).
    assertThat(shown.get("communityAttendanceShare").isNull()).isTrue();
    assertThat(shown.at("/withheld/communityAttendanceShare").asString()).isEqualTo("PROTECTS_SMALL");

    JsonNode trend = api.get("/api/v1/spaces/" + fx.ownSpace + "/measures", partner).json();
    JsonNode point = java.util.stream.StreamSupport.stream(trend.get("points").spliterator(), false)
        .filter(p -> p.get("meetingId").asLong() == m).findFirst().orElseThrow();
    assertThat(point.at("/measures/attendees").isNull()).isTrue();
    assertThat(trend.get("threshold").asInt()).isEqualTo(5);

    var partnerPage = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.STATUTORY_PARTNER),
        org.phasezero.support.TestNetwork.PASSWORD);
    var coordinatorPage = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.COORDINATOR),
        org.phasezero.support.TestNetwork.PASSWORD);
    String partnerSpace = partnerPage.get("/spaces/" + fx.ownSpace).body();
    String coordinatorSpace = coordinatorPage.get("/spaces/" + fx.ownSpace).body();
    assertThat(coordinatorSpace).contains("<td class=\"nhsuk-table__cell\">2</td>", "<polyline");
    // Every meeting of this space had fewer than five: the partner's table says so, and the chart
    // draws no point for a withheld share.
    assertThat(partnerSpace).contains("fewer than 5", "not shown").doesNotContain("<polyline",
        "<td class=\"nhsuk-table__cell\">2</td>", "<td class=\"nhsuk-table__cell\">1</td>");

    String partnerTimeline = partnerPage.get("/partnerships/" + fx.ownPartnership + "/timeline").body();
    String coordinatorTimeline = coordinatorPage.get("/partnerships/" + fx.ownPartnership + "/timeline").body();
    assertThat(coordinatorTimeline).contains("Own forum " + fx.net.suffix + ": 2 attended");
    assertThat(partnerTimeline).contains("Own forum " + fx.net.suffix + ": fewer than 5 attended")
        .doesNotContain(": 1 attended", ": 2 attended", ": 3 attended", ": 4 attended");
    // A meeting still to come is coming up, not one nobody attended.
    newMeeting(LocalDate.now().plusDays(10));
    assertThat(coordinatorPage.get("/partnerships/" + fx.ownPartnership + "/timeline").body())
        .contains("Own forum " + fx.net.suffix + ": coming up");
    assertThat(coordinatorPage.get("/spaces/" + fx.ownSpace).body()).contains("coming up")
        .doesNotContain("no attendance recorded");
  }
}
