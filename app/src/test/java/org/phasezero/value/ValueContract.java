package org.phasezero.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.analysis.value.ImpactMap;
import org.phasezero.analysis.value.MonteCarloSroi;
import org.phasezero.analysis.value.SocialReturnOnInvestment;
import org.phasezero.analysis.value.SroiResult;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.Api;
import org.phasezero.support.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * SROI accounts against each supported database: inputs read from the ledger with money counted
 * once, a hand-worked account equal to the penny under both year-1 conventions and equal to the
 * analysis library on the same model, who may see and build accounts, duplicates refused under a
 * race, and bad input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ValueContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  ValueFixture fx;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new ValueFixture(context, api);
  }

  private long create(Map<String, Object> account) {
    Api.Response r = api.post("/api/v1/sroi-accounts", fx.coordinator, Api.json(account));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private void addOutcome(long account, Map<String, Object> outcome) {
    Api.Response r = api.post("/api/v1/sroi-accounts/" + account + "/outcomes", fx.coordinator, Api.json(outcome));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  private static BigDecimal money(JsonNode node, String field) {
    return new BigDecimal(node.get(field).asText());
  }

  /** Words where numbers belong: each field says what it needs, in its own words, never Java's conversion message. */
  @Test
  void anOutcomeFormWithWordsForNumbersSaysWhatEachFieldNeeds() {
    long id = create(fx.account(fx.partnership, "Typed account", null, true));
    org.phasezero.support.WebSession coordinator = org.phasezero.support.WebSession.signIn(port,
        fx.net.usernames.get(org.phasezero.security.Role.COORDINATOR), org.phasezero.support.TestNetwork.PASSWORD);
    String form = "/value/accounts/" + id + "/outcomes/new";
    var page = coordinator.post(form, form, new java.util.LinkedHashMap<>(Map.ofEntries(Map.entry("stakeholder", "Members"),
        Map.entry("name", "Less isolated"), Map.entry("quantity", "ten"), Map.entry("proxyValue", "£1,000"),
        Map.entry("proxyYear", "last year"), Map.entry("duration", "two"), Map.entry("deadweightPercent", ""),
        Map.entry("displacementPercent", "0"), Map.entry("attributionPercent", "a third"), Map.entry("dropOffPercent", "0"),
        Map.entry("proxyOrigin", "ENTERED"))));
    assertThat(page.body()).contains("There is a problem").doesNotContain("Failed to convert").doesNotContain("java.")
        .contains("Enter the quantity as a number")
        .contains("Enter the financial proxy in pounds as a number, without the £ sign")
        .contains("Enter the price year as a year")
        .contains("Enter how long it lasts as a whole number of years")
        .contains("Enter the deadweight as a percentage")
        .contains("Enter the attribution as a percentage");
  }

  @Test
  void inputsComeFromTheLedgerWithMoneyCountedOnce() {
    long id = create(fx.account(fx.partnership, "Ledger account", null, true));
    JsonNode inputs = api.get("/api/v1/sroi-accounts/" + id + "/inputs", fx.coordinator).json();
    List<JsonNode> lines = new ArrayList<>();
    inputs.get("lines").forEach(lines::add);
    // Funding £36,500 over 730 days, 365 of them in 2025: £18,250.00.
    JsonNode funding = lines.stream().filter(l -> l.get("source").asText().equals("FUNDING")).findFirst().orElseThrow();
    assertThat(money(funding, "amount")).isEqualByComparingTo("18250.00");
    assertThat(money(funding, "whole")).isEqualByComparingTo("36500.00");
    // The March claim was paid from the funder's budget, so it is inside the funding; September's is added.
    List<JsonNode> claims = lines.stream().filter(l -> l.get("source").asText().equals("INVOLVEMENT_PAYMENTS")).toList();
    assertThat(claims).hasSize(2);
    JsonNode added = claims.stream().filter(l -> l.get("counted").asBoolean()).findFirst().orElseThrow();
    JsonNode inside = claims.stream().filter(l -> !l.get("counted").asBoolean()).findFirst().orElseThrow();
    assertThat(money(added, "amount")).isEqualByComparingTo(fx.claimWithoutBudget);
    assertThat(money(inside, "amount")).isEqualByComparingTo(fx.claimFromBudget);
    // The venue is added; the grant recorded again as a resource is not; the room before 2025 is not read.
    List<JsonNode> money = lines.stream().filter(l -> l.get("source").asText().equals("RESOURCE_MONEY")).toList();
    assertThat(money).extracting(l -> money(l, "amount").setScale(2) + "/" + l.get("counted").asBoolean())
        .containsExactlyInAnyOrder("500.00/true", "36500.00/false");
    // 10 hours at the account's £15.00: £150.00.
    JsonNode hours = lines.stream().filter(l -> l.get("source").asText().equals("RESOURCE_HOURS")).findFirst().orElseThrow();
    assertThat(money(hours, "amount")).isEqualByComparingTo("150.00");
    assertThat(money(inputs, "total")).isEqualByComparingTo(
        new BigDecimal("18250.00").add(fx.claimWithoutBudget).add(new BigDecimal("650.00")));
    JsonNode outputs = inputs.get("outputs");
    assertThat(outputs.get("meetings").asLong()).isEqualTo(2);
    assertThat(outputs.get("attendances").asLong()).isEqualTo(3);
    assertThat(outputs.get("people").asLong()).isEqualTo(2);
    assertThat(outputs.get("paidClaims").asLong()).isEqualTo(2);

    // An input the ledger cannot know is added; removing it takes it off again.
    Api.Response other = api.post("/api/v1/sroi-accounts/" + id + "/inputs", fx.coordinator,
        Api.json(Map.of("description", "Trust staff time", "amount", "1000.00", "source", "Timesheets")));
    assertThat(other.status()).as(other.body()).isEqualTo(201);
    BigDecimal withOther = money(api.get("/api/v1/sroi-accounts/" + id + "/inputs", fx.coordinator).json(), "total");
    assertThat(withOther).isEqualByComparingTo(money(inputs, "total").add(new BigDecimal("1000.00")));
    long otherId = other.json().get("id").asLong();
    assertThat(api.send("DELETE", "/api/v1/sroi-accounts/" + id + "/inputs/" + otherId, fx.coordinator, null).status())
        .isEqualTo(204);
    assertThat(money(api.get("/api/v1/sroi-accounts/" + id + "/inputs", fx.coordinator).json(), "total"))
        .isEqualByComparingTo(money(inputs, "total"));

    // Voiding the funding corrects the account: it is read from the ledger, not copied.
    assertThat(api.post("/api/v1/funding/" + fx.fundingId + "/void", fx.coordinator,
        Api.json(Map.of("reason", "Entered against the wrong partnership"))).status()).isEqualTo(200);
    JsonNode after = api.get("/api/v1/sroi-accounts/" + id + "/inputs", fx.coordinator).json();
    // With no funding counted, the March claim and the grant recorded as a resource are added.
    assertThat(money(after, "total")).isEqualByComparingTo(fx.claimFromBudget.add(fx.claimWithoutBudget)
        .add(new BigDecimal("650.00")).add(new BigDecimal("36500.00")));
  }

  /**
   * Two stakeholders, worked by hand. Community members: 20 × £500 × (1 − 25%) × (1 − 20%) = £6,000
   * in year 1, then 10% drop-off: £5,400, £4,860. The NHS trust: 4 × £1,000 × (1 − 50%) = £2,000
   * for one year. Inputs £10,000 entered by hand.
   * <ul>
   *   <li>Year 1 discounted at 3.5%: 6000/1.035 + 5400/1.035² + 4860/1.035³ + 2000/1.035 =
   *       5797.10 + 5040.96 + 4383.44 + 1932.37 = £17,153.87; NPV £7,153.87; ratio 1.71539.</li>
   *   <li>Year 1 as the present: 6000 + 5400/1.035 + 4860/1.035² + 2000 = £17,754.25; ratio 1.77543.</li>
   * </ul>
   */
  @Test
  void aHandWorkedAccountIsExactToThePennyUnderBothConventions() {
    for (boolean yearOne : new boolean[] {true, false}) {
      long id = create(fx.account(fx.emptyPartnership, "Hand-worked " + yearOne, "3.5", yearOne));
      assertThat(api.post("/api/v1/sroi-accounts/" + id + "/inputs", fx.coordinator,
          Api.json(Map.of("description", "Grant", "amount", "10000.00", "source", "Award letter"))).status())
          .isEqualTo(201);
      JsonNode pending = api.get("/api/v1/sroi-accounts/" + id + "/result", fx.coordinator).json();
      assertThat(pending.get("missing").asText()).isEqualTo("NO_OUTCOMES");
      addOutcome(id, ValueFixture.outcome("Community members", "Improved wellbeing", "20", "500.00", 3, "25", "0",
          "20", "10"));
      addOutcome(id, ValueFixture.outcome("NHS trust", "Fewer crisis contacts", "4", "1000.00", 1, "50", "0", "0",
          "0"));
      JsonNode r = api.get("/api/v1/sroi-accounts/" + id + "/result", fx.coordinator).json();
      assertThat(money(r, "totalInputs")).isEqualByComparingTo("10000.00");
      if (yearOne) {
        assertThat(money(r, "presentValue")).isEqualByComparingTo("17153.87");
        assertThat(money(r, "netPresentValue")).isEqualByComparingTo("7153.87");
        assertThat(r.get("ratio").asDouble()).isCloseTo(1.7153868, within(1e-7));
      } else {
        assertThat(money(r, "presentValue")).isEqualByComparingTo("17754.25");
        assertThat(money(r, "netPresentValue")).isEqualByComparingTo("7754.25");
        assertThat(r.get("ratio").asDouble()).isCloseTo(1.7754253, within(1e-7));
      }
      // The same figures as the analysis library on the same model, and the same simulation.
      SroiAccount account;
      List<SroiOutcome> outcomes;
      try (var system = SystemActor.enter("test")) {
        account = context.getBean(SroiAccounts.class).get(id);
        outcomes = context.getBean(SroiAccounts.class).outcomes(id);
      }
      ImpactMap model = SroiResults.model(account, new BigDecimal("10000.00"), outcomes);
      SroiResult library = SocialReturnOnInvestment.of(model);
      assertThat(r.get("ratio").asDouble()).isEqualTo(library.ratio());
      assertThat(r.get("stakeholders").get(0).get("presentValue").asDouble())
          .isEqualTo(library.stakeholders().get(0).presentValue());
      assertThat(r.get("monteCarlo").get("ratio").get("p95").asDouble())
          .isEqualTo(MonteCarloSroi.run(model, 10_000, id).ratio().p95());
      assertThat(r.get("sensitivity")).hasSize(14);
      int counted = 0;
      for (JsonNode bin : r.get("histogram").get("bins")) {
        counted += bin.get("count").asInt();
      }
      assertThat(counted).isEqualTo(10_000);
    }
    // A Green Book account is the same for outcomes within 30 years.
    long green = create(fx.account(fx.emptyPartnership, "Green Book", null, true));
    api.post("/api/v1/sroi-accounts/" + green + "/inputs", fx.coordinator,
        Api.json(Map.of("description", "Grant", "amount", "10000.00", "source", "Award letter")));
    addOutcome(green, ValueFixture.outcome("Community members", "Improved wellbeing", "20", "500.00", 3, "25", "0",
        "20", "10"));
    addOutcome(green, ValueFixture.outcome("NHS trust", "Fewer crisis contacts", "4", "1000.00", 1, "50", "0", "0",
        "0"));
    JsonNode g = api.get("/api/v1/sroi-accounts/" + green + "/result", fx.coordinator).json();
    assertThat(money(g, "presentValue")).isEqualByComparingTo("17153.87");
    assertThat(api.get("/api/v1/sroi-accounts/" + green, fx.coordinator).json().get("discountEdition").asText())
        .contains("Green Book");
  }

  @Test
  void anUpratedProxyIsValuedInTheAccountsPrices() {
    long id = create(fx.account(fx.emptyPartnership, "Uprated", "3.5", false));
    api.post("/api/v1/sroi-accounts/" + id + "/inputs", fx.coordinator,
        Api.json(Map.of("description", "Grant", "amount", "1000.00", "source", "Award letter")));
    Map<String, Object> o = ValueFixture.outcome("Volunteers", "Confidence", "10", "100.00", 1, "0", "0", "0", "0");
    o.put("uprating", "1.08");
    o.put("proxyYear", 2022);
    o.put("proxyOrigin", "LICENSED_BANK");
    o.put("proxyLicence", "Licensed to the hub; not for redistribution");
    addOutcome(id, o);
    // 10 × £100 × 1.08 = £1,080 in year 1, taken as the present: ratio 1.08.
    JsonNode r = api.get("/api/v1/sroi-accounts/" + id + "/result", fx.coordinator).json();
    assertThat(money(r, "presentValue")).isEqualByComparingTo("1080.00");
    JsonNode stored = api.get("/api/v1/sroi-accounts/" + id + "/outcomes", fx.coordinator).json().get(0);
    assertThat(stored.get("proxyOrigin").asText()).isEqualTo("LICENSED_BANK");
    assertThat(new BigDecimal(stored.get("proxyValue").asText())).isEqualByComparingTo("100.00");
  }

  @Test
  void whoMaySeeAndBuildAccounts() {
    long id = create(fx.account(fx.partnership, "Access", null, true));
    String path = "/api/v1/sroi-accounts/" + id;
    assertThat(api.get(path, fx.net.token(Role.RESEARCHER)).status()).isEqualTo(200);
    assertThat(api.get(path + "/result", fx.net.token(Role.SITE_LEAD)).status()).isEqualTo(200);
    assertThat(api.get(path, fx.net.token(Role.STATUTORY_PARTNER)).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/sroi-accounts", fx.net.token(Role.STATUTORY_PARTNER)).status()).isEqualTo(403);
    // A site lead reads but does not build; a researcher builds.
    Api.Response bySiteLead = api.post(path + "/outcomes", fx.net.token(Role.SITE_LEAD),
        Api.json(ValueFixture.outcome("Members", "A", "1", "1.00", 1, "0", "0", "0", "0")));
    assertThat(bySiteLead.status()).isEqualTo(403);
    Api.Response byResearcher = api.post(path + "/outcomes", fx.net.token(Role.RESEARCHER),
        Api.json(ValueFixture.outcome("Members", "B", "1", "1.00", 1, "0", "0", "0", "0")));
    assertThat(byResearcher.status()).as(byResearcher.body()).isEqualTo(201);
    // A network-wide account is not a site lead's.
    Map<String, Object> network = fx.account(fx.partnership, "Network", null, true);
    network.put("partnershipId", null);
    long whole = create(network);
    assertThat(api.get("/api/v1/sroi-accounts/" + whole, fx.net.token(Role.SITE_LEAD)).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/sroi-accounts", fx.net.token(Role.SITE_LEAD)).json().findValuesAsString("title"))
        .doesNotContain("Network " + fx.net.suffix);
  }

  @Test
  void simultaneousDuplicatesGiveOneAccountAndOneOutcome() throws Exception {
    Map<String, Object> account = fx.account(fx.partnership, "Raced", null, true);
    List<Integer> statuses = Race.of(() -> api.post("/api/v1/sroi-accounts", fx.coordinator,
        Api.json(account)).status());
    assertThat(Race.count(statuses, 201)).isEqualTo(1);
    assertThat(Race.count(statuses, 409)).isEqualTo(statuses.size() - 1);
    long id = db.sql("select id from sroi_account where title = ? and voided_at is null")
        .param(account.get("title")).query(Long.class).single();
    Map<String, Object> outcome = ValueFixture.outcome("Community members", "Belonging", "5", "10.00", 1, "0", "0",
        "0", "0");
    List<Integer> added = Race.of(() -> api.post("/api/v1/sroi-accounts/" + id + "/outcomes", fx.coordinator,
        Api.json(outcome)).status());
    assertThat(Race.count(added, 201)).isEqualTo(1);
    assertThat(Race.count(added, 409)).isEqualTo(added.size() - 1);
    // The same outcome written in other case is the same outcome.
    outcome.put("stakeholder", "community MEMBERS");
    outcome.put("name", "belonging");
    Api.Response again = api.post("/api/v1/sroi-accounts/" + id + "/outcomes", fx.coordinator, Api.json(outcome));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.detail()).contains("already have an outcome called");
    // A voided account frees its title.
    assertThat(api.post("/api/v1/sroi-accounts/" + id + "/void", fx.coordinator,
        Api.json(Map.of("reason", "Started twice"))).status()).isEqualTo(200);
    assertThat(api.post("/api/v1/sroi-accounts", fx.coordinator, Api.json(account)).status()).isEqualTo(201);
    assertThat(api.post("/api/v1/sroi-accounts/" + id + "/outcomes", fx.coordinator, Api.json(outcome)).status())
        .isEqualTo(409);
  }

  @Test
  void badInputIsRefusedWithTheFieldToFix() {
    Map<String, Object> backwards = fx.account(fx.partnership, "Backwards", null, true);
    backwards.put("periodTo", "2024-01-01");
    Api.Response r = api.post("/api/v1/sroi-accounts", fx.coordinator, Api.json(backwards));
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.detail()).contains("must end on or after");
    Map<String, Object> rate = fx.account(fx.partnership, "Bad rate", "120", true);
    assertThat(api.post("/api/v1/sroi-accounts", fx.coordinator, Api.json(rate)).status()).isEqualTo(400);
    long id = create(fx.account(fx.partnership, "Bad outcomes", null, true));
    String outcomes = "/api/v1/sroi-accounts/" + id + "/outcomes";
    for (var bad : List.of(
        ValueFixture.outcome("S", "Over 100%", "1", "1.00", 1, "101", "0", "0", "0"),
        ValueFixture.outcome("S", "Negative", "-1", "1.00", 1, "0", "0", "0", "0"),
        ValueFixture.outcome("S", "No years", "1", "1.00", 0, "0", "0", "0", "0"),
        ValueFixture.outcome("", "No stakeholder", "1", "1.00", 1, "0", "0", "0", "0"),
        ValueFixture.outcome("S", "Fractions of pennies", "1", "1.001", 1, "0", "0", "0", "0"))) {
      Api.Response refused = api.post(outcomes, fx.coordinator, Api.json(bad));
      assertThat(refused.status()).as(bad.get("name") + ": " + refused.body()).isEqualTo(400);
    }
    assertThat(api.get("/api/v1/sroi-accounts/999999999", fx.coordinator).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/sroi-accounts/" + id + "/outcomes/999999999", fx.coordinator).status())
        .isEqualTo(404);
    assertThat(api.post("/api/v1/sroi-accounts", fx.coordinator, "{not json").status()).isEqualTo(400);
  }

  @Test
  void indicatorsAreRecordedOncePerPeriodWithTheirSource() throws Exception {
    Map<String, Object> referrals = new java.util.LinkedHashMap<>();
    referrals.put("partnershipId", fx.partnership);
    referrals.put("name", "Referrals from the community");
    referrals.put("periodFrom", "2025-04-01");
    referrals.put("periodTo", "2025-06-30");
    referrals.put("amount", "14");
    referrals.put("unit", "referrals");
    referrals.put("source", "The service's referral records");
    List<Integer> statuses = Race.of(() -> api.post("/api/v1/indicators", fx.coordinator, Api.json(referrals))
        .status());
    assertThat(Race.count(statuses, 201)).isEqualTo(1);
    assertThat(Race.count(statuses, 409)).isEqualTo(statuses.size() - 1);
    long id = api.get("/api/v1/indicators?partnershipId=" + fx.partnership, fx.coordinator).json().get(0).get("id")
        .asLong();
    // Everyone who sees the partnership reads it; a partner does not record.
    assertThat(api.get("/api/v1/indicators/" + id, fx.net.token(Role.STATUTORY_PARTNER)).status()).isEqualTo(200);
    assertThat(api.post("/api/v1/indicators", fx.net.token(Role.STATUTORY_PARTNER), Api.json(referrals)).status())
        .isEqualTo(403);
    // Voiding frees the period for a corrected value.
    assertThat(api.post("/api/v1/indicators/" + id + "/void", fx.coordinator,
        Api.json(Map.of("reason", "Counted twice"))).status()).isEqualTo(200);
    referrals.put("amount", "12");
    assertThat(api.post("/api/v1/indicators", fx.coordinator, Api.json(referrals)).status()).isEqualTo(201);
    referrals.put("amount", "-1");
    referrals.put("name", "Negative");
    assertThat(api.post("/api/v1/indicators", fx.coordinator, Api.json(referrals)).status()).isEqualTo(400);
    referrals.put("amount", "3");
    referrals.put("periodTo", "2025-01-01");
    assertThat(api.post("/api/v1/indicators", fx.coordinator, Api.json(referrals)).status()).isEqualTo(409);
  }
}
