package org.phasezero.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import org.phasezero.support.Race;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Partnership work through the JSON API, on each supported database: phase moves (forwards and
 * back, always with a reason), the four Co's, members, engagements, resources and their summaries,
 * readiness, the timeline and the risk register; bad input answered clearly with nothing stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PartnershipsContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  TestNetwork net;
  String coordinator;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    net = new TestNetwork(context);
    coordinator = net.token(Role.COORDINATOR);
  }

  long count(String table) {
    return db.sql("select count(*) from " + table).query(Long.class).single();
  }

  long partnership(String name) {
    var r = api.post("/api/v1/partnerships", coordinator, Api.json(Map.of("name", name + " " + net.suffix,
        "focus", "Talking therapies with the Tamil community", "startedOn", "2024-01-15",
        "organisationIds", List.of(net.ownOrg.id(), net.statutoryOrg.id()))));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  Map<String, Object> resource(long partnershipId, long organisationId, String type, String hours, String money,
      String on) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("partnershipId", partnershipId);
    body.put("giverOrganisationId", organisationId);
    body.put("type", type);
    body.put("description", "given " + type);
    body.put("hours", hours);
    body.put("money", money);
    body.put("givenOn", on);
    return body;
  }

  @Test
  void aPartnershipMovesForwardAndBackEveryMoveRecordedWithItsReason() {
    long id = partnership("Moves");
    var forward = api.post("/api/v1/partnerships/" + id + "/moves", coordinator, Api.json(Map.of(
        "phase", "PHASE_0_LINKING", "reason", "Both sides met separately", "movedOn", "2024-06-01")));
    assertThat(forward.status()).isEqualTo(201);
    assertThat(forward.json().get("phase").asString()).isEqualTo("PHASE_0_LINKING");
    var back = api.post("/api/v1/partnerships/" + id + "/moves", coordinator, Api.json(Map.of(
        "phase", "PHASE_0_BONDING", "reason", "Trust lost after a service closure", "movedOn", "2024-09-01")));
    assertThat(back.status()).isEqualTo(201);

    JsonNode moves = api.get("/api/v1/partnerships/" + id + "/moves", coordinator).json();
    assertThat(moves).hasSize(2);
    assertThat(moves.get(0).get("from").asString()).isEqualTo("PHASE_0_LINKING");
    assertThat(moves.get(0).get("to").asString()).isEqualTo("PHASE_0_BONDING");
    assertThat(moves.get(0).get("reason").asString()).isEqualTo("Trust lost after a service closure");
    assertThat(moves.get(0).get("movedBy").asString()).isEqualTo("coordinator-" + net.suffix);
    assertThat(moves.get(0).get("backwards").asBoolean()).isTrue();
    assertThat(moves.get(1).get("from").asString()).isEqualTo("PHASE_0_SCOPING");

    var trail = api.get("/api/v1/audit?entityType=partnership&entityId=" + id, coordinator).json().get("items");
    assertThat(trail).extracting(n -> n.get("action").asString()).containsExactly("UPDATE", "UPDATE", "CREATE");
    assertThat(trail.get(0).get("summary").asString()).contains("Trust lost after a service closure");
  }

  @Test
  void aMoveWithoutAReasonIsRefusedAndNothingMoves() {
    long id = partnership("No reason");
    long before = count("phase_move");
    var r = api.post("/api/v1/partnerships/" + id + "/moves", coordinator, Api.json(Map.of("phase", "PHASE_1_SHARED_SPACE_RUNNING", "reason", " ")));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    assertThat(count("phase_move")).isEqualTo(before);
    assertThat(api.get("/api/v1/partnerships/" + id, coordinator).json().get("phase").asString()).isEqualTo("PHASE_0_SCOPING");
  }

  @Test
  void theFourCosAreSetOnlyInPhaseTwo() {
    long id = partnership("Co flags");
    Map<String, Object> details = new LinkedHashMap<>(Map.of("focus", "Talking therapies", "purpose",
        "Tamil-speaking therapists in every clinic", "purposeAgreedOn", "2024-05-01", "coDelivery", true, "version", 0));
    var early = api.put("/api/v1/partnerships/" + id, coordinator, Api.json(details));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("coDelivery");
    assertThat(api.get("/api/v1/partnerships/" + id, coordinator).json().get("purpose").isNull()).isTrue();

    api.post("/api/v1/partnerships/" + id + "/moves", coordinator, Api.json(Map.of("phase", "PHASE_2_CO_PRODUCTION",
        "reason", "Co-delivery agreed")));
    details.put("version", api.get("/api/v1/partnerships/" + id, coordinator).json().get("version").asInt());
    var set = api.put("/api/v1/partnerships/" + id, coordinator, Api.json(details));
    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().get("coDelivery").asBoolean()).isTrue();
    assertThat(set.json().get("coDesign").asBoolean()).isFalse();
    assertThat(set.json().get("purposeAgreedOn").asString()).isEqualTo("2024-05-01");
  }

  @Test
  void twentyFiveSimultaneousJoinsAddTheOrganisationOnce() throws Exception {
    long id = partnership("Joining at once");
    String body = Api.json(Map.of("organisationId", net.otherOrg.id(), "joinedOn", "2024-03-01"));
    List<Integer> statuses = Race.of(() -> api.post("/api/v1/partnerships/" + id + "/members", coordinator, body)
        .status());
    assertThat(Race.count(statuses, 200)).as(statuses.toString()).isEqualTo(1);
    assertThat(Race.count(statuses, 409)).as(statuses.toString()).isEqualTo(Race.THREADS - 1);
    assertThat(api.get("/api/v1/partnerships/" + id, coordinator).json().get("members")).hasSize(3);
  }

  @Test
  void membersJoinAndLeaveWithAReason() {
    long id = partnership("Members");
    var joined = api.post("/api/v1/partnerships/" + id + "/members", coordinator,
        Api.json(Map.of("organisationId", net.otherOrg.id(), "joinedOn", "2024-03-01")));
    assertThat(joined.status()).isEqualTo(200);
    assertThat(joined.json().get("members")).hasSize(3);
    var twice = api.post("/api/v1/partnerships/" + id + "/members", coordinator,
        Api.json(Map.of("organisationId", net.otherOrg.id())));
    assertThat(twice.status()).isEqualTo(409);
    var left = api.post("/api/v1/partnerships/" + id + "/members/" + net.otherOrg.id() + "/remove", coordinator,
        "{\"reason\":\"group closed\"}");
    assertThat(left.status()).isEqualTo(200);
    assertThat(left.json().get("members")).extracting(m -> m.get("organisationId").asLong())
        .containsExactlyInAnyOrder(net.ownOrg.id(), net.statutoryOrg.id());
  }

  @Test
  void partnersSeeHowManyTookPartAndResearchersOnlyTheCodesOfPeopleWhoConsented() {
    long id = partnership("Who took part");
    // ownResearchPerson consented to research use; ownPerson did not.
    long e = api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", id, "heldOn", "2024-02-10",
        "sides", List.of("COMMUNITY"), "personIds", List.of(net.ownPerson, net.ownResearchPerson),
        "purpose", "Listening session"))).json().get("id").asLong();
    JsonNode partner = api.get("/api/v1/engagements/" + e, net.token(Role.STATUTORY_PARTNER)).json();
    assertThat(partner.get("personIds")).isEmpty();
    assertThat(partner.get("personCodes")).isEmpty();
    assertThat(partner.get("peopleCount").isNull()).as("2 is a small number: fewer than 5").isTrue();
    JsonNode researcher = api.get("/api/v1/engagements/" + e, net.token(Role.RESEARCHER)).json();
    assertThat(researcher.get("personIds")).isEmpty();
    assertThat(researcher.get("personCodes")).extracting(JsonNode::asString)
        .containsExactly("P-%06d".formatted(net.ownResearchPerson));
    assertThat(researcher.get("peopleCount").asInt()).isEqualTo(2);
    assertThat(api.get("/api/v1/engagements/" + e, coordinator).json().get("personIds")).hasSize(2);

    long unconsented = api.post("/api/v1/risks", coordinator, Api.json(Map.of("partnershipId", id,
        "category", "KEY_PERSON_DEPENDENCY", "title", "One link holds it", "ownerPersonId", net.ownPerson,
        "likelihood", 3, "impact", 4))).json().get("id").asLong();
    long consented = api.post("/api/v1/risks", coordinator, Api.json(Map.of("partnershipId", id,
        "category", "KEY_PERSON_DEPENDENCY", "title", "Another link", "ownerPersonId", net.ownResearchPerson,
        "likelihood", 3, "impact", 4))).json().get("id").asLong();
    for (Role role : List.of(Role.STATUTORY_PARTNER, Role.RESEARCHER)) {
      JsonNode r = api.get("/api/v1/risks/" + unconsented, net.token(role)).json();
      assertThat(r.get("ownerPersonId").isNull()).as(role.name()).isTrue();
      assertThat(r.get("ownerName").isNull()).as(role.name()).isTrue();
    }
    JsonNode coded = api.get("/api/v1/risks/" + consented, net.token(Role.RESEARCHER)).json();
    assertThat(coded.get("ownerPersonId").isNull()).isTrue();
    assertThat(coded.get("ownerName").asString()).isEqualTo("P-%06d".formatted(net.ownResearchPerson));
    assertThat(api.get("/api/v1/risks/" + consented, net.token(Role.STATUTORY_PARTNER)).json().get("ownerName").isNull())
        .isTrue();
  }

  @Test
  void engagementsAreRecordedWithPeopleAndSidesAndFutureDatesAreRefused() {
    long id = partnership("Engagements");
    var ok = api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", id, "heldOn", "2024-02-10",
        "sides", List.of("COMMUNITY", "STATUTORY"), "personIds", List.of(net.ownPerson, net.otherPerson),
        "purpose", "First linking conversation", "mutualGains", "Referrals both ways",
        "powerNotes", "Mistrust after past sectioning", "communityTrust", 2)));
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    assertThat(ok.json().get("personIds")).extracting(JsonNode::asLong)
        .containsExactlyInAnyOrder(net.ownPerson, net.otherPerson);
    assertThat(ok.json().get("sides")).extracting(JsonNode::asString).containsExactly("COMMUNITY", "STATUTORY");

    long before = count("engagement");
    var future = api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", id,
        "heldOn", LocalDate.now().plusDays(2).toString(), "sides", List.of("COMMUNITY"), "purpose", "Not yet")));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("heldOn");
    var unknown = api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", 987654321L,
        "heldOn", "2024-02-10", "sides", List.of("COMMUNITY"), "purpose", "Nowhere")));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.detail()).contains("partnership");
    var trust = api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", id,
        "heldOn", "2024-02-10", "sides", List.of("COMMUNITY"), "purpose", "Trust", "statutoryTrust", 9)));
    assertThat(trust.status()).isEqualTo(400);
    var stranger = api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", id,
        "heldOn", "2024-02-10", "sides", List.of("COMMUNITY"), "purpose", "Who?", "personIds", List.of(987654321L))));
    assertThat(stranger.status()).isEqualTo(409);
    assertThat(stranger.json().get("errors").get(0).get("field").asString()).isEqualTo("personIds");
    assertThat(count("engagement")).isEqualTo(before);
  }

  @Test
  void resourcesAreSummedByKindBySideAndByQuarter() {
    long id = partnership("Resources");
    // Community side: 10 h of venue (material) in 2024-Q1, 4.5 h of brokerage (relational) in 2024-Q3.
    // Statutory side: £1,200.50 of funding (material) in 2024-Q3. Nothing in 2024-Q2, which still shows.
    assertThat(api.post("/api/v1/resources", coordinator, Api.json(resource(id, net.ownOrg.id(), "VENUE", "10", null,
        "2024-02-01"))).status()).isEqualTo(201);
    assertThat(api.post("/api/v1/resources", coordinator, Api.json(resource(id, net.ownOrg.id(), "BROKERAGE", "4.5", null,
        "2024-08-15"))).status()).isEqualTo(201);
    var funding = api.post("/api/v1/resources", coordinator, Api.json(resource(id, net.statutoryOrg.id(), "FUNDING",
        null, "1200.50", "2024-09-30")));
    assertThat(funding.status()).isEqualTo(201);
    assertThat(funding.json().get("kind").asString()).isEqualTo("MATERIAL");
    assertThat(funding.json().get("giverSide").asString()).isEqualTo("STATUTORY");

    JsonNode s = api.get("/api/v1/resources/summary?partnershipId=" + id, coordinator).json();
    assertThat(s.get("total").get("count").asLong()).isEqualTo(3);
    assertThat(s.get("total").get("hours").decimalValue()).isEqualByComparingTo("14.5");
    assertThat(s.get("total").get("money").decimalValue()).isEqualByComparingTo("1200.50");
    assertThat(lines(s.get("byKind"))).containsExactly("MATERIAL 2 10.00 1200.50", "RELATIONAL 1 4.50 0.00");
    assertThat(lines(s.get("bySide"))).containsExactly("COMMUNITY 2 14.50 0.00", "STATUTORY 1 0.00 1200.50");
    assertThat(lines(s.get("byQuarter"))).containsExactly("2024-Q1 1 10.00 0.00", "2024-Q2 0 0.00 0.00",
        "2024-Q3 2 4.50 1200.50");
  }

  static List<String> lines(JsonNode lines) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (JsonNode l : lines) {
      JsonNode t = l.get("totals");
      out.add(l.get("key").asString() + " " + t.get("count").asLong() + " "
          + t.get("hours").decimalValue().setScale(2) + " " + t.get("money").decimalValue().setScale(2));
    }
    return out;
  }

  @Test
  void negativeHoursOrMoneyAndTwoGiversAreRefusedWithNothingStored() {
    long id = partnership("Bad resources");
    long before = count("resource_contribution");
    var hours = api.post("/api/v1/resources", coordinator, Api.json(resource(id, net.ownOrg.id(), "VENUE", "-1", null, "2024-02-01")));
    assertThat(hours.status()).isEqualTo(400);
    assertThat(hours.json().get("errors").get(0).get("field").asString()).isEqualTo("hours");
    var money = api.post("/api/v1/resources", coordinator, Api.json(resource(id, net.ownOrg.id(), "FUNDING", null, "-0.01", "2024-02-01")));
    assertThat(money.status()).isEqualTo(400);
    assertThat(money.json().get("errors").get(0).get("field").asString()).isEqualTo("money");
    Map<String, Object> both = resource(id, net.ownOrg.id(), "VENUE", "1", null, "2024-02-01");
    both.put("giverPersonId", net.ownPerson);
    var two = api.post("/api/v1/resources", coordinator, Api.json(both));
    assertThat(two.status()).isEqualTo(409);
    assertThat(two.json().get("errors").get(0).get("field").asString()).isEqualTo("giverOrganisationId");
    assertThat(count("resource_contribution")).isEqualTo(before);
  }

  @Test
  void aLowTrustRatingReadsAsLowNotAsMet() {
    long id = partnership("Low trust");
    api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", id, "heldOn", "2024-04-01",
        "sides", List.of("COMMUNITY"), "purpose", "First meeting", "communityTrust", 2)));
    JsonNode low = check(api.get("/api/v1/partnerships/" + id + "/readiness", coordinator).json(), "trust-community");
    assertThat(low.get("met").asBoolean()).as("2 out of 5 is low trust").isFalse();
    assertThat(low.get("explanation").asString()).contains("Rated 2 out of 5 (low)", "Trust needs building");
    assertThat(low.get("fixLink").asString()).isEqualTo("/engagements/new?partnershipId=" + id);
    api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", id, "heldOn", "2024-07-01",
        "sides", List.of("COMMUNITY"), "purpose", "Third meeting", "communityTrust", 3)));
    JsonNode moderate = check(api.get("/api/v1/partnerships/" + id + "/readiness", coordinator).json(), "trust-community");
    assertThat(moderate.get("met").asBoolean()).isTrue();
    assertThat(moderate.get("explanation").asString()).contains("Rated 3 out of 5 (moderate)");
  }

  @Test
  void readinessShowsWhatIsMetAndMissingAndNeverBlocksAMove() {
    long id = partnership("Readiness");
    JsonNode empty = api.get("/api/v1/partnerships/" + id + "/readiness", coordinator).json();
    assertThat(check(empty, "agreed-purpose").get("met").asBoolean()).isFalse();
    assertThat(check(empty, "agreed-purpose").get("fixLink").asString()).isEqualTo("/partnerships/" + id + "/edit");
    assertThat(check(empty, "trust-community").get("met").asBoolean()).isFalse();

    api.put("/api/v1/partnerships/" + id, coordinator, Api.json(Map.of("focus", "Talking therapies",
        "purpose", "Tamil-speaking therapists", "purposeAgreedOn", "2024-05-01", "version", 0)));
    api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", id, "heldOn", "2024-04-01",
        "sides", List.of("COMMUNITY", "STATUTORY"), "purpose", "Linking", "communityTrust", 3, "statutoryTrust", 4)));
    api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", id, "heldOn", "2024-06-01",
        "sides", List.of("COMMUNITY"), "purpose", "Bonding", "communityTrust", 4)));
    JsonNode after = api.get("/api/v1/partnerships/" + id + "/readiness", coordinator).json();
    assertThat(check(after, "agreed-purpose").get("met").asBoolean()).isTrue();
    assertThat(check(after, "trust-community").get("explanation").asString()).contains("Rated 4", "1 June 2024");
    assertThat(check(after, "trust-statutory").get("explanation").asString()).contains("Rated 4", "1 April 2024");
    assertThat(check(after, "resources-both-sides").get("met").asBoolean()).isFalse();

    var move = api.post("/api/v1/partnerships/" + id + "/moves", coordinator, Api.json(Map.of(
        "phase", "PHASE_1_SHARED_SPACE_RUNNING", "reason", "The forum has met three times")));
    assertThat(move.status()).as("readiness is advisory").isEqualTo(201);
  }

  static JsonNode check(JsonNode readiness, String key) {
    for (JsonNode c : readiness.get("checks")) {
      if (c.get("key").asString().equals(key)) {
        return c;
      }
    }
    throw new AssertionError("no check " + key + " in " + readiness);
  }

  @Test
  void theTimelineListsMovesEngagementsAndResourcesNewestFirst() {
    long id = partnership("Timeline");
    api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", id, "heldOn", "2024-03-01",
        "sides", List.of("COMMUNITY"), "purpose", "Bonding at the temple")));
    api.post("/api/v1/resources", coordinator, Api.json(resource(id, net.ownOrg.id(), "VENUE", "3", null, "2024-04-01")));
    api.post("/api/v1/partnerships/" + id + "/moves", coordinator, Api.json(Map.of("phase", "PHASE_0_BONDING",
        "reason", "Bonding began", "movedOn", "2024-02-01")));
    JsonNode t = api.get("/api/v1/partnerships/" + id + "/timeline", coordinator).json();
    assertThat(t).extracting(e -> e.get("date").asString() + " " + e.get("kind").asString()).containsExactly(
        "2024-04-01 resource", "2024-03-01 engagement", "2024-02-01 phase-move", "2024-01-15 started");
  }

  @Test
  void risksAreRatedLikelihoodTimesImpactAndListedHighestFirst() {
    long id = partnership("Risks");
    var low = api.post("/api/v1/risks", coordinator, Api.json(Map.of("category", "OVER_EXPANSION",
        "title", "Too many new groups " + net.suffix, "likelihood", 2, "impact", 2)));
    assertThat(low.status()).isEqualTo(201);
    assertThat(low.json().get("rating").asInt()).isEqualTo(4);
    assertThat(low.json().get("band").asString()).isEqualTo("LOW");
    var high = api.post("/api/v1/risks", coordinator, Api.json(Map.of("partnershipId", id,
        "category", "KEY_PERSON_DEPENDENCY", "title", "Everything rests on the broker " + net.suffix,
        "ownerPersonId", net.ownPerson, "likelihood", 4, "impact", 5, "mitigation", "Train a second broker",
        "reviewOn", "2026-09-01")));
    assertThat(high.status()).isEqualTo(201);
    assertThat(high.json().get("rating").asInt()).isEqualTo(20);
    assertThat(high.json().get("band").asString()).isEqualTo("HIGH");
    assertThat(api.get("/api/v1/risks?partnershipId=" + id, coordinator).json().get("total").asLong()).isEqualTo(1);

    long before = count("risk");
    var bad = api.post("/api/v1/risks", coordinator, Api.json(Map.of("category", "SAFEGUARDING", "title", "x",
        "likelihood", 6, "impact", 0)));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asString())
        .containsExactlyInAnyOrder("likelihood", "impact");
    assertThat(count("risk")).isEqualTo(before);

    long riskId = high.json().get("id").asLong();
    var voided = api.post("/api/v1/risks/" + riskId + "/void", coordinator, "{\"reason\":\"second broker trained\"}");
    assertThat(voided.status()).isEqualTo(200);
    assertThat(api.get("/api/v1/risks?partnershipId=" + id, coordinator).json().get("total").asLong()).isZero();
  }

  @Test
  void anUnknownPhaseNamesTheAllowedValues() {
    long id = partnership("Bad phase");
    var r = api.post("/api/v1/partnerships/" + id + "/moves", coordinator,
        Api.json(Map.of("phase", "PHASE_9", "reason", "why not")));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.detail()).contains("PHASE_9", "PHASE_1_SHARED_SPACE_RUNNING");
  }

  @Test
  void selfAssessmentsRepeatOverTimeAndShowChangeSinceTheFirst() {
    long id = partnership("4Pi");
    var first = api.post("/api/v1/partnerships/" + id + "/assessments", coordinator, Api.json(Map.of("assessedOn", "2024-03-01",
        "principles", 1, "purpose", 2, "presence", 1, "process", 2, "impact", 1)));
    assertThat(first.status()).isEqualTo(201);
    api.post("/api/v1/partnerships/" + id + "/assessments", coordinator, Api.json(Map.of("assessedOn", "2025-03-01",
        "principles", 3, "purpose", 2, "presence", 4, "process", 1, "impact", 2, "notes", "Paid roles agreed")));
    JsonNode history = api.get("/api/v1/partnerships/" + id + "/assessments", coordinator).json();
    assertThat(history).extracting(a -> a.get("assessedOn").asString()).containsExactly("2024-03-01", "2025-03-01");
    assertThat(history.get(1).get("ratings")).extracting(JsonNode::asInt).containsExactly(3, 2, 4, 1, 2);
    // Latest minus first, standard by standard: 3-1, 2-2, 4-1, 1-2, 2-1.
    var list = new java.util.ArrayList<SelfAssessment>();
    for (JsonNode a : history) {
      list.add(new SelfAssessment(0, id, LocalDate.parse(a.get("assessedOn").asString()), a.get("principles").asInt(),
          a.get("purpose").asInt(), a.get("presence").asInt(), a.get("process").asInt(), a.get("impact").asInt(), null, null, null));
    }
    assertThat(SelfAssessments.changeSinceFirst(list)).containsExactly(2, 0, 3, -1, 1);

    long before = count("self_assessment");
    var bad = api.post("/api/v1/partnerships/" + id + "/assessments", coordinator, Api.json(Map.of("assessedOn", "2025-03-01",
        "principles", 5, "purpose", 2, "presence", 0, "process", 1, "impact", 2)));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asString())
        .containsExactlyInAnyOrder("principles", "presence");
    assertThat(count("self_assessment")).isEqualTo(before);
  }

  /** Two took part: coordinators see who (and 2), statutory partners "fewer than 5" and no one's id. */
  @Test
  void aStatutoryPartnerSeesFewerThanFivePeopleAtAnEngagement() {
    long id = partnership("Small engagement");
    long e = api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", id, "heldOn", "2024-03-05",
        "sides", List.of("COMMUNITY"), "personIds", List.of(net.ownPerson, net.otherPerson),
        "purpose", "A small conversation"))).json().get("id").asLong();
    String partner = net.token(Role.STATUTORY_PARTNER);

    JsonNode exact = api.get("/api/v1/engagements/" + e, coordinator).json();
    assertThat(exact.get("peopleCount").asInt()).isEqualTo(2);
    assertThat(exact.get("personIds")).hasSize(2);
    JsonNode shown = api.get("/api/v1/engagements/" + e, partner).json();
    assertThat(shown.get("peopleCount").isNull()).isTrue();
    assertThat(shown.get("personIds")).isEmpty();
    JsonNode listed = api.get("/api/v1/engagements?partnershipId=" + id, partner).json().get("items").get(0);
    assertThat(listed.get("peopleCount").isNull()).isTrue();
    assertThat(listed.get("personIds")).isEmpty();

    var partnerPage = WebSession.signIn(port, net.usernames.get(Role.STATUTORY_PARTNER), TestNetwork.PASSWORD);
    var coordinatorPage = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD);
    assertThat(partnerPage.get("/engagements/" + e).body()).contains("fewer than 5 people").doesNotContain("2 people");
    assertThat(coordinatorPage.get("/engagements/" + e).body()).contains("Ada Own " + net.suffix)
        .doesNotContain("fewer than 5");
  }
}
