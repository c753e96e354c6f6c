package org.phasezero.evidence.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.security.Role.COORDINATOR;
import static org.phasezero.support.AccessMatrix.expect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Every thematic network endpoint and page × every role × own project (the researcher and the peer
 * researcher are members) / other project (no members). Networks follow their project: the
 * coordinator sees every one, members see and work in theirs, anyone else is told "not found"
 * (404), and a statutory partner never sees research evidence (403).
 */
@OnH2
@CoversEveryHandler({"org.phasezero.evidence.themes"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class ThemesAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  EvidenceFixture fx;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);
  /** Per project (own, other): a network with a global and an organising theme. */
  final Map<Boolean, long[]> networks = new java.util.HashMap<>();

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new EvidenceFixture(context);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
    for (boolean own : List.of(true, false)) {
      long network = freshNetwork(own);
      long global = theme(network, "GLOBAL", null);
      networks.put(own, new long[] {network, global, theme(network, "ORGANISING", global)});
    }
  }

  String coordinator() {
    return fx.net.token(COORDINATOR);
  }

  long freshNetwork(boolean own) {
    return api.post("/api/v1/projects/" + (own ? fx.ownProject : fx.otherProject) + "/theme-networks", coordinator(),
        Api.json(Map.of("name", "Network " + UUID.randomUUID()))).json().get("id").asLong();
  }

  long theme(long network, String tier, Long parent) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("tier", tier, "name", "Theme " + UUID.randomUUID()));
    if (parent != null) {
      body.put("parentId", parent);
    }
    return api.post("/api/v1/theme-networks/" + network + "/themes", coordinator(), Api.json(body)).json().get("id")
        .asLong();
  }

  /** A version of the project's network, frozen by the coordinator. */
  long version(boolean own) {
    return api.post("/api/v1/theme-networks/" + network(own) + "/versions", coordinator(),
        Api.json(Map.of("label", "Version " + UUID.randomUUID()))).json().get("id").asLong();
  }

  long network(boolean own) {
    return networks.get(own)[0];
  }

  long organising(boolean own) {
    return networks.get(own)[2];
  }

  /** A fresh basic theme under the project's organising theme. */
  long freshBasic(boolean own) {
    return theme(network(own), "BASIC", organising(own));
  }

  long freshCode(boolean own) {
    return api.post("/api/v1/projects/" + (own ? fx.ownProject : fx.otherProject) + "/codes", coordinator(),
        Api.json(Map.of("name", "Code " + UUID.randomUUID()))).json().get("id").asLong();
  }

  /** A fresh basic theme with a fresh code grouped under it: {theme, code}. */
  long[] basicWithCode(boolean own) {
    long theme = freshBasic(own);
    long code = freshCode(own);
    api.post("/api/v1/themes/" + theme + "/codes", coordinator(), Api.json(Map.of("codeId", code)));
    return new long[] {theme, code};
  }

  int get(Role r, String path) {
    return api.get(path, fx.net.token(r)).status();
  }

  int post(Role r, String path, String body) {
    return api.post(path, fx.net.token(r), body).status();
  }

  int put(Role r, String path, String body) {
    return api.put(path, fx.net.token(r), body).status();
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  int form(Role r, String action, Map<String, String> fields) {
    return sessions.get(r).post("/", action, fields).status();
  }

  List<Case<ThemesAccessMatrixTest>> cases() {
    List<Case<ThemesAccessMatrixTest>> c = new ArrayList<>();
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      long project = own ? fx.ownProject : fx.otherProject;
      long network = network(own);
      long organising = organising(own);
      Map<Role, Integer> view = own ? expect(200, 404, 403, 200, 200) : expect(200, 404, 403, 404, 404);
      Map<Role, Integer> created = own ? expect(201, 404, 403, 201, 201) : expect(201, 404, 403, 404, 404);
      Map<Role, Integer> saved = own ? expect(302, 404, 403, 302, 302) : expect(302, 404, 403, 404, 404);
      // API
      c.add(new Case<>("GET " + which + " networks", (t, r) -> t.get(r, "/api/v1/projects/" + project
          + "/theme-networks"), view));
      c.add(new Case<>("POST network in " + which + " project", (t, r) -> t.post(r, "/api/v1/projects/" + project
          + "/theme-networks", Api.json(Map.of("name", "By " + r))), created));
      c.add(new Case<>("GET " + which + " network", (t, r) -> t.get(r, "/api/v1/theme-networks/" + network), view));
      c.add(new Case<>("PUT " + which + " network", (t, r) -> t.put(r, "/api/v1/theme-networks/" + t.freshNetwork(own),
          Api.json(Map.of("name", "Renamed", "version", 0))), view));
      c.add(new Case<>("POST theme in " + which + " network", (t, r) -> t.post(r, "/api/v1/theme-networks/" + network
          + "/themes", Api.json(Map.of("tier", "BASIC", "parentId", organising, "name", "By " + r))), created));
      c.add(new Case<>("PUT " + which + " theme", (t, r) -> t.put(r, "/api/v1/themes/" + t.freshBasic(own),
          Api.json(Map.of("name", "Renamed", "parentId", organising, "version", 0))), view));
      c.add(new Case<>("POST code to " + which + " theme", (t, r) -> t.post(r, "/api/v1/themes/" + t.freshBasic(own)
          + "/codes", Api.json(Map.of("codeId", t.freshCode(own)))), view));
      c.add(new Case<>("POST detach code from " + which + " theme", (t, r) -> {
        long[] tc = t.basicWithCode(own);
        return t.post(r, "/api/v1/themes/" + tc[0] + "/codes/" + tc[1] + "/detach", "{}");
      }, view));
      c.add(new Case<>("POST void " + which + " theme", (t, r) -> t.post(r, "/api/v1/themes/" + t.freshBasic(own)
          + "/void", "{\"reason\":\"merged\"}"), view));
      c.add(new Case<>("GET quotes of " + which + " theme", (t, r) -> t.get(r, "/api/v1/themes/" + organising
          + "/quotes"), view));
      c.add(new Case<>("GET versions of " + which + " network", (t, r) -> t.get(r, "/api/v1/theme-networks/" + network
          + "/versions"), view));
      c.add(new Case<>("POST version of " + which + " network", (t, r) -> t.post(r, "/api/v1/theme-networks/" + network
          + "/versions", Api.json(Map.of("label", "By " + r))), created));
      c.add(new Case<>("GET comparison with a version of " + which + " network", (t, r) -> t.get(r,
          "/api/v1/theme-network-versions/" + t.version(own)), view));
      // Pages and forms
      c.add(new Case<>("form: freeze " + which + " network", (t, r) -> t.form(r, "/research/theme-networks/" + network
          + "/versions", Map.of("label", "Form version")), saved));
      c.add(new Case<>("download: " + which + " network as a PDF", (t, r) -> t.page(r,
          "/research/theme-networks/" + network + "/network.pdf"), view));
      c.add(new Case<>("download: " + which + " network as a REFI-QDA codebook", (t, r) -> t.page(r,
          "/research/theme-networks/" + network + "/codebook.qdc"), view));
      c.add(new Case<>("page: comparison with a version of " + which + " network", (t, r) -> t.page(r,
          "/research/theme-network-versions/" + t.version(own)), view));
      c.add(new Case<>("page: " + which + " networks", (t, r) -> t.page(r, "/research/" + project + "/themes"), view));
      c.add(new Case<>("form: network in " + which + " project", (t, r) -> t.form(r, "/research/" + project
          + "/themes", Map.of("name", "Form network")), saved));
      c.add(new Case<>("page: " + which + " network", (t, r) -> t.page(r, "/research/theme-networks/" + network), view));
      c.add(new Case<>("download: " + which + " network's table", (t, r) -> t.page(r, "/research/theme-networks/"
          + network + "/table?format=xlsx"), view));
      c.add(new Case<>("form: change " + which + " network", (t, r) -> t.form(r, "/research/theme-networks/"
          + t.freshNetwork(own), Map.of("name", "Changed", "version", "0")), saved));
      c.add(new Case<>("form: theme in " + which + " network", (t, r) -> t.form(r, "/research/theme-networks/" + network
          + "/themes", Map.of("tier", "BASIC", "parentId", String.valueOf(organising), "name", "Form theme")), saved));
      c.add(new Case<>("page: " + which + " theme", (t, r) -> t.page(r, "/research/themes/" + organising), view));
      c.add(new Case<>("form: change " + which + " theme", (t, r) -> t.form(r, "/research/themes/" + t.freshBasic(own),
          Map.of("name", "Changed", "parentId", String.valueOf(organising), "version", "0")), saved));
      c.add(new Case<>("form: code to " + which + " theme", (t, r) -> t.form(r, "/research/themes/" + t.freshBasic(own)
          + "/codes", Map.of("codeId", String.valueOf(t.freshCode(own)))), saved));
      c.add(new Case<>("form: detach code from " + which + " theme", (t, r) -> {
        long[] tc = t.basicWithCode(own);
        return t.form(r, "/research/themes/" + tc[0] + "/codes/" + tc[1] + "/detach", Map.of());
      }, saved));
      c.add(new Case<>("page: remove " + which + " theme", (t, r) -> t.page(r, "/research/themes/" + t.freshBasic(own)
          + "/void"), view));
      c.add(new Case<>("form: remove " + which + " theme", (t, r) -> t.form(r, "/research/themes/" + t.freshBasic(own)
          + "/void", Map.of("reason", "Merged")), saved));
    }
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected, Case<ThemesAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
