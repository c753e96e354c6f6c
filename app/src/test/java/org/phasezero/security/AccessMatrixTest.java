package org.phasezero.security;

import org.phasezero.support.CoversEveryHandler;
import org.phasezero.support.OnH2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.support.AccessMatrix.expect;
import static org.phasezero.security.Role.COORDINATOR;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phasezero.support.AccessMatrix;
import org.phasezero.support.AccessMatrix.Case;
import org.phasezero.support.Api;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Every endpoint × every role × own organisation / other organisation, with the status each must
 * answer. A record the role may not see answers 404 (its existence is not revealed); a kind of
 * record the role may not use at all answers 403.
 */
@OnH2
@CoversEveryHandler({"org.phasezero.network", "org.phasezero.security", "org.phasezero.web"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  TestNetwork net;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void setUp() {
    api = new Api(port);
    net = new TestNetwork(context);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, net.usernames.get(r), TestNetwork.PASSWORD));
    }
  }

  int get(Role r, String path) {
    return api.get(path, net.token(r)).status();
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  /** The record's current version, as an editor would have read it before a PUT. */
  int version(String path) {
    return api.get(path, net.token(Role.COORDINATOR)).json().get("version").asInt();
  }

  String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  String orgBody() {
    return Api.json(Map.of("name", "Matrix org " + unique(), "type", "COMMUNITY_GROUP", "side", "COMMUNITY"));
  }

  String personBody(long organisationId) {
    return Api.json(Map.of("displayName", "Matrix person " + unique(), "contactPreference", "NONE",
        "organisationId", organisationId));
  }

  List<Case<AccessMatrixTest>> cases() {
    TestNetwork n = net;
    List<Case<AccessMatrixTest>> c = new ArrayList<>();
    // Reading records: API
    c.add(new Case<>("GET own organisation", (t, r) -> t.get(r, "/api/v1/organisations/" + n.ownOrg.id()), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET other organisation", (t, r) -> t.get(r, "/api/v1/organisations/" + n.otherOrg.id()), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET own site", (t, r) -> t.get(r, "/api/v1/sites/" + n.ownSite), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("GET other site", (t, r) -> t.get(r, "/api/v1/sites/" + n.otherSite), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("GET own person", (t, r) -> t.get(r, "/api/v1/people/" + n.ownPerson), expect(200, 200, 404, 404, 404)));
    c.add(new Case<>("GET other person", (t, r) -> t.get(r, "/api/v1/people/" + n.otherPerson), expect(200, 404, 404, 404, 404)));
    c.add(new Case<>("GET own research-consented person", (t, r) -> t.get(r, "/api/v1/people/" + n.ownResearchPerson), expect(200, 200, 404, 200, 404)));
    c.add(new Case<>("GET other research-consented person", (t, r) -> t.get(r, "/api/v1/people/" + n.otherResearchPerson), expect(200, 404, 404, 200, 404)));
    c.add(new Case<>("GET people list", (t, r) -> t.get(r, "/api/v1/people"), expect(200, 200, 403, 200, 403)));
    c.add(new Case<>("GET own tie", (t, r) -> t.get(r, "/api/v1/ties/" + n.ownTie), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("GET other tie", (t, r) -> t.get(r, "/api/v1/ties/" + n.otherTie), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("GET own person's consents", (t, r) -> t.get(r, "/api/v1/consents?personId=" + n.ownResearchPerson), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("GET other person's consents", (t, r) -> t.get(r, "/api/v1/consents?personId=" + n.otherResearchPerson), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("GET audit trail", (t, r) -> t.get(r, "/api/v1/audit"), expect(200, 403, 403, 403, 403)));
    // Tokens are managed in person: a token may not list, create or revoke tokens.
    c.add(new Case<>("GET own tokens with a token", (t, r) -> t.get(r, "/api/v1/tokens"), expect(403, 403, 403, 403, 403)));
    c.add(new Case<>("GET own tokens in a session", (t, r) -> t.page(r, "/api/v1/tokens"), expect(200, 200, 200, 200, 200)));
    // Changing records: API
    c.add(new Case<>("POST organisation", (t, r) -> t.api.post("/api/v1/organisations", n.token(r), t.orgBody()).status(), expect(201, 403, 403, 403, 403)));
    c.add(new Case<>("PUT own organisation", (t, r) -> t.api.put("/api/v1/organisations/" + n.ownOrg.id(), n.token(r),
        Api.json(Map.of("name", n.ownOrg.name(), "type", "COMMUNITY_GROUP", "side", "COMMUNITY",
            "version", t.version("/api/v1/organisations/" + n.ownOrg.id())))).status(), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("PUT other organisation", (t, r) -> t.api.put("/api/v1/organisations/" + n.otherOrg.id(), n.token(r),
        Api.json(Map.of("name", n.otherOrg.name(), "type", "FAITH_ORGANISATION", "side", "COMMUNITY",
            "version", t.version("/api/v1/organisations/" + n.otherOrg.id())))).status(), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST person in own organisation", (t, r) -> t.api.post("/api/v1/people", n.token(r), t.personBody(n.ownOrg.id())).status(), expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("POST site for own organisation", (t, r) -> t.api.post("/api/v1/sites", n.token(r),
        Api.json(Map.of("organisationId", n.ownOrg.id(), "name", "Hall " + t.unique()))).status(), expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("POST site for other organisation", (t, r) -> t.api.post("/api/v1/sites", n.token(r),
        Api.json(Map.of("organisationId", n.otherOrg.id(), "name", "Hall " + t.unique()))).status(), expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("PUT other person", (t, r) -> t.api.put("/api/v1/people/" + n.otherPerson, n.token(r),
        Api.json(Map.of("displayName", "Bola Other " + n.suffix, "contactPreference", "PHONE",
            "version", t.version("/api/v1/people/" + n.otherPerson)))).status(), expect(200, 404, 404, 404, 404)));
    c.add(new Case<>("POST consent for other person", (t, r) -> t.api.post("/api/v1/consents", n.token(r), Api.json(Map.of(
        "personId", n.otherPerson, "purpose", "QUOTES_IN_REPORTS", "givenOn", "2025-01-01", "method", "VERBAL"))).status(),
        expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("POST void own person", (t, r) -> {
      long id = t.api.post("/api/v1/people", n.token(COORDINATOR), t.personBody(n.ownOrg.id())).json().get("id").asLong();
      return t.api.post("/api/v1/people/" + id + "/void", n.token(r), "{\"reason\":\"test\"}").status();
    }, expect(200, 200, 404, 404, 404)));
    c.add(new Case<>("POST void other person", (t, r) -> {
      long id = t.api.post("/api/v1/people", n.token(COORDINATOR), t.personBody(n.otherOrg.id())).json().get("id").asLong();
      return t.api.post("/api/v1/people/" + id + "/void", n.token(r), "{\"reason\":\"test\"}").status();
    }, expect(200, 404, 404, 404, 404)));
    c.add(new Case<>("POST erase own person", (t, r) -> {
      long id = t.api.post("/api/v1/people", n.token(COORDINATOR), t.personBody(n.ownOrg.id())).json().get("id").asLong();
      return t.api.post("/api/v1/people/" + id + "/erase", n.token(r), "{\"reason\":\"request\"}").status();
    }, expect(200, 403, 403, 403, 403)));
    // Pages
    c.add(new Case<>("page: home", (t, r) -> t.page(r, "/"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: other organisation", (t, r) -> t.page(r, "/organisations/" + n.otherOrg.id()), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("page: new organisation", (t, r) -> t.page(r, "/organisations/new"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: new person", (t, r) -> t.page(r, "/people/new"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: new tie", (t, r) -> t.page(r, "/ties/new"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: edit other organisation", (t, r) -> t.page(r, "/organisations/" + n.otherOrg.id() + "/edit"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: people", (t, r) -> t.page(r, "/people"), expect(200, 200, 403, 200, 403)));
    c.add(new Case<>("page: own person", (t, r) -> t.page(r, "/people/" + n.ownPerson), expect(200, 200, 404, 404, 404)));
    c.add(new Case<>("page: other person", (t, r) -> t.page(r, "/people/" + n.otherPerson), expect(200, 404, 404, 404, 404)));
    c.add(new Case<>("page: other tie", (t, r) -> t.page(r, "/ties/" + n.otherTie), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: erase own person", (t, r) -> t.page(r, "/people/" + n.ownPerson + "/erase"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: audit", (t, r) -> t.page(r, "/audit"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: tokens", (t, r) -> t.page(r, "/account/tokens"), expect(200, 200, 200, 200, 200)));
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected, Case<AccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
