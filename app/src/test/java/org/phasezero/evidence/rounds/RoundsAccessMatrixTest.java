package org.phasezero.evidence.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.security.Role.COORDINATOR;
import static org.phasezero.security.Role.PEER_RESEARCHER;
import static org.phasezero.security.Role.RESEARCHER;
import static org.phasezero.support.AccessMatrix.expect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phasezero.evidence.EvidenceFixture;
import org.phasezero.evidence.ResearchProjects;
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
 * Every blind coding round endpoint and page × every role × own project (the researcher and the
 * peer researcher are members and the round's coders) / other project (two other researchers code).
 * Rounds follow their project; only a round's coders code in it; only its owner (here the
 * coordinator) closes it and settles disagreements; a statutory partner never sees research (403).
 */
@OnH2
@CoversEveryHandler({"org.phasezero.evidence.rounds"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class RoundsAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  EvidenceFixture fx;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);
  /** The other project's two coders. */
  List<TestNetwork.Account> others;
  /** An open round in each project, coded in by every role's calls. */
  final Map<Boolean, Long> open = new java.util.HashMap<>();
  final AtomicInteger ranges = new AtomicInteger();

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new EvidenceFixture(context);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
    others = List.of(fx.net.newAccount(RESEARCHER), fx.net.newAccount(PEER_RESEARCHER));
    ResearchProjects projects = context.getBean(ResearchProjects.class);
    others.forEach(a -> projects.addMember(fx.otherProject, a.username()));
    for (boolean own : List.of(true, false)) {
      open.put(own, freshRound(own));
    }
  }

  String coordinator() {
    return fx.net.token(COORDINATOR);
  }

  long project(boolean own) {
    return own ? fx.ownProject : fx.otherProject;
  }

  long source(boolean own) {
    return own ? fx.ownSource : fx.otherSource;
  }

  long code(boolean own) {
    return own ? fx.ownCode : fx.otherCode;
  }

  List<String> coders(boolean own) {
    return own ? List.of(fx.net.usernames.get(RESEARCHER), fx.net.usernames.get(PEER_RESEARCHER))
        : others.stream().map(TestNetwork.Account::username).toList();
  }

  /** The token of a coder of the round: the role's own where it codes there, else the first coder's. */
  String coderToken(boolean own, Role r) {
    if (own) {
      return r == RESEARCHER || r == PEER_RESEARCHER ? fx.net.token(r) : fx.net.token(RESEARCHER);
    }
    return others.get(0).token();
  }

  long freshRound(boolean own) {
    return api.post("/api/v1/coding-rounds", coordinator(), Api.json(Map.of("projectId", project(own), "name",
        "Round", "sourceIds", List.of(source(own)), "codeIds", List.of(code(own)), "coders", coders(own))))
        .json().get("round").get("id").asLong();
  }

  /** A distinct range each call, so no call collides with an earlier coding. */
  int[] range() {
    int n = ranges.getAndIncrement();
    return new int[] {n % 40, 41 + n / 40};
  }

  String codingBody(boolean own) {
    int[] r = range();
    return Api.json(Map.of("sourceId", source(own), "codeId", code(own), "start", r[0], "end", r[1]));
  }

  /** A coding in the open round by a coder (the role itself where it codes there). */
  long freshCoding(boolean own, Role r) {
    return api.post("/api/v1/coding-rounds/" + open.get(own) + "/codings", coderToken(own, r), codingBody(own)).json()
        .get("id").asLong();
  }

  /** A closed round with one disagreement (the first coder applied the code to the first turn): {round, turn}. */
  long[] closedRound(boolean own) {
    long round = freshRound(own);
    List<String> tokens = own ? List.of(fx.net.token(RESEARCHER), fx.net.token(PEER_RESEARCHER))
        : others.stream().map(TestNetwork.Account::token).toList();
    api.post("/api/v1/coding-rounds/" + round + "/codings", tokens.get(0), Api.json(Map.of("sourceId", source(own),
        "codeId", code(own), "start", 0, "end", 10)));
    tokens.forEach(t -> api.post("/api/v1/coding-rounds/" + round + "/sources/" + source(own) + "/finished", t, "{}"));
    api.post("/api/v1/coding-rounds/" + round + "/close", coordinator(), "{}");
    long segment = api.get("/api/v1/coding-rounds/" + round + "/disagreements", coordinator()).json().get(0).get("unit")
        .get("segmentId").asLong();
    return new long[] {round, segment};
  }

  /** A decision settled by the coordinator in a fresh closed round. */
  long decision(boolean own) {
    long[] closed = closedRound(own);
    return api.post("/api/v1/coding-rounds/" + closed[0] + "/decisions", coordinator(), Api.json(Map.of("segmentId",
        closed[1], "codeId", code(own), "applies", false, "reason", "Agreed"))).json().get("id").asLong();
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

  List<Case<RoundsAccessMatrixTest>> cases() {
    List<Case<RoundsAccessMatrixTest>> c = new ArrayList<>();
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      long project = project(own);
      long round = open.get(own);
      long source = source(own);
      String code = String.valueOf(code(own));
      Map<Role, Integer> view = own ? expect(200, 404, 403, 200, 200) : expect(200, 404, 403, 404, 404);
      Map<Role, Integer> setUp = own ? expect(201, 404, 403, 201, 403) : expect(201, 404, 403, 404, 404);
      Map<Role, Integer> setUpForm = own ? expect(302, 404, 403, 302, 403) : expect(302, 404, 403, 404, 404);
      Map<Role, Integer> coded = own ? expect(403, 404, 403, 201, 201) : expect(403, 404, 403, 404, 404);
      Map<Role, Integer> coderOk = own ? expect(403, 404, 403, 200, 200) : expect(403, 404, 403, 404, 404);
      Map<Role, Integer> coderVoid = own ? expect(403, 404, 403, 204, 204) : expect(403, 404, 403, 404, 404);
      Map<Role, Integer> coderForm = own ? expect(403, 404, 403, 302, 302) : expect(403, 404, 403, 404, 404);
      Map<Role, Integer> owner = own ? expect(200, 404, 403, 403, 403) : expect(200, 404, 403, 404, 404);
      Map<Role, Integer> ownerCreated = own ? expect(201, 404, 403, 403, 403) : expect(201, 404, 403, 404, 404);
      Map<Role, Integer> ownerForm = own ? expect(302, 404, 403, 403, 403) : expect(302, 404, 403, 404, 404);
      String coders = Api.json(coders(own));
      // API
      c.add(new Case<>("GET " + which + " rounds", (t, r) -> t.get(r, "/api/v1/projects/" + project + "/coding-rounds"),
          view));
      c.add(new Case<>("POST round in " + which + " project", (t, r) -> t.post(r, "/api/v1/coding-rounds",
          "{\"projectId\":" + project + ",\"name\":\"By " + r + "\",\"sourceIds\":[" + source + "],\"codeIds\":[" + code
              + "],\"coders\":" + coders + "}"), setUp));
      c.add(new Case<>("GET " + which + " round", (t, r) -> t.get(r, "/api/v1/coding-rounds/" + round), view));
      c.add(new Case<>("GET progress of " + which + " round", (t, r) -> t.get(r, "/api/v1/coding-rounds/" + round
          + "/progress"), view));
      c.add(new Case<>("GET codings of " + which + " round", (t, r) -> t.get(r, "/api/v1/coding-rounds/" + round
          + "/codings?sourceId=" + source), view));
      c.add(new Case<>("POST coding in " + which + " round", (t, r) -> t.post(r, "/api/v1/coding-rounds/" + round
          + "/codings", t.codingBody(own)), coded));
      c.add(new Case<>("POST void coding in " + which + " round", (t, r) -> t.post(r, "/api/v1/coding-rounds/" + round
          + "/codings/" + t.freshCoding(own, r) + "/void", "{\"reason\":\"Slip\"}"), coderVoid));
      c.add(new Case<>("POST finished in " + which + " round", (t, r) -> t.post(r, "/api/v1/coding-rounds/"
          + t.freshRound(own) + "/sources/" + source + "/finished", "{}"), coderOk));
      c.add(new Case<>("POST close " + which + " round", (t, r) -> t.post(r, "/api/v1/coding-rounds/" + t.freshRound(own)
          + "/close", "{}"), owner));
      c.add(new Case<>("GET agreement of " + which + " round", (t, r) -> t.get(r, "/api/v1/coding-rounds/"
          + t.closedRound(own)[0] + "/agreement"), view));
      c.add(new Case<>("GET units.csv of " + which + " round", (t, r) -> t.get(r, "/api/v1/coding-rounds/"
          + t.closedRound(own)[0] + "/units.csv"), view));
      c.add(new Case<>("GET disagreements of " + which + " round", (t, r) -> t.get(r, "/api/v1/coding-rounds/"
          + t.closedRound(own)[0] + "/disagreements"), view));
      c.add(new Case<>("POST decision in " + which + " round", (t, r) -> {
        long[] closed = t.closedRound(own);
        return t.post(r, "/api/v1/coding-rounds/" + closed[0] + "/decisions", Api.json(Map.of("segmentId", closed[1],
            "codeId", code(own), "applies", true, "reason", "Agreed")));
      }, ownerCreated));
      // Pages and forms
      c.add(new Case<>("page: " + which + " rounds", (t, r) -> t.page(r, "/research/" + project + "/rounds"), view));
      c.add(new Case<>("form: round in " + which + " project", (t, r) -> {
        List<String> cs = coders(own);
        return t.sessions.get(r).post("/", "/research/" + project + "/rounds", Map.of("name", "Form round",
            "sourceIds", String.valueOf(source), "codeIds", code, "coders", cs.get(0) + "," + cs.get(1))).status();
      }, setUpForm));
      c.add(new Case<>("page: " + which + " round", (t, r) -> t.page(r, "/research/rounds/" + round), view));
      c.add(new Case<>("page: closed " + which + " round", (t, r) -> t.page(r, "/research/rounds/"
          + t.closedRound(own)[0]), view));
      c.add(new Case<>("page: code " + which + " round's source", (t, r) -> t.page(r, "/research/rounds/" + round
          + "/sources/" + source), coderOk));
      c.add(new Case<>("form: code turns in " + which + " round", (t, r) -> t.form(r, "/research/rounds/"
          + t.freshRound(own) + "/sources/" + source + "/codings", Map.of("codeId", code, "segmentIds",
          String.valueOf(t.firstTurn(own)))), coderForm));
      c.add(new Case<>("form: code words in " + which + " round", (t, r) -> {
        int[] range = t.range();
        return t.form(r, "/research/rounds/" + round + "/sources/" + source + "/codings/range", Map.of("codeId", code,
            "start", String.valueOf(range[0]), "end", String.valueOf(range[1])));
      }, coderForm));
      c.add(new Case<>("form: finished in " + which + " round", (t, r) -> t.form(r, "/research/rounds/"
          + t.freshRound(own) + "/sources/" + source + "/finished", Map.of("done", "true")), coderForm));
      c.add(new Case<>("page: remove coding in " + which + " round", (t, r) -> t.page(r, "/research/rounds/" + round
          + "/codings/" + t.freshCoding(own, r) + "/void"), coderOk));
      c.add(new Case<>("form: remove coding in " + which + " round", (t, r) -> t.form(r, "/research/rounds/" + round
          + "/codings/" + t.freshCoding(own, r) + "/void", Map.of("reason", "Slip")), coderForm));
      c.add(new Case<>("form: close " + which + " round", (t, r) -> t.form(r, "/research/rounds/" + t.freshRound(own)
          + "/close", Map.of()), ownerForm));
      c.add(new Case<>("download: units.csv of " + which + " round", (t, r) -> t.page(r, "/research/rounds/"
          + t.closedRound(own)[0] + "/units.csv"), view));
      c.add(new Case<>("page: disagreements of " + which + " round", (t, r) -> t.page(r, "/research/rounds/"
          + t.closedRound(own)[0] + "/disagreements"), view));
      c.add(new Case<>("page: a decision in " + which + " round", (t, r) -> t.page(r, "/research/rounds/decisions/"
          + t.decision(own)), view));
      c.add(new Case<>("form: reflexive memo on a decision in " + which + " round", (t, r) -> t.form(r,
          "/research/rounds/decisions/" + t.decision(own) + "/memos", Map.of("body", "My position")), own
          ? expect(302, 404, 403, 302, 302) : expect(302, 404, 403, 404, 404)));
      c.add(new Case<>("form: decision in " + which + " round", (t, r) -> {
        long[] closed = t.closedRound(own);
        return t.form(r, "/research/rounds/" + closed[0] + "/decisions", Map.of("segmentId", String.valueOf(closed[1]),
            "codeId", code, "applies", "false", "reason", "Agreed"));
      }, ownerForm));
    }
    return c;
  }

  long firstTurn(boolean own) {
    return api.get("/api/v1/sources/" + source(own) + "/turns", coordinator()).json().get(0).get("id").asLong();
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected,
      Case<RoundsAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
