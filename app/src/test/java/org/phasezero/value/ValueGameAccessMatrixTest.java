package org.phasezero.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.support.AccessMatrix.expect;

import java.util.ArrayList;
import java.util.EnumMap;
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
 * Value games × every role × a partnership the site lead's organisation is in (own) and one it is
 * not (other). Statutory partners see value in published packs, so every game page and call is 403
 * to them (commissioners play in the room, where no account is needed). The coordinator and
 * researchers run games anywhere; a site lead runs their own partnerships' and cannot see others'
 * (404). The room's pages answer everyone, signed in or not.
 */
@OnH2
@CoversEveryHandler({"org.phasezero.value.web.games"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class ValueGameAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  ValueFixture fx;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);
  long ownAccount;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new ValueFixture(context, api);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
    ownAccount = api.post("/api/v1/sroi-accounts", fx.coordinator, Api.json(fx.account(fx.partnership,
        "Matrix account", "3.5", false))).json().get("id").asLong();
  }

  long partnership(boolean own) {
    return own ? fx.partnership : otherPartnership();
  }

  private Long other;

  /** A partnership without the site lead's organisation. */
  long otherPartnership() {
    if (other == null) {
      other = api.post("/api/v1/partnerships", fx.coordinator, Api.json(Map.of("name", "Other games "
          + fx.net.suffix, "focus", "Games", "startedOn", "2024-01-01", "organisationIds",
          List.of(fx.net.otherOrg.id(), fx.net.statutoryOrg.id())))).json().get("id").asLong();
    }
    return other;
  }

  Map<String, Object> body(boolean own) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("partnershipId", partnership(own));
    b.put("title", "Game " + UUID.randomUUID());
    b.put("playedOn", "2026-05-01");
    b.put("valuation", "LOWER_BOUND");
    return b;
  }

  /** A new game with nothing on its board. */
  long game(boolean own) {
    var r = api.post("/api/v1/value-games", fx.coordinator, Api.json(body(own)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("game").get("id").asLong();
  }

  /** A game with two goods and an outcome; with {@code open}, round 1 is open. Answers {game, outcome, good}. */
  long[] board(boolean own, boolean open) {
    long g = game(own);
    long good = api.post("/api/v1/value-games/" + g + "/goods", fx.coordinator,
        Api.json(Map.of("name", "Coffee", "price", "3.50"))).json().get("id").asLong();
    api.post("/api/v1/value-games/" + g + "/goods", fx.coordinator, Api.json(Map.of("name", "Cinema", "price", "12")));
    long outcome = api.post("/api/v1/value-games/" + g + "/outcomes", fx.coordinator,
        Api.json(Map.of("name", "Less alone"))).json().get("id").asLong();
    if (open) {
      assertThat(api.post("/api/v1/value-games/" + g + "/rounds", fx.coordinator, "").status()).isEqualTo(201);
    }
    return new long[] {g, outcome, good};
  }

  long paperPlayer(long[] b) {
    return api.post("/api/v1/value-games/" + b[0] + "/paper", fx.coordinator, Api.json(Map.of("label",
        "P " + UUID.randomUUID().toString().substring(0, 8), "group", "COMMUNITY_MEMBER", "round", 1,
        "positions", Map.of(b[1], 1)))).json().get("id").asLong();
  }

  Map<String, Object> paper(long[] b) {
    return Map.of("label", "Sheet " + UUID.randomUUID().toString().substring(0, 8), "group", "COMMISSIONER",
        "round", 1, "positions", Map.of(b[1], 2));
  }

  String code(long game) {
    return api.get("/api/v1/value-games/" + game, fx.coordinator).json().get("game").get("joinCode").asText();
  }

  WebSession session(Role r) {
    return sessions.get(r);
  }

  int page(Role r, String path) {
    return session(r).get(path).status();
  }

  int form(Role r, String path, Map<String, String> fields) {
    return session(r).post("/", path, fields).status();
  }

  List<Case<ValueGameAccessMatrixTest>> cases() {
    List<Case<ValueGameAccessMatrixTest>> c = new ArrayList<>();
    Map<Role, Integer> readers = expect(200, 200, 403, 200, 200);
    Map<Role, Integer> starters = expect(200, 200, 403, 200, 200);
    c.add(new Case<>("GET games", (t, r) -> t.api.get("/api/v1/value-games", t.fx.net.token(r)).status(), readers));
    c.add(new Case<>("page: games", (t, r) -> t.page(r, "/value/games"), readers));
    c.add(new Case<>("page: set up a game", (t, r) -> t.page(r, "/value/games/new"), starters));
    // The room: anyone, with an account or none.
    c.add(new Case<>("page: join the game", (t, r) -> t.page(r, "/game"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("form: join the game", (t, r) -> {
      long[] b = t.board(true, true);
      WebSession.Page p = WebSession.anonymous(t.port).post("/game", "/game", Map.of("code", t.code(b[0]),
          "label", "Player " + r, "group", "COMMISSIONER"));
      return t.session(r).post("/game", "/game", Map.of("code", t.code(b[0]), "label", "Signed-in " + r,
          "group", "COMMUNITY_MEMBER")).status() + (p.status() == 302 ? 0 : 1000);
    }, expect(302, 302, 302, 302, 302)));
    c.add(new Case<>("page and form: play", (t, r) -> {
      long[] b = t.board(true, true);
      WebSession phone = WebSession.anonymous(t.port);
      String play = phone.post("/game", "/game", Map.of("code", t.code(b[0]), "label", "Phone " + r,
          "group", "COMMUNITY_MEMBER")).location();
      String path = play.substring(play.indexOf("/game/play/"));
      int shown = phone.get(path).status();
      int placed = phone.post(path, path, Map.of("outcome" + b[1], "1")).status();
      return shown == 200 ? placed : shown;
    }, expect(302, 302, 302, 302, 302)));
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      Map<Role, Integer> read = own ? readers : expect(200, 404, 403, 200, 200);
      Map<Role, Integer> runCreated = own ? expect(201, 201, 403, 201, 201) : expect(201, 404, 403, 201, 201);
      Map<Role, Integer> runOk = own ? expect(200, 200, 403, 200, 200) : expect(200, 404, 403, 200, 200);
      Map<Role, Integer> runRedirect = own ? expect(302, 302, 403, 302, 302) : expect(302, 404, 403, 302, 302);
      c.add(new Case<>("GET game of " + which, (t, r) -> t.api.get("/api/v1/value-games/" + t.game(own),
          t.fx.net.token(r)).status(), read));
      c.add(new Case<>("GET result of " + which, (t, r) -> t.api.get("/api/v1/value-games/" + t.board(own, true)[0]
          + "/result", t.fx.net.token(r)).status(), read));
      c.add(new Case<>("page: game of " + which, (t, r) -> t.page(r, "/value/games/" + t.game(own)), read));
      c.add(new Case<>("page: result of " + which, (t, r) -> t.page(r, "/value/games/" + t.board(own, true)[0]
          + "/result"), read));
      c.add(new Case<>("page: use a value of " + which, (t, r) -> {
        long[] b = t.board(own, true);
        t.paperPlayer(b);
        return t.page(r, "/value/games/" + b[0] + "/use?gameOutcome=" + b[1] + "&cohort=EVERYONE&account="
            + t.ownAccount);
      }, own ? expect(302, 302, 403, 302, 302) : expect(302, 404, 403, 302, 302)));
      c.add(new Case<>("POST game for " + which, (t, r) -> t.api.post("/api/v1/value-games", t.fx.net.token(r),
          Api.json(t.body(own))).status(), runCreated));
      c.add(new Case<>("POST good to " + which, (t, r) -> t.api.post("/api/v1/value-games/" + t.game(own) + "/goods",
          t.fx.net.token(r), Api.json(Map.of("name", "Tea", "price", "2"))).status(), runCreated));
      c.add(new Case<>("POST outcome to " + which, (t, r) -> t.api.post("/api/v1/value-games/" + t.game(own)
          + "/outcomes", t.fx.net.token(r), Api.json(Map.of("name", "Hope"))).status(), runCreated));
      c.add(new Case<>("POST round of " + which, (t, r) -> t.api.post("/api/v1/value-games/" + t.board(own, false)[0]
          + "/rounds", t.fx.net.token(r), "").status(), runCreated));
      c.add(new Case<>("POST close round of " + which, (t, r) -> t.api.post("/api/v1/value-games/"
          + t.board(own, true)[0] + "/rounds/close", t.fx.net.token(r), "").status(), runOk));
      c.add(new Case<>("POST paper to " + which, (t, r) -> {
        long[] b = t.board(own, true);
        return t.api.post("/api/v1/value-games/" + b[0] + "/paper", t.fx.net.token(r), Api.json(t.paper(b))).status();
      }, runCreated));
      c.add(new Case<>("POST void of " + which, (t, r) -> t.api.post("/api/v1/value-games/" + t.game(own) + "/void",
          t.fx.net.token(r), Api.json(Map.of("reason", "Matrix"))).status(), runOk));
      c.add(new Case<>("form: set up for " + which, (t, r) -> t.form(r, "/value/games/new", Map.of("partnershipId",
          String.valueOf(t.partnership(own)), "title", "Form game " + UUID.randomUUID(), "playedOn-day", "1",
          "playedOn-month", "5", "playedOn-year", "2026", "valuation", "LOWER_BOUND")),
          own ? expect(302, 302, 403, 302, 302) : expect(302, 404, 403, 302, 302)));
      c.add(new Case<>("page: add a good to " + which, (t, r) -> t.page(r, "/value/games/" + t.game(own)
          + "/goods/new"), runOk));
      c.add(new Case<>("form: add a good to " + which, (t, r) -> t.form(r, "/value/games/" + t.game(own)
          + "/goods/new", Map.of("name", "Tea", "price", "2")), runRedirect));
      c.add(new Case<>("form: starter goods for " + which, (t, r) -> t.form(r, "/value/games/" + t.game(own)
          + "/goods/starter", Map.of()), runRedirect));
      c.add(new Case<>("form: remove a good of " + which, (t, r) -> {
        long[] b = t.board(own, false);
        return t.form(r, "/value/games/" + b[0] + "/goods/" + b[2] + "/remove", Map.of());
      }, runRedirect));
      c.add(new Case<>("page: add an outcome to " + which, (t, r) -> t.page(r, "/value/games/" + t.game(own)
          + "/outcomes/new"), runOk));
      c.add(new Case<>("form: add an outcome to " + which, (t, r) -> t.form(r, "/value/games/" + t.game(own)
          + "/outcomes/new", Map.of("name", "Hope")), runRedirect));
      c.add(new Case<>("form: remove an outcome of " + which, (t, r) -> {
        long[] b = t.board(own, false);
        return t.form(r, "/value/games/" + b[0] + "/outcomes/" + b[1] + "/remove", Map.of());
      }, runRedirect));
      c.add(new Case<>("form: open a round of " + which, (t, r) -> t.form(r, "/value/games/" + t.board(own, false)[0]
          + "/rounds/open", Map.of()), runRedirect));
      c.add(new Case<>("form: close a round of " + which, (t, r) -> t.form(r, "/value/games/" + t.board(own, true)[0]
          + "/rounds/close", Map.of()), runRedirect));
      c.add(new Case<>("form: remove a player of " + which, (t, r) -> {
        long[] b = t.board(own, true);
        return t.form(r, "/value/games/" + b[0] + "/players/" + t.paperPlayer(b) + "/remove", Map.of());
      }, runRedirect));
      c.add(new Case<>("page: paper sheet for " + which, (t, r) -> t.page(r, "/value/games/" + t.board(own, true)[0]
          + "/paper"), runOk));
      c.add(new Case<>("form: paper sheet for " + which, (t, r) -> {
        long[] b = t.board(own, true);
        return t.form(r, "/value/games/" + b[0] + "/paper", Map.of("label", "Sheet " + r, "group", "COMMISSIONER",
            "round", "1", "positions[" + b[1] + "]", "3"));
      }, runRedirect));
      c.add(new Case<>("page: void " + which, (t, r) -> t.page(r, "/value/games/" + t.game(own) + "/void"), runOk));
      c.add(new Case<>("form: void " + which, (t, r) -> t.form(r, "/value/games/" + t.game(own) + "/void",
          Map.of("reason", "Matrix")), own ? expect(302, 302, 403, 302, 302) : expect(302, 404, 403, 302, 302)));
    }
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected,
      Case<ValueGameAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
