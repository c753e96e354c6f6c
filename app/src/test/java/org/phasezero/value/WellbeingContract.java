package org.phasezero.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.analysis.testing.SharedData;
import org.phasezero.analysis.wellbeing.GroupChange;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import org.phasezero.support.Race;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Wellbeing outcomes against each supported database: scoring equal to the published SWEMWBS
 * conversion and group change equal to the analysis library (with hand-worked counts), consent
 * checked first, one answer per time point under a race, a one-time link answered once without an
 * account, what each role is shown, the licensed wording kept to a coordinator, and bad input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WellbeingContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  WellbeingFixture fx;
  String coordinator;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new WellbeingFixture(context);
    coordinator = fx.net.token(Role.COORDINATOR);
  }

  private long measure(String scale, String title) {
    Api.Response r = api.post("/api/v1/outcomes", coordinator, Api.json(Map.of("partnershipId", fx.partnership,
        "title", title + " " + fx.net.suffix, "scale", scale)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private Api.Response answer(long measure, long person, int timePoint, List<Integer> items) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("personId", person);
    body.put("timePoint", timePoint);
    body.put("completedOn", "2026-01-15");
    body.put("mode", "PAPER");
    body.put("items", items);
    return api.post("/api/v1/outcomes/" + measure + "/responses", coordinator, Api.json(body));
  }

  private void answered(long measure, long person, int timePoint, List<Integer> items) {
    Api.Response r = answer(measure, person, timePoint, items);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  @Test
  void swemwbsIsScoredWithThePublishedConversion() throws Exception {
    long m = measure("SWEMWBS", "Scored");
    Map<Integer, String> table = new HashMap<>();
    for (String line : Files.readAllLines(SharedData.file("wellbeing/swemwbs_raw_to_metric.csv")).subList(1, 30)) {
      String[] cells = line.split(",");
      table.put(Integer.valueOf(cells[0]), cells[1]);
    }
    // All 3s: raw 21. Mixed 1…5: raw 1+2+3+4+5+5+5 = 25.
    answered(m, fx.consented.get(0), 0, WellbeingFixture.all(7, 3));
    answered(m, fx.consented.get(1), 0, List.of(1, 2, 3, 4, 5, 5, 5));
    JsonNode rows = api.get("/api/v1/outcomes/" + m + "/responses", coordinator).json();
    Map<Integer, String> metricOfRaw = new HashMap<>();
    rows.forEach(r -> metricOfRaw.put(r.get("raw").asInt(), r.get("metric").asText()));
    assertThat(metricOfRaw).containsOnlyKeys(21, 25);
    assertThat(Double.parseDouble(metricOfRaw.get(21))).isEqualTo(Double.parseDouble(table.get(21)));
    assertThat(Double.parseDouble(metricOfRaw.get(25))).isEqualTo(Double.parseDouble(table.get(25)));
  }

  /**
   * WEMWBS, threshold 3. Baseline all 3s (42) for three people; follow-up all 4s (56, +14), twelve
   * 3s and two 4s (44, +2), eleven 3s and three 2s (39, −3): mean 13/3 = 4.333, one improved, one
   * unchanged, one worsened; the interval is the library's paired t.
   */
  @Test
  void groupChangeHasTheKnownAnswer() {
    long m = measure("WEMWBS", "Group change");
    List<Long> p = fx.consented;
    for (int i = 0; i < 3; i++) {
      answered(m, p.get(i), 0, WellbeingFixture.all(14, 3));
    }
    answered(m, p.get(0), 1, WellbeingFixture.all(14, 4));
    List<Integer> plusTwo = WellbeingFixture.all(14, 3);
    plusTwo.set(0, 4);
    plusTwo.set(1, 4);
    answered(m, p.get(1), 1, plusTwo);
    List<Integer> minusThree = WellbeingFixture.all(14, 3);
    minusThree.set(0, 2);
    minusThree.set(1, 2);
    minusThree.set(2, 2);
    answered(m, p.get(2), 1, minusThree);
    JsonNode s = api.get("/api/v1/outcomes/" + m + "/change", coordinator).json();
    assertThat(s.get("followUp").asInt()).isEqualTo(1);
    JsonNode all = s.get("overall");
    assertThat(all.get("n").asInt()).isEqualTo(3);
    assertThat(all.get("meanChange").asDouble()).isCloseTo(13.0 / 3, within(1e-12));
    assertThat(all.get("improved").asInt()).isEqualTo(1);
    assertThat(all.get("noChange").asInt()).isEqualTo(1);
    assertThat(all.get("worsened").asInt()).isEqualTo(1);
    GroupChange library = GroupChange.of(new double[] {14, 2, -3}, 3);
    assertThat(all.get("ciLow").asDouble()).isEqualTo(library.ciLow());
    assertThat(all.get("ciHigh").asDouble()).isEqualTo(library.ciHigh());
    assertThat(s.get("bySide").get(0).get("label").asText()).isEqualTo("COMMUNITY");
    assertThat(s.get("people")).hasSize(3);
    // A statutory partner sees the group only, and three people are too few to show.
    JsonNode partner = api.get("/api/v1/outcomes/" + m + "/change", fx.net.token(Role.STATUTORY_PARTNER)).json();
    assertThat(partner.get("people")).isEmpty();
    assertThat(partner.get("overall").get("withheld").asBoolean()).isTrue();
    assertThat(partner.get("overall").get("meanChange").isNull()).isTrue();
    assertThat(api.get("/api/v1/outcomes/" + m + "/responses", fx.net.token(Role.STATUTORY_PARTNER)).status())
        .isEqualTo(403);
    // Researchers see no one here: these people did not consent to research use.
    assertThat(api.get("/api/v1/outcomes/" + m + "/change", fx.net.token(Role.RESEARCHER)).json().get("people"))
        .isEmpty();
  }

  @Test
  void consentIsCheckedFirstAndEachTimePointIsAnsweredOnce() throws Exception {
    long m = measure("SWEMWBS", "Once");
    Api.Response refused = answer(m, fx.notConsented, 0, WellbeingFixture.all(7, 3));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.detail()).contains("consent to the use of health information does not stand");
    long person = fx.consented.get(3);
    List<Integer> statuses = Race.of(() -> answer(m, person, 0, WellbeingFixture.all(7, 4)).status());
    assertThat(Race.count(statuses, 201)).isEqualTo(1);
    assertThat(Race.count(statuses, 409)).isEqualTo(statuses.size() - 1);
    assertThat(db.sql("select count(*) from wellbeing_response where measure_id = ?").param(m).query(Long.class)
        .single()).isEqualTo(1);
    Api.Response again = answer(m, person, 0, WellbeingFixture.all(7, 2));
    assertThat(again.detail()).contains("already answered the baseline");
    assertThat(answer(m, person, 1, WellbeingFixture.all(7, 2)).status()).isEqualTo(201);
  }

  @Test
  void aOneTimeLinkIsAnsweredOnceWithoutAnAccount() {
    long m = measure("SWEMWBS", "Link");
    long person = fx.consented.get(4);
    Api.Response link = api.post("/api/v1/outcomes/" + m + "/links", coordinator,
        Api.json(Map.of("personId", person, "timePoint", 0, "language", "en")));
    assertThat(link.status()).as(link.body()).isEqualTo(201);
    String path = link.json().get("path").asText();
    assertThat(path).startsWith("/wellbeing/");
    assertThat(db.sql("select count(*) from wellbeing_link where token_hash like ?")
        .param("%" + path.substring("/wellbeing/".length()) + "%").query(Long.class).single()).isZero();
    WebSession anyone = WebSession.anonymous(port);
    WebSession.Page page = anyone.get(path);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Statement 7").contains("All of the time");
    // Missing answers are refused, with nothing stored.
    Map<String, String> some = new HashMap<>();
    some.put("item0", "5");
    WebSession.Page partial = anyone.post(path, path, some);
    assertThat(partial.status()).isEqualTo(409);
    assertThat(partial.body()).contains("Answer every statement: 1 of 7 were answered.");
    Map<String, String> answers = new HashMap<>();
    for (int i = 0; i < 7; i++) {
      answers.put("item" + i, String.valueOf(i % 5 + 1));
    }
    assertThat(anyone.post(path, path, answers).status()).isEqualTo(302);
    JsonNode stored = api.get("/api/v1/outcomes/" + m + "/responses", coordinator).json();
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).get("mode").asText()).isEqualTo("SELF_LINK");
    assertThat(stored.get(0).get("raw").asInt()).isEqualTo(1 + 2 + 3 + 4 + 5 + 1 + 2);
    // Once answered, the link thanks the person and takes nothing more.
    assertThat(anyone.get(path).body()).contains("Your answers have been sent.");
    assertThat(anyone.post(path, path, answers).status()).isIn(403, 409);
    assertThat(api.get("/api/v1/outcomes/" + m + "/responses", coordinator).json()).hasSize(1);
    assertThat(anyone.get("/wellbeing/not-a-real-token-at-all-xxxxxxxxxx").status()).isEqualTo(404);
    assertThat(anyone.get("/wellbeing/short").status()).isEqualTo(404);
    // No link for someone whose consent does not stand.
    Api.Response noConsent = api.post("/api/v1/outcomes/" + m + "/links", coordinator,
        Api.json(Map.of("personId", fx.notConsented, "timePoint", 0, "language", "en")));
    assertThat(noConsent.status()).isEqualTo(409);
  }

  @Test
  void onlyACoordinatorEntersTheWording() {
    Map<String, Object> wording = new LinkedHashMap<>();
    wording.put("intro", "Intro");
    wording.put("items", "One\nTwo");
    wording.put("answers", "1\n2\n3\n4\n5");
    wording.put("registration", "Test");
    wording.put("version", 0);
    assertThat(api.put("/api/v1/outcomes/wording/SWEMWBS/en", fx.net.token(Role.SITE_LEAD), Api.json(wording))
        .status()).isEqualTo(403);
    Api.Response wrongCount = api.put("/api/v1/outcomes/wording/SWEMWBS/bn", coordinator, Api.json(wording));
    assertThat(wrongCount.status()).isEqualTo(409);
    assertThat(wrongCount.detail()).contains("SWEMWBS has 7 statements; 2 lines were entered");
    assertThat(api.put("/api/v1/outcomes/wording/SWEMWBS/fr", coordinator, Api.json(wording)).status())
        .isEqualTo(409);
  }

  @Test
  void badInputIsRefused() {
    long m = measure("SWEMWBS", "Bad input");
    long person = fx.consented.get(5);
    assertThat(answer(m, person, 0, List.of(3, 3, 3)).status()).isEqualTo(409);
    assertThat(answer(m, person, 0, List.of(3, 3, 3, 3, 3, 3, 6)).status()).isEqualTo(409);
    assertThat(answer(m, person, 10, WellbeingFixture.all(7, 3)).status()).isEqualTo(400);
    Api.Response future = api.post("/api/v1/outcomes/" + m + "/responses", coordinator, Api.json(Map.of(
        "personId", person, "timePoint", 0, "completedOn", "2999-01-01", "items", WellbeingFixture.all(7, 3))));
    assertThat(future.status()).isIn(400, 409);
    Api.Response duplicate = api.post("/api/v1/outcomes", coordinator, Api.json(Map.of("partnershipId",
        fx.partnership, "title", "Bad input " + fx.net.suffix, "scale", "SWEMWBS")));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(api.post("/api/v1/outcomes", coordinator, Api.json(Map.of("partnershipId", fx.partnership,
        "title", "Zero", "scale", "SWEMWBS", "threshold", "0"))).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/outcomes/999999999", coordinator).status()).isEqualTo(404);
  }

  /** An SROI outcome measured by a measure takes as its quantity the people who improved on it. */
  @Test
  void anSroiOutcomeMeasuredOnAMeasureCountsThePeopleWhoImproved() {
    long m = measure("WEMWBS", "For the account");
    for (int i = 0; i < 3; i++) {
      answered(m, fx.consented.get(i), 0, WellbeingFixture.all(14, 3));
    }
    answered(m, fx.consented.get(0), 1, WellbeingFixture.all(14, 4));
    answered(m, fx.consented.get(1), 1, WellbeingFixture.all(14, 3));
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("partnershipId", fx.partnership);
    account.put("title", "Measured account " + fx.net.suffix);
    account.put("periodFrom", "2025-01-01");
    account.put("periodTo", "2025-12-31");
    account.put("hourRate", "15.00");
    account.put("discountYearOne", false);
    Api.Response a = api.post("/api/v1/sroi-accounts", coordinator, Api.json(account));
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    long id = a.json().get("id").asLong();
    api.post("/api/v1/sroi-accounts/" + id + "/inputs", coordinator,
        Api.json(Map.of("description", "Grant", "amount", "1000.00", "source", "Award letter")));
    Map<String, Object> outcome = ValueFixture.outcome("Participants", "Better wellbeing", "99", "100.00", 1, "0", "0",
        "0", "0");
    outcome.put("measureId", m);
    Api.Response added = api.post("/api/v1/sroi-accounts/" + id + "/outcomes", coordinator, Api.json(outcome));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    // One of the two with a follow-up improved by 3 or more: quantity 1, not the 99 typed; PV £100.
    JsonNode r = api.get("/api/v1/sroi-accounts/" + id + "/result", coordinator).json();
    assertThat(new java.math.BigDecimal(r.get("presentValue").asText())).isEqualByComparingTo("100.00");
    JsonNode measured = r.get("measured").get(0);
    assertThat(measured.get("improved").asInt()).isEqualTo(1);
    assertThat(measured.get("people").asInt()).isEqualTo(2);
    // A third follow-up that improves raises it at once: the account reads the measure, not a copy.
    answered(m, fx.consented.get(2), 1, WellbeingFixture.all(14, 5));
    assertThat(new java.math.BigDecimal(api.get("/api/v1/sroi-accounts/" + id + "/result", coordinator).json()
        .get("presentValue").asText())).isEqualByComparingTo("200.00");
    // A measure of another partnership cannot be used.
    WellbeingFixture other = new WellbeingFixture(context);
    Api.Response foreign = api.post("/api/v1/outcomes", coordinator, Api.json(Map.of("partnershipId",
        other.partnership, "title", "Elsewhere", "scale", "SWEMWBS")));
    outcome.put("name", "Elsewhere");
    outcome.put("measureId", foreign.json().get("id").asLong());
    Api.Response refused = api.post("/api/v1/sroi-accounts/" + id + "/outcomes", coordinator, Api.json(outcome));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.detail()).contains("of this account's partnership");
  }

  /** Side by side shows each measure's change as the viewer may see it, with the other dimensions. */
  @Test
  void valueSideBySideReadsEachDimensionAsTheViewerMaySeeIt() {
    long m = measure("WEMWBS", "Side by side");
    for (int i = 0; i < 5; i++) {
      answered(m, fx.consented.get(i), 0, WellbeingFixture.all(14, 3));
      answered(m, fx.consented.get(i), 1, WellbeingFixture.all(14, 4));
    }
    JsonNode v = api.get("/api/v1/value/side-by-side/" + fx.partnership, coordinator).json();
    JsonNode mine = null;
    for (JsonNode w : v.get("intrinsic")) {
      if (w.get("title").asText().equals("Side by side " + fx.net.suffix)) {
        mine = w;
      }
    }
    assertThat(mine).isNotNull();
    // Five people each +14: mean 14, all improved.
    assertThat(mine.get("meanChange").asDouble()).isEqualTo(14.0);
    assertThat(mine.get("improved").asInt()).isEqualTo(5);
    assertThat(v.get("capacity").get("meetings").asInt()).isZero();
    assertThat(v.get("monetary").isNull()).isTrue();
    assertThat(v.get("publicValue").get("linkingTiesNow").asInt()).isGreaterThanOrEqualTo(0);
    // Five is the threshold: a partner sees the group too, but never who.
    JsonNode partner = api.get("/api/v1/value/side-by-side/" + fx.partnership, fx.net.token(Role.STATUTORY_PARTNER))
        .json();
    assertThat(partner.toString()).doesNotContain("Asha");
    assertThat(api.get("/api/v1/value/side-by-side", coordinator).json().findValuesAsString("partnership"))
        .contains("Wellbeing partnership " + fx.net.suffix);
  }
}
