package org.phasezero.partnerships;

import org.phasezero.support.CoversEveryHandler;
import org.phasezero.support.OnH2;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phasezero.support.SetUpAsSystem;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phasezero.network.Side;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.AccessMatrix;
import org.phasezero.support.AccessMatrix.Case;
import org.phasezero.support.Api;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Partnership work, endpoint × role × own / other partnership (own: the site lead's organisation is
 * a member). Coordinators do everything; site leads see and record work only in their own
 * partnerships (others answer 404); statutory partners and researchers read; phase moves and the
 * risk register are the coordinator's.
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
  long ownResource;
  long otherResource;
  long otherRisk;
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
      Resources resources = context.getBean(Resources.class);
      ownResource = resources.create(resource(own, net.ownOrg.id())).id();
      otherResource = resources.create(resource(other, net.otherOrg.id())).id();
      RiskForm risk = new RiskForm();
      risk.setPartnershipId(other);
      risk.setCategory(RiskCategory.MISSION_DRIFT);
      risk.setTitle("Drift");
      risk.setLikelihood(2);
      risk.setImpact(3);
      otherRisk = context.getBean(Risks.class).create(risk).id();
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

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
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
    c.add(new Case<>("page: new risk", (t, r) -> t.page(r, "/risks/new"), expect(200, 403, 403, 403, 403)));
    return c;
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
