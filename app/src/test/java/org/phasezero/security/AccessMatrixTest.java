package org.phasezero.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.security.Role.COORDINATOR;
import static org.phasezero.support.AccessMatrix.expect;

import java.time.Duration;
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
import org.phasezero.support.AccessMatrix.Case;
import org.phasezero.support.AccessMatrix;
import org.phasezero.support.Api;
import org.phasezero.support.CoversEveryHandler;
import org.phasezero.support.OnH2;
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
  long ownConsent;
  long otherConsent;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    net = new TestNetwork(context);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, net.usernames.get(r), TestNetwork.PASSWORD));
    }
    ownConsent = consentsOf(net.ownResearchPerson);
    otherConsent = consentsOf(net.otherResearchPerson);
  }

  long consentsOf(long personId) {
    return api.get("/api/v1/consents?personId=" + personId, net.token(COORDINATOR)).json().get(0).get("id").asLong();
  }

  int get(Role r, String path) {
    return api.get(path, net.token(r)).status();
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  /** Posts a page's form in the role's signed-in session, with the session's CSRF token. */
  int form(Role r, String action, Map<String, String> fields) {
    return sessions.get(r).post("/", action, fields).status();
  }

  /** Sends JSON to the API in the role's signed-in session (no bearer token). */
  int inSession(Role r, String path, String json) {
    return sessions.get(r).sendJson("POST", "/", path, json).status();
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

  String tieBody(long from, long to, Integer version) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("fromPersonId", from, "toPersonId", to,
        "kind", "BONDING", "trust", 3));
    if (version != null) {
      body.put("version", version);
    }
    return Api.json(body);
  }

  // Fresh records, made by the coordinator, for rows whose call changes what it touches.

  long created(String path, String json) {
    return api.post(path, net.token(COORDINATOR), json).json().get("id").asLong();
  }

  long freshOrganisation() {
    return created("/api/v1/organisations", orgBody());
  }

  long freshPerson(long organisationId) {
    return created("/api/v1/people", personBody(organisationId));
  }

  /** A person who consented to research use: a researcher sees them, pseudonymised. */
  long freshResearchPerson(long organisationId) {
    long id = freshPerson(organisationId);
    freshConsent(id, "RESEARCH_USE");
    return id;
  }

  long freshConsent(long personId, String purpose) {
    return created("/api/v1/consents", Api.json(Map.of("personId", personId, "purpose", purpose,
        "givenOn", "2025-01-01", "method", "VERBAL")));
  }

  long freshSite(long organisationId) {
    return created("/api/v1/sites", Api.json(Map.of("organisationId", organisationId, "name", "Hall " + unique())));
  }

  long freshTie(boolean own) {
    return own ? created("/api/v1/ties", tieBody(net.ownPerson, net.ownResearchPerson, null))
        : created("/api/v1/ties", tieBody(net.otherPerson, net.otherResearchPerson, null));
  }

  /** A new personal access token of the role's account, made through the service as the system. */
  long freshToken(Role owner) {
    return SystemActor.call("test fixture", () -> context.getBean(AccessTokens.class).create(
        context.getBean(Accounts.class).find(net.usernames.get(owner)).orElseThrow().asUser(),
        "matrix " + unique(), Duration.ofDays(1)).token().id());
  }

  /** A new account (a site lead's) whose password a row may reset. */
  String freshAccount() {
    String username = "reset-" + unique().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    SystemActor.run("test fixture", () -> context.getBean(Accounts.class).create(username, "To reset", Role.SITE_LEAD,
        net.ownOrg.id(), TestNetwork.PASSWORD));
    return username;
  }

  /** Another role's account, whose tokens the role may not touch. */
  static Role someoneElse(Role r) {
    return r == COORDINATOR ? Role.SITE_LEAD : COORDINATOR;
  }

  /**
   * The site lead's own organisation for every role but the coordinator, who may void it and so is
   * given a fresh one (voiding the shared organisation would spoil the other rows).
   */
  long ownOrganisationToVoid(Role r) {
    return r == COORDINATOR ? freshOrganisation() : net.ownOrg.id();
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
        Api.json(Map.of("displayName", "Bola Other " + n.suffix, "contactPreference", "PHONE", "phone", "07700 900123",
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
    c.add(new Case<>("page: value, the section's first page for the role", (t, r) -> {
      var p = t.sessions.get(r).get("/value");
      return p.status() == 302 && p.location().endsWith(r == Role.STATUTORY_PARTNER ? "/value/packs" : "/value/accounts")
          ? 302 : -p.status();
    }, expect(302, 302, 302, 302, 302)));
    c.add(new Case<>("page: accessibility statement", (t, r) -> t.page(r, "/accessibility"),
        expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: privacy notice", (t, r) -> t.page(r, "/privacy"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: other organisation", (t, r) -> t.page(r, "/organisations/" + n.otherOrg.id()), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("page: new organisation", (t, r) -> t.page(r, "/organisations/new"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: new person", (t, r) -> t.page(r, "/people/new"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: new tie", (t, r) -> t.page(r, "/ties/new"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: edit other organisation", (t, r) -> t.page(r, "/organisations/" + n.otherOrg.id() + "/edit"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: people", (t, r) -> t.page(r, "/people"), expect(200, 200, 403, 200, 403)));
    c.add(new Case<>("page: a person picker's matches", (t, r) -> t.page(r, "/people/choose?field=personId&personId-find=research"), expect(200, 200, 403, 200, 403)));
    c.add(new Case<>("page: own person", (t, r) -> t.page(r, "/people/" + n.ownPerson), expect(200, 200, 404, 404, 404)));
    c.add(new Case<>("page: other person", (t, r) -> t.page(r, "/people/" + n.otherPerson), expect(200, 404, 404, 404, 404)));
    c.add(new Case<>("page: other tie", (t, r) -> t.page(r, "/ties/" + n.otherTie), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: erase own person", (t, r) -> t.page(r, "/people/" + n.ownPerson + "/erase"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: audit", (t, r) -> t.page(r, "/audit"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("download: audit", (t, r) -> t.page(r, "/audit/export?format=csv"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("download: people", (t, r) -> t.page(r, "/people/export?format=xlsx"), expect(200, 200, 403, 200, 403)));
    c.add(new Case<>("download: people by consent", (t, r) -> t.page(r, "/people/export?consent=RESEARCH_USE"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: people by consent", (t, r) -> t.page(r, "/people?consent=RESEARCH_USE"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("download: organisations", (t, r) -> t.page(r, "/organisations/export?format=csv"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("download: sites", (t, r) -> t.page(r, "/sites/export?format=csv"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("download: ties", (t, r) -> t.page(r, "/ties/export?format=csv"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: tokens", (t, r) -> t.page(r, "/account/tokens"), expect(200, 200, 200, 200, 200)));
    // Accounts: everyone has their own; only the coordinator manages everyone's.
    c.add(new Case<>("page: own account", (t, r) -> t.page(r, "/account"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: change own password", (t, r) -> t.page(r, "/account/password"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("form: change own password with a wrong current one (shown again)", (t, r) -> t.form(r,
        "/account/password", Map.of("currentPassword", "not-the-password", "newPassword", "a-brand-new-password",
            "confirmPassword", "a-brand-new-password")), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: accounts", (t, r) -> t.page(r, "/accounts"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("download: accounts", (t, r) -> t.page(r, "/accounts/export?role=SITE_LEAD&format=csv"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("form: reset someone's password", (t, r) -> t.form(r, "/accounts/" + t.freshAccount() + "/reset",
        Map.of()), expect(200, 403, 403, 403, 403)));
    consentRows(c);
    organisationRows(c);
    personPageRows(c);
    membershipRows(c);
    siteRows(c);
    tieRows(c);
    tokenRows(c);
    return c;
  }

  /** Consents are a kind of record only the coordinator and site leads use: the others get 403. */
  static void consentRows(List<Case<AccessMatrixTest>> c) {
    c.add(new Case<>("GET own person's consent", (t, r) -> t.get(r, "/api/v1/consents/" + t.ownConsent), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("GET other person's consent", (t, r) -> t.get(r, "/api/v1/consents/" + t.otherConsent), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST withdraw own person's consent", (t, r) -> t.api.post("/api/v1/consents/"
        + t.freshConsent(t.freshPerson(t.net.ownOrg.id()), "QUOTES_IN_REPORTS") + "/withdraw", t.net.token(r), "{}").status(),
        expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("POST withdraw other person's consent", (t, r) -> t.api.post("/api/v1/consents/"
        + t.freshConsent(t.freshPerson(t.net.otherOrg.id()), "QUOTES_IN_REPORTS") + "/withdraw", t.net.token(r), "{}").status(),
        expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: new consent for own person", (t, r) -> t.page(r, "/people/" + t.net.ownPerson + "/consents/new"), expect(200, 200, 404, 404, 404)));
    c.add(new Case<>("page: new consent for own research-consented person", (t, r) -> t.page(r, "/people/" + t.net.ownResearchPerson + "/consents/new"), expect(200, 200, 404, 403, 404)));
    c.add(new Case<>("page: new consent for other person", (t, r) -> t.page(r, "/people/" + t.net.otherPerson + "/consents/new"), expect(200, 404, 404, 404, 404)));
    c.add(new Case<>("form: record consent for own person", (t, r) -> t.form(r, "/people/" + t.freshPerson(t.net.ownOrg.id()) + "/consents/new",
        consentFields()), expect(302, 302, 404, 404, 404)));
    c.add(new Case<>("form: record consent for own research-consented person", (t, r) -> t.form(r, "/people/"
        + t.freshResearchPerson(t.net.ownOrg.id()) + "/consents/new", consentFields()), expect(302, 302, 404, 403, 404)));
    c.add(new Case<>("form: record consent for other person", (t, r) -> t.form(r, "/people/" + t.freshPerson(t.net.otherOrg.id()) + "/consents/new",
        consentFields()), expect(302, 404, 404, 404, 404)));
    c.add(new Case<>("form: withdraw own person's consent", (t, r) -> {
      long person = t.freshPerson(t.net.ownOrg.id());
      return t.form(r, "/people/" + person + "/consents/" + t.freshConsent(person, "QUOTES_IN_REPORTS") + "/withdraw", Map.of());
    }, expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: withdraw other person's consent", (t, r) -> {
      long person = t.freshPerson(t.net.otherOrg.id());
      return t.form(r, "/people/" + person + "/consents/" + t.freshConsent(person, "QUOTES_IN_REPORTS") + "/withdraw", Map.of());
    }, expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: confirm own person's consent still stands", (t, r) -> {
      long person = t.freshPerson(t.net.ownOrg.id());
      return t.form(r, "/people/" + person + "/consents/" + t.freshConsent(person, "QUOTES_IN_REPORTS") + "/confirm", Map.of());
    }, expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: confirm other person's consent still stands", (t, r) -> {
      long person = t.freshPerson(t.net.otherOrg.id());
      return t.form(r, "/people/" + person + "/consents/" + t.freshConsent(person, "QUOTES_IN_REPORTS") + "/confirm", Map.of());
    }, expect(302, 404, 403, 403, 403)));
  }

  static Map<String, String> consentFields() {
    return Map.of("purpose", "QUOTES_IN_REPORTS", "givenOn", "2025-01-01", "method", "VERBAL");
  }

  /** Everyone sees the directory; the coordinator adds and voids; a site lead edits their own. */
  static void organisationRows(List<Case<AccessMatrixTest>> c) {
    c.add(new Case<>("GET organisations list", (t, r) -> t.get(r, "/api/v1/organisations"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("POST void own organisation", (t, r) -> t.api.post("/api/v1/organisations/" + t.ownOrganisationToVoid(r) + "/void",
        t.net.token(r), "{\"reason\":\"test\"}").status(), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("POST void other organisation", (t, r) -> t.api.post("/api/v1/organisations/" + t.freshOrganisation() + "/void",
        t.net.token(r), "{\"reason\":\"test\"}").status(), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: organisations", (t, r) -> t.page(r, "/organisations"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: void own organisation", (t, r) -> t.page(r, "/organisations/" + t.net.ownOrg.id() + "/void"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: void other organisation", (t, r) -> t.page(r, "/organisations/" + t.net.otherOrg.id() + "/void"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("form: add organisation", (t, r) -> t.form(r, "/organisations/new", Map.of("name", "Matrix org " + t.unique(),
        "type", "COMMUNITY_GROUP", "side", "COMMUNITY")), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: edit own organisation", (t, r) -> t.form(r, "/organisations/" + t.net.ownOrg.id() + "/edit",
        Map.of("name", t.net.ownOrg.name(), "type", "COMMUNITY_GROUP", "side", "COMMUNITY",
            "version", String.valueOf(t.version("/api/v1/organisations/" + t.net.ownOrg.id())))), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: edit other organisation", (t, r) -> t.form(r, "/organisations/" + t.net.otherOrg.id() + "/edit",
        Map.of("name", t.net.otherOrg.name(), "type", "FAITH_ORGANISATION", "side", "COMMUNITY",
            "version", String.valueOf(t.version("/api/v1/organisations/" + t.net.otherOrg.id())))), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: void own organisation", (t, r) -> t.form(r, "/organisations/" + t.ownOrganisationToVoid(r) + "/void",
        Map.of("reason", "test")), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: void other organisation", (t, r) -> t.form(r, "/organisations/" + t.freshOrganisation() + "/void",
        Map.of("reason", "test")), expect(302, 404, 403, 403, 403)));
  }

  /**
   * A person's pages: statutory and peer researchers see no one (404), a researcher sees people who
   * consented to research use but changes no one (403), a site lead manages their organisation's.
   */
  static void personPageRows(List<Case<AccessMatrixTest>> c) {
    c.add(new Case<>("page: edit own person", (t, r) -> t.page(r, "/people/" + t.net.ownPerson + "/edit"), expect(200, 200, 404, 404, 404)));
    c.add(new Case<>("page: edit own research-consented person", (t, r) -> t.page(r, "/people/" + t.net.ownResearchPerson + "/edit"), expect(200, 200, 404, 403, 404)));
    c.add(new Case<>("page: edit other person", (t, r) -> t.page(r, "/people/" + t.net.otherPerson + "/edit"), expect(200, 404, 404, 404, 404)));
    c.add(new Case<>("page: void own person", (t, r) -> t.page(r, "/people/" + t.net.ownPerson + "/void"), expect(200, 200, 404, 404, 404)));
    c.add(new Case<>("page: void own research-consented person", (t, r) -> t.page(r, "/people/" + t.net.ownResearchPerson + "/void"), expect(200, 200, 404, 403, 404)));
    c.add(new Case<>("page: void other person", (t, r) -> t.page(r, "/people/" + t.net.otherPerson + "/void"), expect(200, 404, 404, 404, 404)));
    c.add(new Case<>("form: add person", (t, r) -> t.form(r, "/people/new", Map.of("displayName", "Matrix person " + t.unique(),
        "contactPreference", "NONE", "organisationId", String.valueOf(t.net.ownOrg.id()))), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: edit own person", (t, r) -> t.form(r, "/people/" + t.freshPerson(t.net.ownOrg.id()) + "/edit",
        personFields()), expect(302, 302, 404, 404, 404)));
    c.add(new Case<>("form: edit own research-consented person", (t, r) -> t.form(r, "/people/"
        + t.freshResearchPerson(t.net.ownOrg.id()) + "/edit", personFields()), expect(302, 302, 404, 403, 404)));
    c.add(new Case<>("form: edit other person", (t, r) -> t.form(r, "/people/" + t.freshPerson(t.net.otherOrg.id()) + "/edit",
        personFields()), expect(302, 404, 404, 404, 404)));
    c.add(new Case<>("form: void own person", (t, r) -> t.form(r, "/people/" + t.freshPerson(t.net.ownOrg.id()) + "/void",
        Map.of("reason", "test")), expect(302, 302, 404, 404, 404)));
    // A form sent back with errors is refused, not shown again, to those who may not make the change.
    c.add(new Case<>("form: void own person without a reason", (t, r) -> t.form(r, "/people/"
        + t.freshResearchPerson(t.net.ownOrg.id()) + "/void", Map.of("reason", "")), expect(200, 200, 404, 403, 404)));
    c.add(new Case<>("form: void own research-consented person", (t, r) -> t.form(r, "/people/"
        + t.freshResearchPerson(t.net.ownOrg.id()) + "/void", Map.of("reason", "test")), expect(302, 302, 404, 403, 404)));
    c.add(new Case<>("form: void other person", (t, r) -> t.form(r, "/people/" + t.freshPerson(t.net.otherOrg.id()) + "/void",
        Map.of("reason", "test")), expect(302, 404, 404, 404, 404)));
    // Erasure is the coordinator's alone, whoever the person is: the form page and the API say 403 too.
    c.add(new Case<>("form: erase own person", (t, r) -> t.form(r, "/people/" + t.freshPerson(t.net.ownOrg.id()) + "/erase",
        Map.of("reason", "request")), expect(302, 403, 403, 403, 403)));
  }

  /** The fields of a fresh person's edit form (version 0: nobody has changed it yet). */
  static Map<String, String> personFields() {
    return Map.of("displayName", "Matrix person edited", "contactPreference", "NONE", "version", "0");
  }

  /** A site lead may add memberships only in their own organisation, for people they manage. */
  static void membershipRows(List<Case<AccessMatrixTest>> c) {
    c.add(new Case<>("POST membership of own person in other organisation", (t, r) -> t.api.post("/api/v1/people/"
        + t.freshPerson(t.net.ownOrg.id()) + "/memberships", t.net.token(r),
        Api.json(Map.of("organisationId", t.net.otherOrg.id()))).status(), expect(200, 404, 404, 404, 404)));
    c.add(new Case<>("POST membership of own research-consented person in other organisation", (t, r) -> t.api.post("/api/v1/people/"
        + t.freshResearchPerson(t.net.ownOrg.id()) + "/memberships", t.net.token(r),
        Api.json(Map.of("organisationId", t.net.otherOrg.id()))).status(), expect(200, 404, 404, 403, 404)));
    c.add(new Case<>("POST membership of other person in own organisation", (t, r) -> t.api.post("/api/v1/people/"
        + t.freshPerson(t.net.otherOrg.id()) + "/memberships", t.net.token(r),
        Api.json(Map.of("organisationId", t.net.ownOrg.id()))).status(), expect(200, 404, 404, 404, 404)));
    c.add(new Case<>("form: membership of own person in other organisation", (t, r) -> t.form(r, "/people/"
        + t.freshPerson(t.net.ownOrg.id()) + "/memberships", Map.of("organisationId", String.valueOf(t.net.otherOrg.id()))),
        expect(302, 404, 404, 404, 404)));
    c.add(new Case<>("form: membership of other person in own organisation", (t, r) -> t.form(r, "/people/"
        + t.freshPerson(t.net.otherOrg.id()) + "/memberships", Map.of("organisationId", String.valueOf(t.net.ownOrg.id()))),
        expect(302, 404, 404, 404, 404)));
  }

  /** Everyone sees the venues (a site lead their organisation's); the coordinator and site lead change them. */
  static void siteRows(List<Case<AccessMatrixTest>> c) {
    c.add(new Case<>("GET sites list", (t, r) -> t.get(r, "/api/v1/sites"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("PUT own site", (t, r) -> t.api.put("/api/v1/sites/" + t.freshSite(t.net.ownOrg.id()), t.net.token(r),
        siteBody(t.net.ownOrg.id())).status(), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("PUT other site", (t, r) -> t.api.put("/api/v1/sites/" + t.freshSite(t.net.otherOrg.id()), t.net.token(r),
        siteBody(t.net.otherOrg.id())).status(), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST void own site", (t, r) -> t.api.post("/api/v1/sites/" + t.freshSite(t.net.ownOrg.id()) + "/void",
        t.net.token(r), "{\"reason\":\"test\"}").status(), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("POST void other site", (t, r) -> t.api.post("/api/v1/sites/" + t.freshSite(t.net.otherOrg.id()) + "/void",
        t.net.token(r), "{\"reason\":\"test\"}").status(), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: sites", (t, r) -> t.page(r, "/sites"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: own site", (t, r) -> t.page(r, "/sites/" + t.net.ownSite), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: other site", (t, r) -> t.page(r, "/sites/" + t.net.otherSite), expect(200, 404, 200, 200, 200)));
    c.add(new Case<>("page: new site", (t, r) -> t.page(r, "/sites/new"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: edit own site", (t, r) -> t.page(r, "/sites/" + t.net.ownSite + "/edit"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: edit other site", (t, r) -> t.page(r, "/sites/" + t.net.otherSite + "/edit"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: void own site", (t, r) -> t.page(r, "/sites/" + t.net.ownSite + "/void"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: void other site", (t, r) -> t.page(r, "/sites/" + t.net.otherSite + "/void"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("form: add site for own organisation", (t, r) -> t.form(r, "/sites/new", siteFields(t.net.ownOrg.id())),
        expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: add site for other organisation", (t, r) -> t.form(r, "/sites/new", siteFields(t.net.otherOrg.id())),
        expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: edit own site", (t, r) -> t.form(r, "/sites/" + t.freshSite(t.net.ownOrg.id()) + "/edit",
        siteFields(t.net.ownOrg.id())), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: edit other site", (t, r) -> t.form(r, "/sites/" + t.freshSite(t.net.otherOrg.id()) + "/edit",
        siteFields(t.net.otherOrg.id())), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: void own site", (t, r) -> t.form(r, "/sites/" + t.freshSite(t.net.ownOrg.id()) + "/void",
        Map.of("reason", "test")), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: void other site", (t, r) -> t.form(r, "/sites/" + t.freshSite(t.net.otherOrg.id()) + "/void",
        Map.of("reason", "test")), expect(302, 404, 403, 403, 403)));
  }

  /** A fresh site's new details (version 0: nobody has changed it yet). */
  static String siteBody(long organisationId) {
    return Api.json(Map.of("organisationId", organisationId, "name", "Renamed hall", "version", 0));
  }

  static Map<String, String> siteFields(long organisationId) {
    return Map.of("organisationId", String.valueOf(organisationId), "name", "Matrix hall", "version", "0");
  }

  /** Ties are for the coordinator and site leads (the ties touching their organisation); others get 403. */
  static void tieRows(List<Case<AccessMatrixTest>> c) {
    c.add(new Case<>("GET ties list", (t, r) -> t.get(r, "/api/v1/ties"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("POST tie between own people", (t, r) -> t.api.post("/api/v1/ties", t.net.token(r),
        t.tieBody(t.net.ownPerson, t.net.ownResearchPerson, null)).status(), expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("POST tie between other people", (t, r) -> t.api.post("/api/v1/ties", t.net.token(r),
        t.tieBody(t.net.otherPerson, t.net.otherResearchPerson, null)).status(), expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("PUT own tie", (t, r) -> t.api.put("/api/v1/ties/" + t.freshTie(true), t.net.token(r),
        t.tieBody(t.net.ownPerson, t.net.ownResearchPerson, 0)).status(), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("PUT other tie", (t, r) -> t.api.put("/api/v1/ties/" + t.freshTie(false), t.net.token(r),
        t.tieBody(t.net.otherPerson, t.net.otherResearchPerson, 0)).status(), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST void own tie", (t, r) -> t.api.post("/api/v1/ties/" + t.freshTie(true) + "/void", t.net.token(r),
        "{\"reason\":\"test\"}").status(), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("POST void other tie", (t, r) -> t.api.post("/api/v1/ties/" + t.freshTie(false) + "/void", t.net.token(r),
        "{\"reason\":\"test\"}").status(), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: ties", (t, r) -> t.page(r, "/ties"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: edit own tie", (t, r) -> t.page(r, "/ties/" + t.net.ownTie + "/edit"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: edit other tie", (t, r) -> t.page(r, "/ties/" + t.net.otherTie + "/edit"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: void own tie", (t, r) -> t.page(r, "/ties/" + t.net.ownTie + "/void"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: void other tie", (t, r) -> t.page(r, "/ties/" + t.net.otherTie + "/void"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("form: add tie between own people", (t, r) -> t.form(r, "/ties/new",
        tieFields(t.net.ownPerson, t.net.ownResearchPerson)), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: add tie between other people", (t, r) -> t.form(r, "/ties/new",
        tieFields(t.net.otherPerson, t.net.otherResearchPerson)), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: edit own tie", (t, r) -> t.form(r, "/ties/" + t.freshTie(true) + "/edit",
        tieFields(t.net.ownPerson, t.net.ownResearchPerson)), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: edit other tie", (t, r) -> t.form(r, "/ties/" + t.freshTie(false) + "/edit",
        tieFields(t.net.otherPerson, t.net.otherResearchPerson)), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: void own tie", (t, r) -> t.form(r, "/ties/" + t.freshTie(true) + "/void",
        Map.of("reason", "test")), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: void other tie", (t, r) -> t.form(r, "/ties/" + t.freshTie(false) + "/void",
        Map.of("reason", "test")), expect(302, 404, 403, 403, 403)));
  }

  /** A tie form's fields (version 0, for a fresh tie; ignored when adding). */
  static Map<String, String> tieFields(long from, long to) {
    return Map.of("fromPersonId", String.valueOf(from), "toPersonId", String.valueOf(to), "kind", "BONDING",
        "trust", "3", "version", "0");
  }

  /**
   * Tokens are managed in person: with a bearer token every role is refused (403); signed in, every
   * role manages its own tokens, and someone else's token is not found (404).
   */
  static void tokenRows(List<Case<AccessMatrixTest>> c) {
    String newToken = Api.json(Map.of("name", "matrix", "validForDays", 1));
    c.add(new Case<>("POST token with a token", (t, r) -> t.api.post("/api/v1/tokens", t.net.token(r), newToken).status(),
        expect(403, 403, 403, 403, 403)));
    c.add(new Case<>("POST token in a session", (t, r) -> t.inSession(r, "/api/v1/tokens", newToken), expect(201, 201, 201, 201, 201)));
    c.add(new Case<>("POST revoke own token with a token", (t, r) -> t.api.post("/api/v1/tokens/" + t.freshToken(r) + "/revoke",
        t.net.token(r), "{}").status(), expect(403, 403, 403, 403, 403)));
    c.add(new Case<>("POST revoke own token in a session", (t, r) -> t.inSession(r, "/api/v1/tokens/" + t.freshToken(r) + "/revoke", null),
        expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("POST revoke someone else's token in a session", (t, r) -> t.inSession(r, "/api/v1/tokens/"
        + t.freshToken(someoneElse(r)) + "/revoke", null), expect(404, 404, 404, 404, 404)));
    c.add(new Case<>("form: create token", (t, r) -> t.form(r, "/account/tokens", Map.of("name", "matrix", "days", "1")),
        expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("form: revoke own token", (t, r) -> t.form(r, "/account/tokens/" + t.freshToken(r) + "/revoke", Map.of()),
        expect(302, 302, 302, 302, 302)));
    c.add(new Case<>("form: revoke someone else's token", (t, r) -> t.form(r, "/account/tokens/"
        + t.freshToken(someoneElse(r)) + "/revoke", Map.of()), expect(404, 404, 404, 404, 404)));
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
