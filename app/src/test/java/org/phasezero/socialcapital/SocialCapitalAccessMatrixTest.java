package org.phasezero.socialcapital;

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
 * Every network endpoint and page × every role × a partnership the site lead's organisation is in
 * (own) and one it is not in (other). Everyone sees network-level figures (partners for whole
 * reporting periods); people are for the coordinator, the site lead (their organisation's part)
 * and researchers (consented people); peer researchers and partners get 403 for anything about
 * people; a site lead asking for another partnership's network gets 404; only the coordinator
 * imports a survey.
 */
@OnH2
@CoversEveryHandler({"org.phasezero.socialcapital"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class SocialCapitalAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  SocialCapitalFixture fx;
  SocialCapitalFixture elsewhere;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new SocialCapitalFixture(context);
    elsewhere = new SocialCapitalFixture(context);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
  }

  String query(boolean own) {
    return "sources=ties&partnership=" + (own ? fx.partnership : elsewhere.partnership);
  }

  int get(Role r, String path) {
    return api.get(path, fx.net.token(r)).status();
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  List<Case<SocialCapitalAccessMatrixTest>> cases() {
    List<Case<SocialCapitalAccessMatrixTest>> c = new ArrayList<>();
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      String q = query(own);
      Map<Role, Integer> figures = own ? expect(200, 200, 200, 200, 200) : expect(200, 404, 200, 200, 200);
      Map<Role, Integer> people = own ? expect(200, 200, 403, 200, 403) : expect(200, 404, 403, 200, 403);
      String ayo = "p" + (own ? fx.ayo : elsewhere.ayo);
      // API
      c.add(new Case<>("GET summary of " + which, (t, r) -> t.get(r, "/api/v1/networks/summary?" + q), figures));
      c.add(new Case<>("GET measures of " + which, (t, r) -> t.get(r, "/api/v1/networks/measures?" + q), people));
      c.add(new Case<>("GET key-person risk of " + which, (t, r) -> t.get(r, "/api/v1/networks/key-person-risk?" + q),
          figures));
      c.add(new Case<>("POST what-if on " + which, (t, r) -> t.api.post("/api/v1/networks/what-if?" + q,
          t.fx.net.token(r), Api.json(Map.of("remove", List.of(ayo)))).status(), people));
      c.add(new Case<>("GET change of " + which, (t, r) -> t.get(r, "/api/v1/networks/change?" + q
          + "&from=2025-03-31&to=2026-03-31"), figures));
      c.add(new Case<>("GET trend of " + which, (t, r) -> t.get(r, "/api/v1/networks/trend?" + q
          + "&from=2025-04-01&to=2025-06-30"), figures));
      for (String format : List.of("gexf", "graphml", "csv")) {
        c.add(new Case<>("GET " + format + " of " + which, (t, r) -> t.get(r, "/api/v1/networks/export." + format
            + "?" + q), people));
        c.add(new Case<>("page: " + format + " of " + which, (t, r) -> t.page(r, "/social-capital/export." + format
            + "?" + q), people));
      }
      // Pages
      c.add(new Case<>("page: map of " + which, (t, r) -> t.page(r, "/social-capital?" + q), figures));
      c.add(new Case<>("page: what-if on " + which, (t, r) -> t.page(r, "/social-capital/what-if?" + q
          + "&remove=" + ayo), people));
      c.add(new Case<>("page: change of " + which, (t, r) -> t.page(r, "/social-capital/change?" + q), figures));
    }
    String csv = "respondent,alter\nAda Own " + fx.net.suffix + ",Cal Own " + fx.net.suffix + "\n";
    Map<Role, Integer> coordinatorOnly = expect(200, 403, 403, 403, 403);
    c.add(new Case<>("POST survey (dry run)", (t, r) -> t.api.postText("/api/v1/networks/survey", t.fx.net.token(r),
        "text/csv", csv).status(), coordinatorOnly));
    c.add(new Case<>("page: survey import", (t, r) -> t.page(r, "/social-capital/import"), coordinatorOnly));
    c.add(new Case<>("form: survey preview", (t, r) -> t.sessions.get(r).post("/social-capital/import",
        "/social-capital/import", Map.of("csv", csv, "dryRun", "true")).status(), coordinatorOnly));
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected,
      Case<SocialCapitalAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
