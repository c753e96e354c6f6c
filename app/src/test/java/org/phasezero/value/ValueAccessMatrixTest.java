package org.phasezero.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.support.AccessMatrix.expect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
 * Every SROI account endpoint and page × every role × an account of a partnership the site lead's
 * organisation is in (own) and of one it is not (other). Coordinators and researchers (peer
 * researchers too) read and build; a site lead reads their partnerships' accounts and builds none;
 * another partnership's account is 404 to them; statutory partners get 403 (they see published
 * evidence packs). Each changing call works on an account made for it, so no case depends on
 * another.
 */
@OnH2
@CoversEveryHandler({"org.phasezero.value.web.accounts"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class ValueAccessMatrixTest {

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

  /** A fresh account, made by the coordinator, in the own or the other partnership. */
  long account(boolean own) {
    ValueFixture f = own ? fx : elsewhere;
    var r = api.post("/api/v1/sroi-accounts", fx.coordinator, Api.json(f.account(f.partnership,
        "Matrix " + UUID.randomUUID(), null, true)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  long outcome(long account) {
    var r = api.post("/api/v1/sroi-accounts/" + account + "/outcomes", fx.coordinator, Api.json(outcomeBody()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  long input(long account) {
    var r = api.post("/api/v1/sroi-accounts/" + account + "/inputs", fx.coordinator, Api.json(inputBody()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  static Map<String, Object> outcomeBody() {
    return ValueFixture.outcome("Members", "Outcome " + UUID.randomUUID(), "3", "10.00", 2, "10", "0", "10", "10");
  }

  static Map<String, Object> inputBody() {
    return Map.of("description", "Staff time", "amount", "100.00", "source", "Timesheets");
  }

  static Map<String, String> outcomeForm() {
    Map<String, String> f = new HashMap<>();
    outcomeBody().forEach((k, v) -> f.put(k, String.valueOf(v)));
    return f;
  }

  Map<String, String> accountForm(boolean own) {
    ValueFixture f = own ? fx : elsewhere;
    Map<String, String> m = new HashMap<>();
    m.put("partnershipId", String.valueOf(f.partnership));
    m.put("title", "Page " + UUID.randomUUID());
    m.put("periodFrom-day", "1");
    m.put("periodFrom-month", "1");
    m.put("periodFrom-year", "2025");
    m.put("periodTo-day", "31");
    m.put("periodTo-month", "12");
    m.put("periodTo-year", "2025");
    m.put("hourRate", "15.00");
    m.put("discountYearOne", "true");
    return m;
  }

  int call(Role r, String method, String path, Object body) {
    return api.send(method, path, fx.net.token(r), body == null ? null : Api.json(body)).status();
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  int form(Role r, String action, Map<String, String> fields) {
    return sessions.get(r).post("/", action, fields).status();
  }

  List<Case<ValueAccessMatrixTest>> cases() {
    List<Case<ValueAccessMatrixTest>> c = new ArrayList<>();
    c.add(new Case<>("GET accounts", (t, r) -> t.call(r, "GET", "/api/v1/sroi-accounts", null),
        expect(200, 200, 403, 200, 200)));
    c.add(new Case<>("page: accounts", (t, r) -> t.page(r, "/value/accounts"), expect(200, 200, 403, 200, 200)));
    c.add(new Case<>("page: start an account", (t, r) -> t.page(r, "/value/accounts/new"),
        expect(200, 403, 403, 200, 200)));
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      Map<Role, Integer> read = own ? expect(200, 200, 403, 200, 200) : expect(200, 404, 403, 200, 200);
      Map<Role, Integer> created = own ? expect(201, 403, 403, 201, 201) : expect(201, 404, 403, 201, 201);
      Map<Role, Integer> changed = own ? expect(200, 403, 403, 200, 200) : expect(200, 404, 403, 200, 200);
      Map<Role, Integer> removed = own ? expect(204, 403, 403, 204, 204) : expect(204, 404, 403, 204, 204);
      Map<Role, Integer> formShown = own ? expect(200, 403, 403, 200, 200) : expect(200, 404, 403, 200, 200);
      Map<Role, Integer> saved = own ? expect(302, 403, 403, 302, 302) : expect(302, 404, 403, 302, 302);
      String base = "/api/v1/sroi-accounts/";
      String pages = "/value/accounts/";
      // API: reading
      c.add(new Case<>("GET account of " + which, (t, r) -> t.call(r, "GET", base + t.account(own), null), read));
      c.add(new Case<>("GET result of " + which, (t, r) -> t.call(r, "GET", base + t.account(own) + "/result", null),
          read));
      c.add(new Case<>("GET inputs of " + which, (t, r) -> t.call(r, "GET", base + t.account(own) + "/inputs", null),
          read));
      c.add(new Case<>("GET outcomes of " + which, (t, r) -> t.call(r, "GET", base + t.account(own) + "/outcomes",
          null), read));
      c.add(new Case<>("GET an outcome of " + which, (t, r) -> {
        long a = t.account(own);
        return t.call(r, "GET", base + a + "/outcomes/" + t.outcome(a), null);
      }, read));
      // API: building
      c.add(new Case<>("POST account in " + which, (t, r) -> t.call(r, "POST", "/api/v1/sroi-accounts",
          (own ? t.fx : t.elsewhere).account((own ? t.fx : t.elsewhere).partnership, "New " + UUID.randomUUID(),
              null, true)), expect(201, 403, 403, 201, 201)));
      c.add(new Case<>("PUT account of " + which, (t, r) -> {
        ValueFixture f = own ? t.fx : t.elsewhere;
        Map<String, Object> body = f.account(f.partnership, "Renamed " + UUID.randomUUID(), "3.5", false);
        body.put("version", 0);
        return t.call(r, "PUT", base + t.account(own), body);
      }, changed));
      c.add(new Case<>("POST void of " + which, (t, r) -> t.call(r, "POST", base + t.account(own) + "/void",
          Map.of("reason", "Matrix")), changed));
      c.add(new Case<>("POST outcome to " + which, (t, r) -> t.call(r, "POST", base + t.account(own) + "/outcomes",
          outcomeBody()), created));
      c.add(new Case<>("PUT outcome of " + which, (t, r) -> {
        long a = t.account(own);
        Map<String, Object> body = outcomeBody();
        body.put("version", 0);
        return t.call(r, "PUT", base + a + "/outcomes/" + t.outcome(a), body);
      }, changed));
      c.add(new Case<>("DELETE outcome of " + which, (t, r) -> {
        long a = t.account(own);
        return t.call(r, "DELETE", base + a + "/outcomes/" + t.outcome(a), null);
      }, removed));
      c.add(new Case<>("POST input to " + which, (t, r) -> t.call(r, "POST", base + t.account(own) + "/inputs",
          inputBody()), created));
      c.add(new Case<>("DELETE input of " + which, (t, r) -> {
        long a = t.account(own);
        return t.call(r, "DELETE", base + a + "/inputs/" + t.input(a), null);
      }, removed));
      // Pages
      c.add(new Case<>("page: account of " + which, (t, r) -> t.page(r, pages + t.account(own)), read));
      c.add(new Case<>("page: account with outcomes of " + which, (t, r) -> {
        long a = t.account(own);
        t.outcome(a);
        t.input(a);
        return t.page(r, pages + a);
      }, read));
      c.add(new Case<>("form: start an account in " + which, (t, r) -> t.form(r, "/value/accounts/new",
          t.accountForm(own)), expect(302, 403, 403, 302, 302)));
      c.add(new Case<>("page: change settings of " + which, (t, r) -> t.page(r, pages + t.account(own) + "/edit"),
          formShown));
      c.add(new Case<>("form: change settings of " + which, (t, r) -> t.form(r, pages + t.account(own) + "/edit",
          t.accountForm(own)), saved));
      c.add(new Case<>("page: void " + which, (t, r) -> t.page(r, pages + t.account(own) + "/void"), formShown));
      c.add(new Case<>("form: void " + which, (t, r) -> t.form(r, pages + t.account(own) + "/void",
          Map.of("reason", "Matrix")), saved));
      c.add(new Case<>("page: add outcome to " + which, (t, r) -> t.page(r, pages + t.account(own)
          + "/outcomes/new"), formShown));
      c.add(new Case<>("form: add outcome to " + which, (t, r) -> t.form(r, pages + t.account(own)
          + "/outcomes/new", outcomeForm()), saved));
      c.add(new Case<>("page: change outcome of " + which, (t, r) -> {
        long a = t.account(own);
        return t.page(r, pages + a + "/outcomes/" + t.outcome(a));
      }, formShown));
      c.add(new Case<>("form: change outcome of " + which, (t, r) -> {
        long a = t.account(own);
        return t.form(r, pages + a + "/outcomes/" + t.outcome(a), outcomeForm());
      }, saved));
      c.add(new Case<>("form: remove outcome of " + which, (t, r) -> {
        long a = t.account(own);
        return t.form(r, pages + a + "/outcomes/" + t.outcome(a) + "/remove", Map.of());
      }, saved));
      c.add(new Case<>("page: add input to " + which, (t, r) -> t.page(r, pages + t.account(own) + "/inputs/new"),
          formShown));
      c.add(new Case<>("form: add input to " + which, (t, r) -> {
        Map<String, String> f = new HashMap<>();
        inputBody().forEach((k, v) -> f.put(k, String.valueOf(v)));
        return t.form(r, pages + t.account(own) + "/inputs/new", f);
      }, saved));
      c.add(new Case<>("form: remove input of " + which, (t, r) -> {
        long a = t.account(own);
        return t.form(r, pages + a + "/inputs/" + t.input(a) + "/remove", Map.of());
      }, saved));
    }
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected,
      Case<ValueAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
