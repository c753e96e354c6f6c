package org.phasezero.evidence.checking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.security.Role.COORDINATOR;
import static org.phasezero.support.AccessMatrix.expect;

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
import org.phasezero.evidence.EvidenceFixture;
import org.phasezero.security.Role;
import org.phasezero.support.AccessMatrix;
import org.phasezero.support.AccessMatrix.Case;
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
 * Every member check endpoint and page × every role × own project (the researcher and the peer
 * researcher are members) / other project (no members). Checks follow their project; only the
 * coordinator and researchers on the project send them, stop them and record paper answers; a
 * statutory partner never sees research (403). The participant's link works for anyone holding it,
 * signed in or not, and is covered here too.
 */
@OnH2
@CoversEveryHandler({"org.phasezero.evidence.checking"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class MemberChecksAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  EvidenceFixture fx;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new EvidenceFixture(context);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
    // Ayo speaks in both projects' sources; their words (turn 2) are coded, so there is a quote to check.
    context.getBean(org.phasezero.evidence.Sources.class).linkSpeaker(fx.otherSource, "Ayo", fx.net.ownResearchPerson);
    int ayo = EvidenceFixture.startOf(1);
    for (boolean own : List.of(true, false)) {
      api.post("/api/v1/codings", coordinator(), Api.json(Map.of("sourceId", own ? fx.ownSource : fx.otherSource,
          "codeId", own ? fx.ownCode : fx.otherCode, "start", ayo + 5, "end", ayo + 24)));
    }
  }

  String coordinator() {
    return fx.net.token(COORDINATOR);
  }

  long project(boolean own) {
    return own ? fx.ownProject : fx.otherProject;
  }

  /** A fresh check, sent by the coordinator: {id, link}. */
  String[] freshCheck(boolean own) {
    var r = api.post("/api/v1/projects/" + project(own) + "/member-checks", coordinator(), Api.json(Map.of("personId",
        fx.net.ownResearchPerson, "summary", "What we heard")));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return new String[] {r.json().get("check").get("id").asString(), r.json().get("link").asString()};
  }

  int get(Role r, String path) {
    return api.get(path, fx.net.token(r)).status();
  }

  int post(Role r, String path, String body) {
    return api.post(path, fx.net.token(r), body).status();
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  int form(Role r, String action, Map<String, String> fields) {
    return sessions.get(r).post("/", action, fields).status();
  }

  List<Case<MemberChecksAccessMatrixTest>> cases() {
    List<Case<MemberChecksAccessMatrixTest>> c = new ArrayList<>();
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      long project = project(own);
      Map<Role, Integer> view = own ? expect(200, 404, 403, 200, 200) : expect(200, 404, 403, 404, 404);
      Map<Role, Integer> manage = own ? expect(200, 404, 403, 200, 403) : expect(200, 404, 403, 404, 404);
      Map<Role, Integer> sent = own ? expect(201, 404, 403, 201, 403) : expect(201, 404, 403, 404, 404);
      Map<Role, Integer> saved = own ? expect(302, 404, 403, 302, 403) : expect(302, 404, 403, 404, 404);
      String body = Api.json(Map.of("personId", fx.net.ownResearchPerson, "summary", "What we heard"));
      // API
      c.add(new Case<>("GET " + which + " checks", (t, r) -> t.get(r, "/api/v1/projects/" + project
          + "/member-checks"), view));
      c.add(new Case<>("POST check in " + which + " project", (t, r) -> t.post(r, "/api/v1/projects/" + project
          + "/member-checks", body), sent));
      c.add(new Case<>("GET " + which + " check", (t, r) -> t.get(r, "/api/v1/member-checks/" + t.freshCheck(own)[0]),
          view));
      c.add(new Case<>("POST paper answers to " + which + " check", (t, r) -> t.post(r, "/api/v1/member-checks/"
          + t.freshCheck(own)[0] + "/paper-response", "{\"quote-1\":\"KEEP\"}"), manage));
      c.add(new Case<>("POST stop " + which + " check", (t, r) -> t.post(r, "/api/v1/member-checks/"
          + t.freshCheck(own)[0] + "/void", "{\"reason\":\"Wrong address\"}"), manage));
      // Pages and forms
      c.add(new Case<>("page: " + which + " checks", (t, r) -> t.page(r, "/research/" + project + "/member-checks"),
          view));
      c.add(new Case<>("form: check in " + which + " project", (t, r) -> t.form(r, "/research/" + project
          + "/member-checks", Map.of("personId", String.valueOf(fx.net.ownResearchPerson), "summary", "Heard")), saved));
      c.add(new Case<>("page: " + which + " check", (t, r) -> t.page(r, "/research/member-checks/"
          + t.freshCheck(own)[0]), view));
      c.add(new Case<>("page: " + which + " check on paper", (t, r) -> t.page(r, "/research/member-checks/"
          + t.freshCheck(own)[0] + "/paper"), view));
      c.add(new Case<>("form: paper answers to " + which + " check", (t, r) -> t.form(r, "/research/member-checks/"
          + t.freshCheck(own)[0] + "/paper", Map.of("quote-1", "KEEP")), saved));
      c.add(new Case<>("page: stop " + which + " check", (t, r) -> t.page(r, "/research/member-checks/"
          + t.freshCheck(own)[0] + "/void"), view));
      c.add(new Case<>("form: stop " + which + " check", (t, r) -> t.form(r, "/research/member-checks/"
          + t.freshCheck(own)[0] + "/void", Map.of("reason", "Wrong address")), saved));
      // The participant's link: whoever holds it, whatever their role.
      c.add(new Case<>("page: the link of a check in " + which + " project", (t, r) -> t.page(r, t.freshCheck(own)[1]),
          expect(200, 200, 200, 200, 200)));
      c.add(new Case<>("form: answers through the link in " + which + " project", (t, r) -> {
        String link = t.freshCheck(own)[1];
        return t.sessions.get(r).post(link, link, Map.of("quote-1", "KEEP")).status();
      }, expect(302, 302, 302, 302, 302)));
    }
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected,
      Case<MemberChecksAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
