package org.phasezero.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.support.AccessMatrix.expect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Other indicators × every role × a partnership the site lead's organisation is in (own) and one it
 * is not (other): everyone who sees the partnership reads them; the coordinator and a site lead of
 * a member record and void them; another partnership's is 404 to a site lead.
 */
@OnH2
@CoversEveryHandler({"org.phasezero.value.web.indicators"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class IndicatorAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  ValueFixture fx;
  ValueFixture elsewhere;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new ValueFixture(context, api);
    elsewhere = new ValueFixture(context, api);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
  }

  Map<String, Object> body(boolean own) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("partnershipId", (own ? fx : elsewhere).partnership);
    b.put("name", "Referrals " + UUID.randomUUID());
    b.put("periodFrom", "2025-01-01");
    b.put("periodTo", "2025-03-31");
    b.put("amount", "7");
    b.put("unit", "referrals");
    b.put("source", "Records");
    return b;
  }

  long indicator(boolean own) {
    var r = api.post("/api/v1/indicators", fx.coordinator, Api.json(body(own)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  Map<String, String> form(boolean own) {
    Map<String, String> f = new HashMap<>();
    body(own).forEach((k, v) -> f.put(k, String.valueOf(v)));
    f.remove("periodFrom");
    f.remove("periodTo");
    f.put("periodFrom-day", "1");
    f.put("periodFrom-month", "1");
    f.put("periodFrom-year", "2025");
    f.put("periodTo-day", "31");
    f.put("periodTo-month", "3");
    f.put("periodTo-year", "2025");
    return f;
  }

  List<Case<IndicatorAccessMatrixTest>> cases() {
    List<Case<IndicatorAccessMatrixTest>> c = new ArrayList<>();
    Map<Role, Integer> everyone = expect(200, 200, 200, 200, 200);
    c.add(new Case<>("GET indicators", (t, r) -> t.api.get("/api/v1/indicators", t.fx.net.token(r)).status(),
        everyone));
    c.add(new Case<>("page: indicators", (t, r) -> t.sessions.get(r).get("/value/indicators").status(), everyone));
    c.add(new Case<>("page: record an indicator", (t, r) -> t.sessions.get(r).get("/value/indicators/new").status(),
        expect(200, 200, 403, 403, 403)));
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      Map<Role, Integer> read = own ? everyone : expect(200, 404, 200, 200, 200);
      Map<Role, Integer> recorders = own ? expect(200, 200, 403, 403, 403) : expect(200, 404, 403, 403, 403);
      c.add(new Case<>("GET indicator of " + which, (t, r) -> t.api.get("/api/v1/indicators/" + t.indicator(own),
          t.fx.net.token(r)).status(), read));
      c.add(new Case<>("POST indicator to " + which, (t, r) -> t.api.post("/api/v1/indicators", t.fx.net.token(r),
          Api.json(t.body(own))).status(), own ? expect(201, 201, 403, 403, 403) : expect(201, 404, 403, 403, 403)));
      c.add(new Case<>("POST void of " + which, (t, r) -> t.api.post("/api/v1/indicators/" + t.indicator(own)
          + "/void", t.fx.net.token(r), Api.json(Map.of("reason", "Matrix"))).status(), recorders));
      c.add(new Case<>("form: record for " + which, (t, r) -> t.sessions.get(r).post("/", "/value/indicators/new",
          t.form(own)).status(), own ? expect(302, 302, 403, 403, 403) : expect(302, 404, 403, 403, 403)));
      c.add(new Case<>("page: void " + which, (t, r) -> t.sessions.get(r).get("/value/indicators/" + t.indicator(own)
          + "/void").status(), recorders));
      c.add(new Case<>("form: void " + which, (t, r) -> t.sessions.get(r).post("/", "/value/indicators/"
          + t.indicator(own) + "/void", Map.of("reason", "Matrix")).status(),
          own ? expect(302, 302, 403, 403, 403) : expect(302, 404, 403, 403, 403)));
    }
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected,
      Case<IndicatorAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
