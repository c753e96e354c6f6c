package org.phasezero.evidence.search;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Every search endpoint × every role × a project the researchers are members of (own) / one they
 * are not (other). The coordinator searches every project; researchers and peer researchers only
 * their projects (another project answers 404, as opening it would); the site lead is a member of
 * neither (404); statutory partners never see sources (403). A search across all projects answers
 * 200 for each role that may search: it finds only what that role may open (the contract counts it).
 */
@OnH2
@CoversEveryHandler("org.phasezero.evidence.search")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class SearchAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Autowired
  EvidenceIndexer indexer;

  @Value("${local.server.port}")
  int port;

  Api api;
  SearchFixture fx;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new SearchFixture(context);
    indexer.awaitIdle();
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
  }

  int get(Role r, String path) {
    return api.get(path, fx.net.token(r)).status();
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  static final Map<Role, Integer> OWN = expect(200, 404, 403, 200, 200);
  static final Map<Role, Integer> OTHER = expect(200, 404, 403, 404, 404);
  static final Map<Role, Integer> ANY_PROJECT = expect(200, 200, 403, 200, 200);

  List<Case<SearchAccessMatrixTest>> cases() {
    SearchFixture f = fx;
    String q = "?q=" + f.word;
    List<Case<SearchAccessMatrixTest>> c = new ArrayList<>();
    c.add(new Case<>("GET search in own project", (t, r) -> t.get(r, "/api/v1/search" + q + "&projectId=" + f.ownProject), OWN));
    c.add(new Case<>("GET search in other project", (t, r) -> t.get(r, "/api/v1/search" + q + "&projectId=" + f.otherProject), OTHER));
    c.add(new Case<>("GET search in every project one may open", (t, r) -> t.get(r, "/api/v1/search" + q), ANY_PROJECT));
    c.add(new Case<>("page: search own project", (t, r) -> t.page(r, "/research/" + f.ownProject + "/search" + q), OWN));
    c.add(new Case<>("page: search other project", (t, r) -> t.page(r, "/research/" + f.otherProject + "/search" + q), OTHER));
    c.add(new Case<>("page: search form of own project", (t, r) -> t.page(r, "/research/" + f.ownProject + "/search"), OWN));
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected, Case<SearchAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
