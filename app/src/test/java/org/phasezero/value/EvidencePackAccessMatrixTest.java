package org.phasezero.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.support.AccessMatrix.expect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * Every evidence pack endpoint and page × every role × a pack of a partnership the site lead's
 * organisation is in (own) and of one it is not (other), unpublished and published. The coordinator
 * and researchers make and check packs; only the coordinator publishes; site leads read their
 * partnerships' packs; statutory partners read published packs only (an unpublished one is 404 to
 * them, as if it did not exist).
 */
@OnH2
@CoversEveryHandler({"org.phasezero.value.web.packs"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class EvidencePackAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  ValueFixture fx;
  ValueFixture elsewhere;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);
  final Map<String, Long> made = new LinkedHashMap<>();

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new ValueFixture(context, api);
    elsewhere = new ValueFixture(context, api);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
  }

  Map<String, Object> form(boolean own) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("partnershipId", (own ? fx : elsewhere).partnership);
    body.put("periodFrom", ValueFixture.FROM.toString());
    body.put("periodTo", ValueFixture.TO.toString());
    return body;
  }

  /** A ready pack, fresh each time. */
  long pack(boolean own) {
    var r = api.post("/api/v1/evidence-packs", fx.coordinator, Api.json(form(own)));
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    long id = r.json().get("id").asLong();
    for (int i = 0; i < 400; i++) {
      String status = api.get("/api/v1/evidence-packs/" + id, fx.coordinator).json().get("status").asText();
      if (status.equals("READY")) {
        return id;
      }
      assertThat(status).isEqualTo("GENERATING");
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("pack not made");
  }

  /** One ready pack per kind, made once and shared by the reading cases. */
  long shared(boolean own, boolean published) {
    return made.computeIfAbsent(own + "/" + published, k -> {
      long id = pack(own);
      if (published) {
        assertThat(api.post("/api/v1/evidence-packs/" + id + "/publish", fx.coordinator, "").status()).isEqualTo(200);
      }
      return id;
    });
  }

  int call(Role r, String method, String path, Object body) {
    return api.send(method, path, fx.net.token(r), body == null ? null : Api.json(body)).status();
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  int download(Role r, String path) {
    return sessions.get(r).download(path).status();
  }

  int post(Role r, String action, Map<String, String> fields) {
    return sessions.get(r).post("/", action, fields).status();
  }

  List<Case<EvidencePackAccessMatrixTest>> cases() {
    List<Case<EvidencePackAccessMatrixTest>> c = new ArrayList<>();
    Map<Role, Integer> makers = expect(200, 403, 403, 200, 200);
    c.add(new Case<>("GET packs", (t, r) -> t.call(r, "GET", "/api/v1/evidence-packs", null),
        expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: packs", (t, r) -> t.page(r, "/value/packs"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: make a pack", (t, r) -> t.page(r, "/value/packs/new"), makers));
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      c.add(new Case<>("POST pack of " + which, (t, r) -> t.call(r, "POST", "/api/v1/evidence-packs", t.form(own)),
          expect(202, 403, 403, 202, 202)));
      c.add(new Case<>("form: make a pack of " + which, (t, r) -> {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("partnershipId", String.valueOf((own ? t.fx : t.elsewhere).partnership));
        f.put("periodFrom-day", "1");
        f.put("periodFrom-month", "1");
        f.put("periodFrom-year", "2025");
        f.put("periodTo-day", "31");
        f.put("periodTo-month", "12");
        f.put("periodTo-year", "2025");
        return t.post(r, "/value/packs/new", f);
      }, expect(302, 403, 403, 302, 302)));
      for (boolean published : List.of(false, true)) {
        String kind = which + (published ? ", published" : ", unpublished");
        Integer partner = published ? 200 : 404;
        Map<Role, Integer> read = expect(200, own ? 200 : 404, partner, 200, 200);
        Map<Role, Integer> check = expect(200, own ? 403 : 404, published ? 403 : 404, 200, 200);
        String api = "/api/v1/evidence-packs/";
        String pages = "/value/packs/";
        c.add(new Case<>("GET pack " + kind, (t, r) -> t.call(r, "GET", api + t.shared(own, published), null), read));
        c.add(new Case<>("GET content " + kind, (t, r) -> t.call(r, "GET", api + t.shared(own, published) + "/content",
            null), read));
        c.add(new Case<>("GET verify " + kind, (t, r) -> t.call(r, "GET", api + t.shared(own, published) + "/verify",
            null), check));
        c.add(new Case<>("GET pdf " + kind, (t, r) -> t.call(r, "GET", api + t.shared(own, published) + ".pdf", null),
            read));
        c.add(new Case<>("GET xlsx " + kind, (t, r) -> t.call(r, "GET", api + t.shared(own, published) + ".xlsx",
            null), read));
        c.add(new Case<>("page: pack " + kind, (t, r) -> t.page(r, pages + t.shared(own, published)), read));
        c.add(new Case<>("page: progress " + kind, (t, r) -> t.page(r, pages + t.shared(own, published)
            + "/progress"), read));
        c.add(new Case<>("page: verify " + kind, (t, r) -> t.page(r, pages + t.shared(own, published) + "/verify"),
            check));
        c.add(new Case<>("page: pdf " + kind, (t, r) -> t.download(r, pages + t.shared(own, published) + ".pdf"),
            read));
        c.add(new Case<>("page: xlsx " + kind, (t, r) -> t.download(r, pages + t.shared(own, published) + ".xlsx"),
            read));
      }
      Map<Role, Integer> publishes = expect(200, own ? 403 : 404, 404, 403, 403);
      c.add(new Case<>("POST publish " + which, (t, r) -> t.call(r, "POST", "/api/v1/evidence-packs/" + t.pack(own)
          + "/publish", null), publishes));
      c.add(new Case<>("form: publish " + which, (t, r) -> t.post(r, "/value/packs/" + t.pack(own) + "/publish",
          Map.of()), expect(302, own ? 403 : 404, 404, 403, 403)));
    }
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected,
      Case<EvidencePackAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
