package org.phasezero.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.support.AccessMatrix.expect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phasezero.network.Side;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.AccessMatrix.Case;
import org.phasezero.support.AccessMatrix;
import org.phasezero.support.Api;
import org.phasezero.support.CoversEveryHandler;
import org.phasezero.support.OnH2;
import org.phasezero.support.SetUpAsSystem;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Partnership work, endpoint × role × own / other partnership (own: the site lead's organisation is
 * a member). Coordinators do everything; site leads see and record work only in their own
 * partnerships (others answer 404); statutory partners and researchers read; phase moves, details,
 * members, voiding a partnership and the risk register are the coordinator's. Pages that open a
 * form (including "void") refuse (403) those who may see the record but not change it. People are
 * shown only as the viewer may see them: names to coordinators and site leads (their own
 * organisation's), research codes of consenting people to researchers, nothing to anyone else.
 */
@OnH2
@CoversEveryHandler("org.phasezero.partnerships")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class PartnershipsAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  TestNetwork net;
  long own;
  long other;
  long ownEngagement;
  long otherEngagement;
  long peopledEngagement;
  long ownResource;
  long otherResource;
  long otherRisk;
  long ownRisk;
  long networkRisk;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void setUp() {
    api = new Api(port);
    net = new TestNetwork(context);
    // Fixtures are made by the system (services refuse work when no one is signed in).
    try (var system = SystemActor.enter("test fixture")) {
      Partnerships partnerships = context.getBean(Partnerships.class);
      own = partnerships.create(partnership("Own", net.ownOrg.id(), net.statutoryOrg.id())).id();
      other = partnerships.create(partnership("Other", net.otherOrg.id(), net.statutoryOrg.id())).id();
      Engagements engagements = context.getBean(Engagements.class);
      ownEngagement = engagements.create(engagement(own)).id();
      otherEngagement = engagements.create(engagement(other)).id();
      // One who consented to research use and one who did not.
      EngagementForm peopled = engagement(own);
      peopled.setPersonIds(List.of(net.ownPerson, net.ownResearchPerson));
      peopledEngagement = engagements.create(peopled).id();
      Resources resources = context.getBean(Resources.class);
      ownResource = resources.create(resource(own, net.ownOrg.id())).id();
      otherResource = resources.create(resource(other, net.otherOrg.id())).id();
      Risks risks = context.getBean(Risks.class);
      otherRisk = risks.create(risk(other, null)).id();
      // Owners the site lead may see (own organisation, consented to research) and may not (other organisation).
      ownRisk = risks.create(risk(own, net.ownResearchPerson)).id();
      networkRisk = risks.create(risk(null, net.otherPerson)).id();
    }
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, net.usernames.get(r), TestNetwork.PASSWORD));
    }
  }

  PartnershipForm partnership(String name, long... organisations) {
    PartnershipForm f = new PartnershipForm();
    f.setName(name + " " + net.suffix);
    f.setFocus("Matrix focus");
    f.setStartedOn(LocalDate.of(2025, 1, 6));
    f.setOrganisationIds(java.util.Arrays.stream(organisations).boxed().toList());
    return f;
  }

  static RiskForm risk(Long partnershipId, Long ownerPersonId) {
    RiskForm f = new RiskForm();
    f.setPartnershipId(partnershipId);
    f.setOwnerPersonId(ownerPersonId);
    f.setCategory(RiskCategory.MISSION_DRIFT);
    f.setTitle("Drift");
    f.setLikelihood(2);
    f.setImpact(3);
    return f;
  }

  static EngagementForm engagement(long partnershipId) {
    EngagementForm f = new EngagementForm();
    f.setPartnershipId(partnershipId);
    f.setHeldOn(LocalDate.of(2025, 2, 3));
    f.setSides(java.util.EnumSet.of(Side.COMMUNITY));
    f.setPurpose("Matrix conversation");
    return f;
  }

  static ResourceForm resource(long partnershipId, long organisationId) {
    ResourceForm f = new ResourceForm();
    f.setPartnershipId(partnershipId);
    f.setGiverOrganisationId(organisationId);
    f.setType(ResourceType.VENUE);
    f.setDescription("Matrix room");
    f.setHours(java.math.BigDecimal.ONE);
    f.setGivenOn(LocalDate.of(2025, 2, 3));
    return f;
  }

  int get(Role r, String path) {
    return api.get(path, net.token(r)).status();
  }

  int post(Role r, String path, Object body) {
    return api.post(path, net.token(r), Api.json(body)).status();
  }

  int put(Role r, String path, Object body) {
    return api.put(path, net.token(r), Api.json(body)).status();
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  /**
   * Posts a form as a browser would, with the CSRF token from the board (which every role may
   * open), so that a refusal is the application's and never a missing token's.
   */
  int form(Role r, String action, Map<String, String> fields) {
    WebSession s = sessions.get(r);
    assertThat(s.get("/partnerships").body()).as("CSRF token for " + r).contains("name=\"_csrf\"");
    return s.post("/partnerships", action, fields).status();
  }

  /** 1 when the engagement, read through the API, carries a non-empty list in the field, 0 when not. */
  int engagementLists(Role r, String field) {
    Api.Response e = api.get("/api/v1/engagements/" + peopledEngagement, net.token(r));
    assertThat(e.status()).as("engagement as " + r).isEqualTo(200);
    return e.json().get(field).isEmpty() ? 0 : 1;
  }

  /** 1 when the risk's page shows the text (an owner's name or research code), 0 when it does not. */
  int riskPageShows(Role r, long riskId, String text) {
    WebSession.Page p = sessions.get(r).get("/risks/" + riskId);
    assertThat(p.status()).as("risk page as " + r).isEqualTo(200);
    return p.body().contains(text) ? 1 : 0;
  }

  Map<String, Object> engagementBody(long partnershipId) {
    return Map.of("partnershipId", partnershipId, "heldOn", "2025-03-03", "sides", List.of("COMMUNITY"),
        "purpose", "Matrix");
  }

  Map<String, Object> resourceBody(long partnershipId, long organisationId) {
    return Map.of("partnershipId", partnershipId, "giverOrganisationId", organisationId, "type", "VENUE",
        "description", "Room", "givenOn", "2025-03-03");
  }

  /** A fresh partnership (own or other) to move, so that moves in one row do not affect another. */
  long fresh(boolean ownSide) {
    return SystemActor.call("test fixture", () -> context.getBean(Partnerships.class).create(partnership("Move",
        ownSide ? net.ownOrg.id() : net.otherOrg.id(), net.statutoryOrg.id())).id());
  }

  long freshEngagement(long partnershipId) {
    return SystemActor.call("test fixture", () -> context.getBean(Engagements.class).create(engagement(partnershipId)).id());
  }

  long freshResource(long partnershipId, long organisationId) {
    return SystemActor.call("test fixture", () -> context.getBean(Resources.class)
        .create(resource(partnershipId, organisationId)).id());
  }

  long freshRisk(Long partnershipId) {
    return SystemActor.call("test fixture", () -> context.getBean(Risks.class).create(risk(partnershipId, null)).id());
  }

  long org(boolean ownSide) {
    return ownSide ? net.ownOrg.id() : net.otherOrg.id();
  }

  Map<String, Object> riskBody(Long partnershipId) {
    Map<String, Object> b = new java.util.HashMap<>(Map.of("category", "SAFEGUARDING", "title", "Reviewed",
        "likelihood", 2, "impact", 2, "version", 0));
    b.put("partnershipId", partnershipId);
    return b;
  }

  static final Map<String, Object> REASON = Map.of("reason", "matrix");

  List<Case<PartnershipsAccessMatrixTest>> cases() {
    List<Case<PartnershipsAccessMatrixTest>> c = new ArrayList<>();
    // Reading: API
    c.add(new Case<>("GET partnerships", (t, r) -> t.get(r, "/api/v1/partnerships"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET own partnership", (t, r) -> t.get(r, "/api/v1/partnerships/" + own), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET other partnership", (t, r) -> t.get(r, "/api/v1/partnerships/" + other), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET other readiness", (t, r) -> t.get(r, "/api/v1/partnerships/" + other + "/readiness"), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET other timeline", (t, r) -> t.get(r, "/api/v1/partnerships/" + other + "/timeline"), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET other moves", (t, r) -> t.get(r, "/api/v1/partnerships/" + other + "/moves"), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET own engagement", (t, r) -> t.get(r, "/api/v1/engagements/" + ownEngagement), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET other engagement", (t, r) -> t.get(r, "/api/v1/engagements/" + otherEngagement), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET own resource", (t, r) -> t.get(r, "/api/v1/resources/" + ownResource), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET other resource", (t, r) -> t.get(r, "/api/v1/resources/" + otherResource), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET other risk", (t, r) -> t.get(r, "/api/v1/risks/" + otherRisk), expect(200, 404, 200, 200, 200)));
    // Changing: API
    c.add(new Case<>("POST engagement in own partnership", (t, r) -> t.post(r, "/api/v1/engagements", t.engagementBody(own)), expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("POST engagement in other partnership", (t, r) -> t.post(r, "/api/v1/engagements", t.engagementBody(other)), expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("POST resource in own partnership", (t, r) -> t.post(r, "/api/v1/resources", t.resourceBody(own, t.net.ownOrg.id())), expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("POST resource in other partnership", (t, r) -> t.post(r, "/api/v1/resources", t.resourceBody(other, t.net.otherOrg.id())), expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("POST move own partnership", (t, r) -> t.post(r, "/api/v1/partnerships/" + t.fresh(true) + "/moves",
        Map.of("phase", "PHASE_0_BONDING", "reason", "matrix")), expect(201, 403, 403, 403, 403)));
    c.add(new Case<>("POST move other partnership", (t, r) -> t.post(r, "/api/v1/partnerships/" + t.fresh(false) + "/moves",
        Map.of("phase", "PHASE_0_BONDING", "reason", "matrix")), expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("POST partnership", (t, r) -> t.post(r, "/api/v1/partnerships", Map.of("name", "New " + r + " " + t.net.suffix,
        "focus", "f", "startedOn", "2025-01-01")), expect(201, 403, 403, 403, 403)));
    c.add(new Case<>("POST risk", (t, r) -> t.post(r, "/api/v1/risks", Map.of("category", "SAFEGUARDING", "title", "t",
        "likelihood", 1, "impact", 1)), expect(201, 403, 403, 403, 403)));
    c.add(new Case<>("POST 4Pi assessment in own partnership", (t, r) -> t.post(r, "/api/v1/partnerships/" + own + "/assessments",
        Map.of("assessedOn", "2025-03-03", "principles", 2, "purpose", 2, "presence", 2, "process", 2, "impact", 2)), expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("GET other 4Pi assessments", (t, r) -> t.get(r, "/api/v1/partnerships/" + other + "/assessments"), expect(200, 404, 200, 200, 200)));
    // Pages
    c.add(new Case<>("page: board", (t, r) -> t.page(r, "/partnerships"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("download: partnerships", (t, r) -> t.page(r, "/partnerships/export?format=csv"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: start a partnership", (t, r) -> t.page(r, "/partnerships/new"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: own partnership", (t, r) -> t.page(r, "/partnerships/" + own), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: other partnership", (t, r) -> t.page(r, "/partnerships/" + other), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("page: own readiness", (t, r) -> t.page(r, "/partnerships/" + own + "/readiness"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: other timeline", (t, r) -> t.page(r, "/partnerships/" + other + "/timeline"), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("page: move own partnership", (t, r) -> t.page(r, "/partnerships/" + own + "/move"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: new engagement", (t, r) -> t.page(r, "/engagements/new"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: new engagement in other partnership", (t, r) -> t.page(r, "/engagements/new?partnershipId=" + other), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: other engagement", (t, r) -> t.page(r, "/engagements/" + otherEngagement), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("page: resources", (t, r) -> t.page(r, "/resources"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: new resource", (t, r) -> t.page(r, "/resources/new"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: own 4Pi assessments", (t, r) -> t.page(r, "/partnerships/" + own + "/assessments"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: new 4Pi assessment in own partnership", (t, r) -> t.page(r, "/partnerships/" + own + "/assessments/new"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: risks", (t, r) -> t.page(r, "/risks"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("download: risks", (t, r) -> t.page(r, "/risks/export?format=csv"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("download: resources", (t, r) -> t.page(r, "/resources/export?format=xlsx"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("download: engagements", (t, r) -> t.page(r, "/engagements/export?format=csv"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: new risk", (t, r) -> t.page(r, "/risks/new"), expect(200, 403, 403, 403, 403)));
    // Lists: API (a site lead's lists hold only their partnerships' work; naming another partnership answers 404)
    c.add(new Case<>("GET engagements", (t, r) -> t.get(r, "/api/v1/engagements"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET engagements of other partnership", (t, r) -> t.get(r, "/api/v1/engagements?partnershipId=" + t.other), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET resources", (t, r) -> t.get(r, "/api/v1/resources"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET resources of other partnership", (t, r) -> t.get(r, "/api/v1/resources?partnershipId=" + t.other), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET resource summary", (t, r) -> t.get(r, "/api/v1/resources/summary"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET own resource summary", (t, r) -> t.get(r, "/api/v1/resources/summary?partnershipId=" + t.own), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET other resource summary", (t, r) -> t.get(r, "/api/v1/resources/summary?partnershipId=" + t.other), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET risks", (t, r) -> t.get(r, "/api/v1/risks"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET risks of other partnership", (t, r) -> t.get(r, "/api/v1/risks?partnershipId=" + t.other), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET own risk", (t, r) -> t.get(r, "/api/v1/risks/" + t.ownRisk), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET computed risks", (t, r) -> t.get(r, "/api/v1/risks/computed"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET computed risks of other partnership", (t, r) -> t.get(r, "/api/v1/risks/computed?partnershipId="
        + t.other), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET network risk", (t, r) -> t.get(r, "/api/v1/risks/" + t.networkRisk), expect(200, 200, 200, 200, 200)));
    // Changing: API. Each write acts on a fresh record, so that one role's change cannot decide another's answer.
    c.add(new Case<>("POST void own engagement", (t, r) -> t.post(r, "/api/v1/engagements/" + t.freshEngagement(t.own) + "/void", REASON), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("POST void other engagement", (t, r) -> t.post(r, "/api/v1/engagements/" + t.freshEngagement(t.other) + "/void", REASON), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST void own resource", (t, r) -> t.post(r, "/api/v1/resources/" + t.freshResource(t.own, t.org(true)) + "/void", REASON), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("POST void other resource", (t, r) -> t.post(r, "/api/v1/resources/" + t.freshResource(t.other, t.org(false)) + "/void", REASON), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST void own partnership", (t, r) -> t.post(r, "/api/v1/partnerships/" + t.fresh(true) + "/void", REASON), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("POST void other partnership", (t, r) -> t.post(r, "/api/v1/partnerships/" + t.fresh(false) + "/void", REASON), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST member into own partnership", (t, r) -> t.post(r, "/api/v1/partnerships/" + t.fresh(true) + "/members",
        Map.of("organisationId", t.org(false))), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("POST member into other partnership", (t, r) -> t.post(r, "/api/v1/partnerships/" + t.fresh(false) + "/members",
        Map.of("organisationId", t.org(true))), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST member out of own partnership", (t, r) -> t.post(r, "/api/v1/partnerships/" + t.fresh(true) + "/members/"
        + t.net.statutoryOrg.id() + "/remove", REASON), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("POST member out of other partnership", (t, r) -> t.post(r, "/api/v1/partnerships/" + t.fresh(false) + "/members/"
        + t.net.statutoryOrg.id() + "/remove", REASON), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("PUT own partnership", (t, r) -> t.put(r, "/api/v1/partnerships/" + t.fresh(true),
        Map.of("focus", "Changed", "version", 0)), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("PUT other partnership", (t, r) -> t.put(r, "/api/v1/partnerships/" + t.fresh(false),
        Map.of("focus", "Changed", "version", 0)), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("PUT own risk", (t, r) -> t.put(r, "/api/v1/risks/" + t.freshRisk(t.own), t.riskBody(t.own)), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("PUT other risk", (t, r) -> t.put(r, "/api/v1/risks/" + t.freshRisk(t.other), t.riskBody(t.other)), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("PUT network risk", (t, r) -> t.put(r, "/api/v1/risks/" + t.freshRisk(null), t.riskBody(null)), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("POST void own risk", (t, r) -> t.post(r, "/api/v1/risks/" + t.freshRisk(t.own) + "/void", REASON), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("POST void other risk", (t, r) -> t.post(r, "/api/v1/risks/" + t.freshRisk(t.other) + "/void", REASON), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST void network risk", (t, r) -> t.post(r, "/api/v1/risks/" + t.freshRisk(null) + "/void", REASON), expect(200, 403, 403, 403, 403)));
    // Pages that read
    c.add(new Case<>("page: engagements", (t, r) -> t.page(r, "/engagements"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: engagements of other partnership", (t, r) -> t.page(r, "/engagements?partnershipId=" + t.other), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("page: own resource", (t, r) -> t.page(r, "/resources/" + t.ownResource), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: other resource", (t, r) -> t.page(r, "/resources/" + t.otherResource), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("page: own risk", (t, r) -> t.page(r, "/risks/" + t.ownRisk), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: other risk", (t, r) -> t.page(r, "/risks/" + t.otherRisk), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("page: network risk", (t, r) -> t.page(r, "/risks/" + t.networkRisk), expect(200, 200, 200, 200, 200)));
    // Who took part: ids to those who work with people, research codes of consenting people to researchers only
    c.add(new Case<>("GET own engagement lists who took part (1) or not (0)", (t, r) -> t.engagementLists(r, "personIds"), expect(1, 1, 0, 0, 0)));
    c.add(new Case<>("GET own engagement lists research codes (1) or not (0)", (t, r) -> t.engagementLists(r, "personCodes"), expect(0, 0, 0, 1, 0)));
    // A risk names its owner only to those who may see that person; a researcher sees a consenting owner's code.
    c.add(new Case<>("page: own risk names its owner (1) or not (0)", (t, r) -> t.riskPageShows(r, t.ownRisk,
        "Ayo Research " + t.net.suffix), expect(1, 1, 0, 0, 0)));
    c.add(new Case<>("page: own risk shows its owner's research code (1) or not (0)", (t, r) -> t.riskPageShows(r, t.ownRisk,
        "P-%06d".formatted(t.net.ownResearchPerson)), expect(0, 0, 0, 1, 0)));
    c.add(new Case<>("page: network risk names another organisation's owner (1) or not (0)", (t, r) -> t.riskPageShows(r,
        t.networkRisk, "Bola Other " + t.net.suffix), expect(1, 0, 0, 0, 0)));
    // Pages that open a form: refused (403) to those who may see the record but not change it
    c.add(new Case<>("page: change own partnership", (t, r) -> t.page(r, "/partnerships/" + t.own + "/edit"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: change other partnership", (t, r) -> t.page(r, "/partnerships/" + t.other + "/edit"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: add member to own partnership", (t, r) -> t.page(r, "/partnerships/" + t.own + "/members/new"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: add member to other partnership", (t, r) -> t.page(r, "/partnerships/" + t.other + "/members/new"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: member leaves own partnership", (t, r) -> t.page(r, "/partnerships/" + t.own + "/members/"
        + t.net.statutoryOrg.id() + "/remove"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: member leaves other partnership", (t, r) -> t.page(r, "/partnerships/" + t.other + "/members/"
        + t.net.statutoryOrg.id() + "/remove"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: void own partnership", (t, r) -> t.page(r, "/partnerships/" + t.own + "/void"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: void other partnership", (t, r) -> t.page(r, "/partnerships/" + t.other + "/void"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: void own engagement", (t, r) -> t.page(r, "/engagements/" + t.ownEngagement + "/void"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: void other engagement", (t, r) -> t.page(r, "/engagements/" + t.otherEngagement + "/void"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: void own resource", (t, r) -> t.page(r, "/resources/" + t.ownResource + "/void"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: void other resource", (t, r) -> t.page(r, "/resources/" + t.otherResource + "/void"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: change own risk", (t, r) -> t.page(r, "/risks/" + t.ownRisk + "/edit"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: change other risk", (t, r) -> t.page(r, "/risks/" + t.otherRisk + "/edit"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: void own risk", (t, r) -> t.page(r, "/risks/" + t.ownRisk + "/void"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: void other risk", (t, r) -> t.page(r, "/risks/" + t.otherRisk + "/void"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: void network risk", (t, r) -> t.page(r, "/risks/" + t.networkRisk + "/void"), expect(200, 403, 403, 403, 403)));
    // Form posts: saved (302), refused (403) or hidden (404); each on a fresh record where it changes one
    c.add(new Case<>("form: start a partnership", (t, r) -> t.form(r, "/partnerships/new", Map.of("name", "Page " + r + " " + t.net.suffix,
        "focus", "f", "startedOn", "2025-01-06", "organisationIds", String.valueOf(t.org(true)))), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: change own partnership", (t, r) -> t.form(r, "/partnerships/" + t.fresh(true) + "/edit",
        Map.of("focus", "Changed", "version", "0")), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: change other partnership", (t, r) -> t.form(r, "/partnerships/" + t.fresh(false) + "/edit",
        Map.of("focus", "Changed", "version", "0")), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: move own partnership", (t, r) -> t.form(r, "/partnerships/" + t.fresh(true) + "/move",
        Map.of("phase", "PHASE_0_BONDING", "reason", "matrix")), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: move other partnership", (t, r) -> t.form(r, "/partnerships/" + t.fresh(false) + "/move",
        Map.of("phase", "PHASE_0_BONDING", "reason", "matrix")), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: add member to own partnership", (t, r) -> t.form(r, "/partnerships/" + t.fresh(true) + "/members/new",
        Map.of("organisationId", String.valueOf(t.org(false)))), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: add member to other partnership", (t, r) -> t.form(r, "/partnerships/" + t.fresh(false) + "/members/new",
        Map.of("organisationId", String.valueOf(t.org(true)))), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: member leaves own partnership", (t, r) -> t.form(r, "/partnerships/" + t.fresh(true) + "/members/"
        + t.net.statutoryOrg.id() + "/remove", Map.of("reason", "matrix")), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: member leaves other partnership", (t, r) -> t.form(r, "/partnerships/" + t.fresh(false) + "/members/"
        + t.net.statutoryOrg.id() + "/remove", Map.of("reason", "matrix")), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: void own partnership", (t, r) -> t.form(r, "/partnerships/" + t.fresh(true) + "/void",
        Map.of("reason", "matrix")), expect(302, 403, 403, 403, 403)));
    // A form sent back with errors is refused, not shown again, to those who may not make the change.
    c.add(new Case<>("form: void own partnership without a reason", (t, r) -> t.form(r, "/partnerships/" + t.fresh(true)
        + "/void", Map.of("reason", "")), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("form: move own partnership without a reason", (t, r) -> t.form(r, "/partnerships/" + t.fresh(true)
        + "/move", Map.of("reason", "")), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("form: void other partnership", (t, r) -> t.form(r, "/partnerships/" + t.fresh(false) + "/void",
        Map.of("reason", "matrix")), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: 4Pi assessment in own partnership", (t, r) -> t.form(r, "/partnerships/" + t.own + "/assessments/new",
        t.assessmentFields()), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: 4Pi assessment in other partnership", (t, r) -> t.form(r, "/partnerships/" + t.other + "/assessments/new",
        t.assessmentFields()), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: engagement in own partnership", (t, r) -> t.form(r, "/engagements/new", t.engagementFields(t.own)), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: engagement in other partnership", (t, r) -> t.form(r, "/engagements/new", t.engagementFields(t.other)), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: void own engagement", (t, r) -> t.form(r, "/engagements/" + t.freshEngagement(t.own) + "/void",
        Map.of("reason", "matrix")), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: void other engagement", (t, r) -> t.form(r, "/engagements/" + t.freshEngagement(t.other) + "/void",
        Map.of("reason", "matrix")), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: resource in own partnership", (t, r) -> t.form(r, "/resources/new", t.resourceFields(t.own, t.org(true))), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: resource in other partnership", (t, r) -> t.form(r, "/resources/new", t.resourceFields(t.other, t.org(false))), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: void own resource", (t, r) -> t.form(r, "/resources/" + t.freshResource(t.own, t.org(true)) + "/void",
        Map.of("reason", "matrix")), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: void other resource", (t, r) -> t.form(r, "/resources/" + t.freshResource(t.other, t.org(false)) + "/void",
        Map.of("reason", "matrix")), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: record a risk", (t, r) -> t.form(r, "/risks/new", t.riskFields(t.own)), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: change own risk", (t, r) -> t.form(r, "/risks/" + t.freshRisk(t.own) + "/edit", t.riskFields(t.own)), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: change other risk", (t, r) -> t.form(r, "/risks/" + t.freshRisk(t.other) + "/edit", t.riskFields(t.other)), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: void own risk", (t, r) -> t.form(r, "/risks/" + t.freshRisk(t.own) + "/void", Map.of("reason", "matrix")), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: void other risk", (t, r) -> t.form(r, "/risks/" + t.freshRisk(t.other) + "/void", Map.of("reason", "matrix")), expect(302, 404, 403, 403, 403)));
    return c;
  }

  Map<String, String> assessmentFields() {
    return Map.of("assessedOn", "2025-03-03", "principles", "2", "purpose", "2", "presence", "2", "process", "2", "impact", "2");
  }

  Map<String, String> engagementFields(long partnershipId) {
    return Map.of("partnershipId", String.valueOf(partnershipId), "heldOn", "2025-03-03", "sides", "COMMUNITY",
        "purpose", "Matrix");
  }

  Map<String, String> resourceFields(long partnershipId, long organisationId) {
    return Map.of("partnershipId", String.valueOf(partnershipId), "giverOrganisationId", String.valueOf(organisationId),
        "type", "VENUE", "description", "Room", "givenOn", "2025-03-03");
  }

  Map<String, String> riskFields(long partnershipId) {
    return Map.of("partnershipId", String.valueOf(partnershipId), "category", "SAFEGUARDING", "title", "Reviewed",
        "likelihood", "2", "impact", "2", "version", "0");
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected, Case<PartnershipsAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
