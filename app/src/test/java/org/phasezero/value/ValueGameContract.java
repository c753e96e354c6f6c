package org.phasezero.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.support.Api;
import org.phasezero.support.Race;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The value game against each supported database: a game played in the room (players join by code
 * on the web, without an account) and on paper gives the hand-worked values per cohort; rounds,
 * names and goods are database rules under a race; the goods are fixed once play starts; a value
 * becomes a stakeholder-derived proxy of an SROI account; and bad input is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ValueGameContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  ValueFixture fx;
  final AtomicInteger games = new AtomicInteger();

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new ValueFixture(context, api);
  }

  private JsonNode game(String valuation) {
    Api.Response r = api.post("/api/v1/value-games", fx.coordinator, Api.json(Map.of("partnershipId", fx.partnership,
        "title", "Game " + games.incrementAndGet() + " " + fx.net.suffix, "playedOn", "2026-05-01",
        "valuation", valuation)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("game");
  }

  private long good(long game, String name, String price) {
    Api.Response r = api.post("/api/v1/value-games/" + game + "/goods", fx.coordinator,
        Api.json(Map.of("name", name, "price", price)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private long outcome(long game, String name) {
    Api.Response r = api.post("/api/v1/value-games/" + game + "/outcomes", fx.coordinator,
        Api.json(Map.of("name", name)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** A game with goods at £10, £100 and £1,000 and outcomes X and Y; answers {game, x, y}. */
  private long[] board(String valuation) {
    long g = game(valuation).get("id").asLong();
    good(g, "A holiday", "1000");
    good(g, "A cinema ticket", "10.00");
    good(g, "A meal out", "100");
    return new long[] {g, outcome(g, "X " + fx.net.suffix), outcome(g, "Y " + fx.net.suffix)};
  }

  private int openRound(long game) {
    return api.post("/api/v1/value-games/" + game + "/rounds", fx.coordinator, "").status();
  }

  private Api.Response paper(long game, String label, String group, int round, Map<Long, Integer> positions) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("label", label);
    body.put("group", group);
    body.put("round", round);
    body.put("positions", positions);
    return api.post("/api/v1/value-games/" + game + "/paper", fx.coordinator, Api.json(body));
  }

  /** Joins in the room as a phone would: answers the player's private page. */
  private String join(WebSession phone, String code, String label, String group) {
    WebSession.Page joined = phone.post("/game", "/game", Map.of("code", code, "label", label, "group", group));
    assertThat(joined.status()).as(joined.body()).isEqualTo(302);
    assertThat(joined.location()).contains("/game/play/");
    return joined.location().substring(joined.location().indexOf("/game/play/"));
  }

  private String code(long game) {
    return api.get("/api/v1/value-games/" + game, fx.coordinator).json().get("game").get("joinCode").asText();
  }

  @Test
  void aGamePlayedInTheRoomAndOnPaperGivesTheHandWorkedValues() {
    long[] b = board("LOWER_BOUND");
    long g = b[0];
    String code = code(g);
    assertThat(code).matches("[A-HJKMNP-Z2-9]{8}");
    // Players join before the round opens and are told to wait.
    WebSession ada = WebSession.anonymous(port);
    String adaPage = join(ada, code.toLowerCase().substring(0, 4) + "-" + code.substring(4), "Ada", "COMMUNITY_MEMBER");
    assertThat(ada.get(adaPage).body()).contains("The first round has not started yet.");
    WebSession dev = WebSession.anonymous(port);
    String devPage = join(dev, code, "Dev", "COMMISSIONER");
    // Only the token's hash is kept.
    String token = adaPage.substring("/game/play/".length());
    assertThat(db.sql("select count(*) from value_game_player where token_hash like ?").param("%" + token + "%")
        .query(Long.class).single()).isZero();
    assertThat(openRound(g)).isEqualTo(201);
    // On the phone: X about £100 (position 3), Y about £1,000 (5); Dev: X about £100, Y between £10 and £100 (2).
    WebSession.Page page = ada.get(adaPage);
    assertThat(page.body()).contains("Round 1").contains("About the same as A meal out (£100.00)")
        .contains("More than A cinema ticket (£10.00), less than A meal out (£100.00)");
    assertThat(ada.post(adaPage, adaPage, Map.of("outcome" + b[1], "3", "outcome" + b[2], "5")).status()).isEqualTo(302);
    assertThat(ada.get(adaPage + "?sent").body()).contains("Your places are in");
    assertThat(dev.post(devPage, devPage, Map.of("outcome" + b[1], "3", "outcome" + b[2], "2")).status()).isEqualTo(302);
    // On paper: Bea (community staff) X between £10 and £100 (2), Y between £100 and £1,000 (4);
    // Cal (statutory staff) X about £10 (1), Y about £10 (1).
    assertThat(paper(g, "Bea", "COMMUNITY_STAFF", 1, Map.of(b[1], 2, b[2], 4)).status()).isEqualTo(201);
    assertThat(paper(g, "Cal", "STATUTORY_STAFF", 1, Map.of(b[1], 1, b[2], 1)).status()).isEqualTo(201);
    // Ada changes her mind about X while the round is open: between £100 and £1,000 (4), counting £100.
    assertThat(ada.post(adaPage, adaPage, Map.of("outcome" + b[1], "4")).status()).isEqualTo(302);
    assertThat(api.post("/api/v1/value-games/" + g + "/rounds/close", fx.coordinator, "").status()).isEqualTo(200);
    // Closed: nothing more from the phone.
    // (The form was on the phone before the round closed: the join page holds the session's CSRF token too.)
    WebSession.Page late = ada.post("/game", adaPage, Map.of("outcome" + b[1], "0"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("No round is open just now");

    JsonNode result = api.get("/api/v1/value-games/" + g + "/result", fx.coordinator).json();
    assertThat(result.get("round").asInt()).isEqualTo(1);
    assertThat(result.get("players").asInt()).isEqualTo(4);
    JsonNode x = result.get("outcomes").get(0);
    JsonNode y = result.get("outcomes").get(1);
    // X: community £100 (Ada) and £10 (Bea) → £55; statutory £100 (Dev) and £10 (Cal) → £55.
    assertThat(x.get("divergence").get("community").decimalValue()).isEqualByComparingTo("55.00");
    assertThat(x.get("divergence").get("statutory").decimalValue()).isEqualByComparingTo("55.00");
    // Y: community £1,000 and £100 → £550; statutory £10 and £10 → £10: 55 times, 1.5 goods apart.
    assertThat(y.get("divergence").get("community").decimalValue()).isEqualByComparingTo("550.00");
    assertThat(y.get("divergence").get("statutory").decimalValue()).isEqualByComparingTo("10.00");
    assertThat(y.get("divergence").get("ratio").decimalValue()).isEqualByComparingTo("55.00");
    assertThat(y.get("divergence").get("goodsApart").decimalValue()).isEqualByComparingTo("1.50");

    // Round 2: Ada's phone starts from her round-1 places; Cal's second sheet adds to Cal.
    assertThat(openRound(g)).isEqualTo(201);
    assertThat(ada.get(adaPage).body()).contains("Your places from the last round are filled in")
        .contains("In round 1, the room valued this at £55.00.");
    assertThat(paper(g, "cal", "STATUTORY_STAFF", 2, Map.of(b[1], 5, b[2], 5)).status()).isEqualTo(201);
    assertThat(paper(g, "Cal", "COMMISSIONER", 2, Map.of(b[1], 5)).status()).isEqualTo(409);
    JsonNode second = api.get("/api/v1/value-games/" + g + "/result?round=2", fx.coordinator).json();
    assertThat(second.get("players").asInt()).isEqualTo(1);
    assertThat(second.get("outcomes").get(0).get("everyoneByRound")).hasSize(2);
    assertThat(second.get("outcomes").get(0).get("everyoneByRound").get(1).decimalValue()).isEqualByComparingTo("1000");
    assertThat(api.get("/api/v1/value-games/" + g + "/result?round=9", fx.coordinator).status()).isEqualTo(404);

    // The pages render: the game, the result with its chart, the paper form.
    WebSession coordinator = WebSession.signIn(port, fx.net.usernames.get(org.phasezero.security.Role.COORDINATOR),
        org.phasezero.support.TestNetwork.PASSWORD);
    WebSession.Page show = coordinator.get("/value/games/" + g);
    assertThat(show.status()).isEqualTo(200);
    assertThat(show.body()).contains(code.substring(0, 4) + "-" + code.substring(4)).contains("Round 2 is open.");
    WebSession.Page resultPage = coordinator.get("/value/games/" + g + "/result?round=1");
    assertThat(resultPage.status()).isEqualTo(200);
    assertThat(resultPage.body()).contains("<svg").contains("Community side: £550.00").contains("£55.00 (2)");
    assertThat(coordinator.get("/value/games/" + g + "/paper").status()).isEqualTo(200);
  }

  @Test
  void aRemovedPlayerNoLongerCountsAndCannotPlace() {
    long[] b = board("GEOMETRIC_MIDPOINT");
    long g = b[0];
    WebSession phone = WebSession.anonymous(port);
    String page = join(phone, code(g), "Eve", "COMMUNITY_MEMBER");
    assertThat(openRound(g)).isEqualTo(201);
    assertThat(phone.post(page, page, Map.of("outcome" + b[1], "4")).status()).isEqualTo(302);
    JsonNode before = api.get("/api/v1/value-games/" + g + "/result", fx.coordinator).json();
    // Between £100 and £1,000 at the geometric middle: √100,000 = £316.23.
    assertThat(before.get("outcomes").get(0).get("values").get(0).get("median").decimalValue())
        .isEqualByComparingTo("316.23");
    long player = api.get("/api/v1/value-games/" + g, fx.coordinator).json().get("players").get(0).get("id").asLong();
    WebSession coordinator = WebSession.signIn(port, fx.net.usernames.get(org.phasezero.security.Role.COORDINATOR),
        org.phasezero.support.TestNetwork.PASSWORD);
    assertThat(coordinator.post("/value/games/" + g, "/value/games/" + g + "/players/" + player + "/remove", Map.of())
        .status()).isEqualTo(302);
    JsonNode after = api.get("/api/v1/value-games/" + g + "/result", fx.coordinator).json();
    assertThat(after.get("players").asInt()).isZero();
    assertThat(phone.get(page).body()).contains("The game has ended for you.");
    assertThat(phone.post("/game", page, Map.of("outcome" + b[1], "2")).status()).isEqualTo(409);
    // On a phone reading Urdu, the reason is in Urdu.
    phone.get("/game?lang=ur");
    WebSession.Page refused = phone.post("/game", page, Map.of("outcome" + b[1], "2"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains(java.util.ResourceBundle.getBundle("messages",
        java.util.Locale.forLanguageTag("ur")).getString("game.endedForYou")).doesNotContain("Ask whoever runs it");
  }

  @Test
  void roundsNamesAndGoodsAreDatabaseRulesUnderARace() throws Exception {
    long[] b = board("LOWER_BOUND");
    long g = b[0];
    String code = code(g);
    // 25 phones join as "Sam" at once: one joins, the others are asked for another name.
    List<Integer> joins = Race.of(() -> {
      WebSession.Page p = WebSession.anonymous(port).post("/game", "/game",
          Map.of("code", code, "label", "Sam", "group", "COMMUNITY_MEMBER"));
      return p.status() == 200 && p.body().contains("already plays as Sam") ? 409 : p.status();
    });
    assertThat(Race.count(joins, 302)).isEqualTo(1);
    assertThat(Race.count(joins, 409)).isEqualTo(joins.size() - 1);
    // 25 requests open a round at once: one round 1.
    List<Integer> opens = Race.of(() -> openRound(g));
    assertThat(Race.count(opens, 201)).isEqualTo(1);
    assertThat(Race.count(opens, 409)).isEqualTo(opens.size() - 1);
    assertThat(db.sql("select count(*) from value_game_round where game_id = ?").param(g).query(Long.class).single())
        .isEqualTo(1);
    // 25 goods at one price on a fresh game: one is added.
    long fresh = game("LOWER_BOUND").get("id").asLong();
    AtomicInteger n = new AtomicInteger();
    List<Integer> goods = Race.of(() -> api.post("/api/v1/value-games/" + fresh + "/goods", fx.coordinator,
        Api.json(Map.of("name", "Good " + n.incrementAndGet(), "price", "5.00"))).status());
    assertThat(Race.count(goods, 201)).isEqualTo(1);
    assertThat(Race.count(goods, 409)).isEqualTo(goods.size() - 1);
  }

  @Test
  void theBoardIsFixedOncePlayStartsAndBadInputIsRefused() {
    long g = game("LOWER_BOUND").get("id").asLong();
    // A round needs two goods and an outcome.
    assertThat(openRound(g)).isEqualTo(409);
    long coffee = good(g, "A cup of coffee", "3.50");
    assertThat(api.post("/api/v1/value-games/" + g + "/goods", fx.coordinator,
        Api.json(Map.of("name", "a CUP of coffee", "price", "4"))).status()).isEqualTo(409);
    assertThat(api.post("/api/v1/value-games/" + g + "/goods", fx.coordinator,
        Api.json(Map.of("name", "Tea", "price", "3.5"))).status()).isEqualTo(409);
    for (String price : List.of("0", "-1", "1.234", "12345678901")) {
      assertThat(api.post("/api/v1/value-games/" + g + "/goods", fx.coordinator,
          Api.json(Map.of("name", "Bad " + price, "price", price))).status()).as(price).isEqualTo(400);
    }
    assertThat(api.post("/api/v1/value-games/" + g + "/goods", fx.coordinator,
        Api.json(Map.of("name", " ", "price", "2"))).status()).isEqualTo(400);
    good(g, "A cinema ticket", "12");
    long x = outcome(g, "Feeling less alone " + fx.net.suffix);
    assertThat(openRound(g)).isEqualTo(201);
    assertThat(openRound(g)).isEqualTo(409);
    assertThat(api.post("/api/v1/value-games/" + g + "/goods", fx.coordinator,
        Api.json(Map.of("name", "A holiday", "price", "1000"))).status()).isEqualTo(409);
    assertThat(api.post("/api/v1/value-games/" + g + "/outcomes", fx.coordinator,
        Api.json(Map.of("name", "Another"))).status()).isEqualTo(409);
    // Positions off the board, unknown outcomes, unplaced outcomes, rounds not played.
    assertThat(paper(g, "P1", "COMMUNITY_MEMBER", 1, Map.of(x, 5)).status()).isEqualTo(409);
    assertThat(paper(g, "P1", "COMMUNITY_MEMBER", 1, Map.of(x, -1)).status()).isEqualTo(409);
    assertThat(paper(g, "P1", "COMMUNITY_MEMBER", 1, Map.of(x + 100000, 1)).status()).isEqualTo(409);
    assertThat(paper(g, "P1", "COMMUNITY_MEMBER", 1, Map.of()).status()).isEqualTo(409);
    assertThat(paper(g, "P1", "COMMUNITY_MEMBER", 2, Map.of(x, 1)).status()).isEqualTo(409);
    assertThat(paper(g, "P1", "COMMUNITY_MEMBER", 1, Map.of(x, 4)).status()).isEqualTo(201);
    assertThat(db.sql("select count(*) from value_game_player where game_id = ?").param(g).query(Long.class).single())
        .as("nothing half-entered").isEqualTo(1);
    // The room: wrong or malformed codes, blank names, unknown links.
    WebSession phone = WebSession.anonymous(port);
    WebSession.Page wrong = phone.post("/game", "/game", Map.of("code", "ZZZZ-ZZZZ", "label", "Kim", "group",
        "COMMISSIONER"));
    assertThat(wrong.status()).isEqualTo(200);
    assertThat(wrong.body()).contains("No game has that code.");
    Map<String, String> blank = new HashMap<>(Map.of("code", "", "label", "", "group", "NOT_A_GROUP"));
    assertThat(phone.post("/game", "/game", blank).body()).contains("Enter the game code from the screen")
        .contains("Enter a first name or a nickname");
    assertThat(phone.get("/game/play/not-a-real-token-at-all-xxxxxxxxxx").status()).isEqualTo(404);
    assertThat(phone.get("/game/play/short").status()).isEqualTo(404);
    assertThat(phone.post("/game", "/game/play/not-a-real-token-at-all-xxxxxxxxxx", Map.of("outcome1", "1")).status())
        .isEqualTo(404);
    // Voided, the game takes no one.
    String code = code(g);
    assertThat(api.post("/api/v1/value-games/" + g + "/void", fx.coordinator, Api.json(Map.of("reason", "Test")))
        .status()).isEqualTo(200);
    assertThat(phone.post("/game", "/game", Map.of("code", code, "label", "Lee", "group", "COMMISSIONER")).body())
        .contains("No game has that code.");
    assertThat(api.post("/api/v1/value-games/" + g + "/rounds/close", fx.coordinator, "").status()).isEqualTo(409);
    assertThat(coffee).isPositive();
  }

  /** Two community players and five statutory: the pack withholds the community side's values (threshold 5). */
  @Test
  void theEvidencePackShowsEachSidesValueOnlyWhereEnoughOfItPlayed() {
    long g = game("LOWER_BOUND").get("id").asLong();
    good(g, "A holiday", "1000");
    good(g, "A cinema ticket", "10.00");
    good(g, "A meal out", "100");
    String name = "Pack outcome " + fx.net.suffix;
    long x = outcome(g, name);
    assertThat(openRound(g)).isEqualTo(201);
    assertThat(paper(g, "C1", "COMMUNITY_MEMBER", 1, Map.of(x, 5)).status()).isEqualTo(201);
    assertThat(paper(g, "C2", "COMMUNITY_STAFF", 1, Map.of(x, 3)).status()).isEqualTo(201);
    for (int i = 1; i <= 5; i++) {
      assertThat(paper(g, "S" + i, i % 2 == 0 ? "COMMISSIONER" : "STATUTORY_STAFF", 1, Map.of(x, i)).status())
          .isEqualTo(201);
    }
    PackContent c;
    try (var system = org.phasezero.security.SystemActor.enter("test")) {
      c = context.getBean(PackContents.class).build(fx.partnership, java.time.LocalDate.of(2026, 1, 1),
          java.time.LocalDate.of(2026, 12, 31), null);
    }
    PackContent.Game game = c.games().stream().filter(p -> p.outcomes().get(0).outcome().equals(name)).findFirst()
        .orElseThrow();
    assertThat(game.communityPlayers()).isNull();
    assertThat(game.statutoryPlayers()).isEqualTo(5);
    PackContent.GameValue v = game.outcomes().get(0);
    assertThat(v.community()).isNull();
    // Statutory: £10, £10, £100, £100, £1,000 at positions 1…5 → median £100; everyone adds £1,000 and £100.
    assertThat(v.statutory()).isEqualByComparingTo("100.00");
    assertThat(v.everyone()).isEqualByComparingTo("100.00");
    assertThat(c.provenance()).anyMatch(t -> t.from().startsWith("Value game #" + g + " played 1 May 2026"));
  }

  @Test
  void aValueBecomesAStakeholderDerivedProxyOfAnAccount() {
    long[] b = board("LOWER_BOUND");
    long g = b[0];
    assertThat(openRound(g)).isEqualTo(201);
    assertThat(paper(g, "Ann", "COMMUNITY_MEMBER", 1, Map.of(b[1], 3, b[2], 3)).status()).isEqualTo(201);
    assertThat(paper(g, "Bo", "COMMUNITY_MEMBER", 1, Map.of(b[1], 5, b[2], 5)).status()).isEqualTo(201);
    Api.Response account = api.post("/api/v1/sroi-accounts", fx.coordinator,
        Api.json(fx.account(fx.partnership, "Game account", "3.5", false)));
    assertThat(account.status()).as(account.body()).isEqualTo(201);
    long a = account.json().get("id").asLong();
    WebSession coordinator = WebSession.signIn(port, fx.net.usernames.get(org.phasezero.security.Role.COORDINATOR),
        org.phasezero.support.TestNetwork.PASSWORD);
    // From the result page's form: the account's new outcome comes prefilled with the community median, £550.
    WebSession.Page use = coordinator.get("/value/games/" + g + "/use?gameOutcome=" + b[1]
        + "&cohort=COMMUNITY_SIDE&round=1&account=" + a);
    assertThat(use.status()).isEqualTo(302);
    WebSession.Page form = coordinator.get(use.location().substring(use.location().indexOf("/value/")));
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("value=\"550.00\"").contains("This value comes from a value game")
        .contains("median of 2 placements (community side)");
    // No one on the statutory side placed it: there is nothing to prefill.
    assertThat(coordinator.get("/value/accounts/" + a + "/outcomes/new?gameOutcome=" + b[1] + "&cohort=STATUTORY_SIDE")
        .status()).isEqualTo(409);
    Map<String, Object> o = ValueFixture.outcome("Community members", "X", "10", "550.00", 1, "0", "0", "0", "0");
    o.put("valueGameOutcomeId", b[1]);
    assertThat(api.post("/api/v1/sroi-accounts/" + a + "/outcomes", fx.coordinator, Api.json(o)).status())
        .as("a value from a game must be flagged stakeholder-derived").isEqualTo(409);
    o.put("proxyOrigin", "STAKEHOLDER_DERIVED");
    Api.Response added = api.post("/api/v1/sroi-accounts/" + a + "/outcomes", fx.coordinator, Api.json(o));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("valueGameOutcomeId").asLong()).isEqualTo(b[1]);
    // A game outcome of another partnership's game is refused.
    Api.Response elsewhere = api.post("/api/v1/value-games", fx.coordinator, Api.json(Map.of("partnershipId",
        fx.emptyPartnership, "title", "Elsewhere " + fx.net.suffix, "playedOn", "2026-05-01", "valuation", "LOWER_BOUND")));
    long other = elsewhere.json().get("game").get("id").asLong();
    long otherOutcome = outcome(other, "Z");
    o.put("name", "Z");
    o.put("valueGameOutcomeId", otherOutcome);
    assertThat(api.post("/api/v1/sroi-accounts/" + a + "/outcomes", fx.coordinator, Api.json(o)).status())
        .isEqualTo(409);
  }
}
