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
 * Every wellbeing endpoint and page × every role × a measure of a partnership the site lead's
 * organisation is in (own) and of one it is not (other). Everyone who sees the partnership sees
 * its measures and change (partners as suppressed aggregates); the coordinator and a site lead of
 * a member set up measures, enter answers and make links, and see who answered; only the
 * coordinator enters the licensed wording; a questionnaire link answers anyone who holds it.
 */
@OnH2
@CoversEveryHandler({"org.phasezero.value.web.wellbeing"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class WellbeingAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  WellbeingFixture fx;
  WellbeingFixture elsewhere;
  String coordinator;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new WellbeingFixture(context);
    elsewhere = new WellbeingFixture(context);
    coordinator = fx.net.token(Role.COORDINATOR);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
  }

  WellbeingFixture of(boolean own) {
    return own ? fx : elsewhere;
  }

  long measure(boolean own) {
    var r = api.post("/api/v1/outcomes", coordinator, Api.json(Map.of("partnershipId", of(own).partnership,
        "title", "Matrix " + UUID.randomUUID(), "scale", "SWEMWBS")));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  String link(boolean own) {
    long m = measure(own);
    var r = api.post("/api/v1/outcomes/" + m + "/links", coordinator,
        Api.json(Map.of("personId", of(own).consented.get(0), "timePoint", 0, "language", "en")));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("path").asText();
  }

  Map<String, Object> answers(boolean own) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("personId", of(own).consented.get(0));
    body.put("timePoint", 0);
    body.put("items", WellbeingFixture.all(7, 3));
    return body;
  }

  Map<String, String> answersForm(boolean own) {
    Map<String, String> f = new HashMap<>();
    f.put("personId", String.valueOf(of(own).consented.get(0)));
    f.put("timePoint", "0");
    f.put("mode", "PAPER");
    f.put("language", "en");
    for (int i = 0; i < 7; i++) {
      f.put("items[" + i + "]", "3");
    }
    return f;
  }

  static Map<String, String> wordingForm() {
    Map<String, String> f = new HashMap<>();
    f.put("intro", "Test wording");
    f.put("items", String.join("\n", List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7")));
    f.put("answers", "1\n2\n3\n4\n5");
    f.put("registration", "Matrix");
    return f;
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

  List<Case<WellbeingAccessMatrixTest>> cases() {
    List<Case<WellbeingAccessMatrixTest>> c = new ArrayList<>();
    Map<Role, Integer> everyone = expect(200, 200, 200, 200, 200);
    Map<Role, Integer> coordinatorOnly = expect(200, 403, 403, 403, 403);
    c.add(new Case<>("GET measures", (t, r) -> t.call(r, "GET", "/api/v1/outcomes", null), everyone));
    c.add(new Case<>("page: measures", (t, r) -> t.page(r, "/value/wellbeing"), everyone));
    c.add(new Case<>("page: set up a measure", (t, r) -> t.page(r, "/value/wellbeing/new"),
        expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("GET wording", (t, r) -> t.call(r, "GET", "/api/v1/outcomes/wording/SWEMWBS/en", null),
        everyone));
    c.add(new Case<>("PUT wording", (t, r) -> {
      Map<String, Object> body = new HashMap<>(wordingForm());
      body.put("version", api.get("/api/v1/outcomes/wording/SWEMWBS/en", coordinator).json().get("version").asInt());
      return t.call(r, "PUT", "/api/v1/outcomes/wording/SWEMWBS/en", body);
    }, coordinatorOnly));
    c.add(new Case<>("page: wording", (t, r) -> t.page(r, "/value/wellbeing/wording?scale=SWEMWBS&language=en"),
        coordinatorOnly));
    c.add(new Case<>("form: wording", (t, r) -> t.form(r, "/value/wellbeing/wording?scale=SWEMWBS&language=ur",
        wordingForm()), expect(302, 403, 403, 403, 403)));
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      Map<Role, Integer> read = own ? everyone : expect(200, 404, 200, 200, 200);
      Map<Role, Integer> people = own ? expect(200, 200, 403, 403, 403) : expect(200, 404, 403, 403, 403);
      Map<Role, Integer> created = own ? expect(201, 201, 403, 403, 403) : expect(201, 404, 403, 403, 403);
      Map<Role, Integer> saved = own ? expect(302, 302, 403, 403, 403) : expect(302, 404, 403, 403, 403);
      String api = "/api/v1/outcomes/";
      String pages = "/value/wellbeing/";
      c.add(new Case<>("GET measure of " + which, (t, r) -> t.call(r, "GET", api + t.measure(own), null), read));
      c.add(new Case<>("GET change of " + which, (t, r) -> t.call(r, "GET", api + t.measure(own) + "/change", null),
          read));
      c.add(new Case<>("GET responses of " + which, (t, r) -> t.call(r, "GET", api + t.measure(own) + "/responses",
          null), people));
      c.add(new Case<>("POST measure in " + which, (t, r) -> t.call(r, "POST", "/api/v1/outcomes",
          Map.of("partnershipId", t.of(own).partnership, "title", "New " + UUID.randomUUID(), "scale", "WEMWBS")),
          created));
      c.add(new Case<>("POST void of " + which, (t, r) -> t.call(r, "POST", api + t.measure(own) + "/void",
          Map.of("reason", "Matrix")), people));
      c.add(new Case<>("POST answers to " + which, (t, r) -> t.call(r, "POST", api + t.measure(own) + "/responses",
          t.answers(own)), created));
      c.add(new Case<>("POST link for " + which, (t, r) -> t.call(r, "POST", api + t.measure(own) + "/links",
          Map.of("personId", t.of(own).consented.get(0), "timePoint", 0, "language", "en")), created));
      c.add(new Case<>("page: measure of " + which, (t, r) -> t.page(r, pages + t.measure(own)), read));
      c.add(new Case<>("form: set up a measure in " + which, (t, r) -> t.form(r, pages + "new", Map.of(
          "partnershipId", String.valueOf(t.of(own).partnership), "title", "Page " + UUID.randomUUID(),
          "scale", "SWEMWBS")), saved));
      c.add(new Case<>("page: void " + which, (t, r) -> t.page(r, pages + t.measure(own) + "/void"), people));
      c.add(new Case<>("form: void " + which, (t, r) -> t.form(r, pages + t.measure(own) + "/void",
          Map.of("reason", "Matrix")), saved));
      c.add(new Case<>("page: enter answers for " + which, (t, r) -> t.page(r, pages + t.measure(own) + "/answers"),
          people));
      c.add(new Case<>("form: enter answers for " + which, (t, r) -> t.form(r, pages + t.measure(own) + "/answers",
          t.answersForm(own)), saved));
      c.add(new Case<>("page: make a link for " + which, (t, r) -> t.page(r, pages + t.measure(own) + "/links/new"),
          people));
      c.add(new Case<>("form: make a link for " + which, (t, r) -> t.form(r, pages + t.measure(own) + "/links/new",
          Map.of("personId", String.valueOf(t.of(own).consented.get(0)), "timePoint", "0", "language", "en")),
          people));
      // The link is the key: whoever holds it answers, signed in or not.
      c.add(new Case<>("page: questionnaire of " + which, (t, r) -> t.page(r, t.link(own)), everyone));
      c.add(new Case<>("form: questionnaire of " + which, (t, r) -> {
        String path = t.link(own);
        Map<String, String> f = new HashMap<>();
        for (int i = 0; i < 7; i++) {
          f.put("item" + i, "4");
        }
        return t.sessions.get(r).post(path, path, f).status();
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
      Case<WellbeingAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
