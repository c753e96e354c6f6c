package org.phasezero.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.security.Role.COORDINATOR;
import static org.phasezero.support.AccessMatrix.expect;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.AccessMatrix.Case;
import org.phasezero.support.AccessMatrix;
import org.phasezero.support.Api;
import org.phasezero.support.CoversEveryHandler;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Every payments endpoint and page × every role × own organisation's person / other organisation's
 * person. A claim the role may not see answers 404; a kind of record the role may not use at all
 * answers 403 (statutory partners get totals, never claims).
 */
@OnH2
@CoversEveryHandler("org.phasezero.payments")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentsAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  Files files;
  PaymentsFixture fx;
  long ownClaim;
  long otherClaim;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);
  int day;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    files = new Files(port);
    fx = new PaymentsFixture(context);
    RateForm rate = new RateForm();
    rate.setActivity(Activity.MEETING);
    rate.setUnit(RateUnit.HOUR);
    rate.setAmount(new BigDecimal("20.00"));
    rate.setValidFrom(LocalDate.of(2024, 1, 1));
    rate.setSource("NIHR payment guidance, March 2024");
    SystemActor.run("test fixture", () -> context.getBean(Rates.class).create(rate));
    ownClaim = claimFor(fx.net.ownPerson);
    otherClaim = claimFor(fx.net.otherPerson);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
  }

  /** A new claim (made as the system) for the person at a new meeting. */
  long claimFor(long person) {
    ClaimForm f = new ClaimForm();
    f.setPersonId(person);
    f.setMeetingId(fx.meeting(LocalDate.of(2025, 1, 1).plusDays(day++)));
    f.setActivity(Activity.MEETING);
    f.setUnit(RateUnit.HOUR);
    f.setQuantity(BigDecimal.ONE);
    return SystemActor.call("test fixture", () -> context.getBean(Claims.class).create(f).id());
  }

  String claimBody(long person) {
    return Api.json(Map.of("personId", person, "meetingId", fx.meeting(LocalDate.of(2025, 1, 1).plusDays(day++)),
        "activity", "MEETING", "unit", "HOUR", "quantity", "1"));
  }

  int get(Role r, String path) {
    return api.get(path, fx.net.token(r)).status();
  }

  int post(Role r, String path, String body) {
    return api.post(path, fx.net.token(r), body).status();
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  /** A form post as the role, with a CSRF token from a page every role may open (so a refusal is the rule's, not CSRF's). */
  int form(Role r, String action, Map<String, String> fields) {
    return sessions.get(r).post("/", action, fields).status();
  }

  /** The id of a new record made by the coordinator through the API. */
  long created(String path, String body) {
    var r = api.post(path, fx.net.token(COORDINATOR), body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** A new claim for the person, approved by a coordinator who did not submit it. */
  long approvedClaimFor(long person) {
    long id = claimFor(person);
    assertThat(api.post("/api/v1/claims/" + id + "/approve", fx.approver, "").status()).isEqualTo(200);
    return id;
  }

  long receiptOn(long claim) {
    String created = files.upload("/api/v1/claims/" + claim + "/receipts", fx.net.token(COORDINATOR), "r.png", Files.PNG)
        .text();
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(created).get("id").asLong();
  }

  List<Case<PaymentsAccessMatrixTest>> cases() {
    PaymentsFixture f = fx;
    long own = f.net.ownPerson;
    long other = f.net.otherPerson;
    String budget = Api.json(Map.of("partnershipId", f.partnership.id(), "funderId", f.funder.id(), "amount", "100",
        "periodFrom", "2025-01-01", "periodTo", "2025-12-31"));
    String funding = Api.json(Map.of("funderId", f.funder.id(), "amount", "100", "termFrom", "2025-01-01",
        "termTo", "2025-12-31", "independent", true));
    String rate = Api.json(Map.of("activity", "TRAINING", "unit", "DAY", "amount", "150", "validFrom", "2025-01-01",
        "source", "Matrix"));
    String decline = Api.json(Map.of("reason", "STATE_BENEFITS", "declinedOn", "2025-02-01"));
    List<Case<PaymentsAccessMatrixTest>> c = new ArrayList<>();
    c.add(new Case<>("GET rates", (t, r) -> t.get(r, "/api/v1/rates"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("POST rate", (t, r) -> t.post(r, "/api/v1/rates", rate), expect(201, 403, 403, 403, 403)));
    c.add(new Case<>("GET claims", (t, r) -> t.get(r, "/api/v1/claims"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("GET own claim", (t, r) -> t.get(r, "/api/v1/claims/" + t.ownClaim), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("GET other claim", (t, r) -> t.get(r, "/api/v1/claims/" + t.otherClaim), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST claim for own person", (t, r) -> t.post(r, "/api/v1/claims", t.claimBody(own)), expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("POST claim for other person", (t, r) -> t.post(r, "/api/v1/claims", t.claimBody(other)), expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("POST approve own claim", (t, r) -> t.post(r, "/api/v1/claims/" + t.claimFor(own) + "/approve", ""), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("POST approve other claim", (t, r) -> t.post(r, "/api/v1/claims/" + t.claimFor(other) + "/approve", ""), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST decline own claim", (t, r) -> t.post(r, "/api/v1/claims/" + t.claimFor(own) + "/decline", decline), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("POST decline other claim", (t, r) -> t.post(r, "/api/v1/claims/" + t.claimFor(other) + "/decline", decline), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST receipt to own claim", (t, r) -> t.files.upload("/api/v1/claims/" + t.ownClaim + "/receipts", f.net.token(r), "r.png", Files.PNG).status(), expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("POST receipt to other claim", (t, r) -> t.files.upload("/api/v1/claims/" + t.otherClaim + "/receipts", f.net.token(r), "r.png", Files.PNG).status(), expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("GET totals", (t, r) -> t.get(r, "/api/v1/claims/totals?from=2025-04-01&to=2026-03-31"), expect(200, 200, 200, 403, 403)));
    c.add(new Case<>("GET totals of a reporting period", (t, r) -> t.get(r, "/api/v1/claims/totals?period=2025-Q1"), expect(200, 200, 200, 403, 403)));
    c.add(new Case<>("GET totals of free dates", (t, r) -> t.get(r, "/api/v1/claims/totals?from=2025-01-01&to=2025-12-31"), expect(200, 200, 400, 403, 403)));
    c.add(new Case<>("GET export", (t, r) -> t.get(r, "/api/v1/claims/export?from=2025-01-01&to=2025-12-31&format=xlsx"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("GET own person's statement", (t, r) -> t.get(r, "/api/v1/claims/statements/" + own + "?from=2025-01-01&to=2025-12-31"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("GET other person's statement", (t, r) -> t.get(r, "/api/v1/claims/statements/" + other + "?from=2025-01-01&to=2025-12-31"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("GET budgets", (t, r) -> t.get(r, "/api/v1/budgets"), expect(200, 200, 200, 403, 403)));
    c.add(new Case<>("POST budget", (t, r) -> t.post(r, "/api/v1/budgets", budget), expect(201, 403, 403, 403, 403)));
    c.add(new Case<>("GET funding", (t, r) -> t.get(r, "/api/v1/funding"), expect(200, 200, 200, 403, 403)));
    c.add(new Case<>("GET funding independence", (t, r) -> t.get(r, "/api/v1/funding/independence"), expect(200, 200, 200, 403, 403)));
    c.add(new Case<>("POST funding", (t, r) -> t.post(r, "/api/v1/funding", funding), expect(201, 403, 403, 403, 403)));
    c.add(new Case<>("page: claims", (t, r) -> t.page(r, "/payments"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("download: claims", (t, r) -> t.page(r, "/payments/claims/export?format=csv"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: new claim", (t, r) -> t.page(r, "/payments/claims/new"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: own claim", (t, r) -> t.page(r, "/payments/claims/" + t.ownClaim), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: other claim", (t, r) -> t.page(r, "/payments/claims/" + t.otherClaim), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: pay own claim", (t, r) -> t.page(r, "/payments/claims/" + t.ownClaim + "/pay"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: decline other claim", (t, r) -> t.page(r, "/payments/claims/" + t.otherClaim + "/decline"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: rates", (t, r) -> t.page(r, "/payments/rates"), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("page: new rate", (t, r) -> t.page(r, "/payments/rates/new"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: budgets", (t, r) -> t.page(r, "/payments/budgets"), expect(200, 200, 200, 403, 403)));
    c.add(new Case<>("download: budgets", (t, r) -> t.page(r, "/payments/budgets/export?format=xlsx"), expect(200, 200, 200, 403, 403)));
    c.add(new Case<>("page: new budget", (t, r) -> t.page(r, "/payments/budgets/new"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: funding", (t, r) -> t.page(r, "/payments/funding"), expect(200, 200, 200, 403, 403)));
    c.add(new Case<>("page: new funding", (t, r) -> t.page(r, "/payments/funding/new"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: export", (t, r) -> t.page(r, "/payments/export"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: totals", (t, r) -> t.page(r, "/payments/totals"), expect(200, 200, 200, 403, 403)));
    c.add(new Case<>("page: own person's statement", (t, r) -> t.page(r, "/payments/statements/" + own), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: other person's statement", (t, r) -> t.page(r, "/payments/statements/" + other), expect(200, 404, 403, 403, 403)));
    // Single records, removals and decisions through the API
    String voiding = "{\"reason\":\"entered in error\"}";
    // Paid today: on or after the day of any claim the cases make.
    String pay = Api.json(Map.of("paidOn", LocalDate.now().toString(), "method", "BANK_TRANSFER"));
    c.add(new Case<>("GET a budget", (t, r) -> t.get(r, "/api/v1/budgets/" + t.created("/api/v1/budgets", budget)), expect(200, 200, 200, 403, 403)));
    c.add(new Case<>("GET a funding record", (t, r) -> t.get(r, "/api/v1/funding/" + t.created("/api/v1/funding", funding)), expect(200, 200, 200, 403, 403)));
    c.add(new Case<>("GET a rate", (t, r) -> t.get(r, "/api/v1/rates/" + t.created("/api/v1/rates", rate)), expect(200, 200, 200, 200, 200)));
    c.add(new Case<>("POST void a budget", (t, r) -> t.post(r, "/api/v1/budgets/" + t.created("/api/v1/budgets", budget) + "/void", voiding), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("POST void a funding record", (t, r) -> t.post(r, "/api/v1/funding/" + t.created("/api/v1/funding", funding) + "/void", voiding), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("POST void a rate", (t, r) -> t.post(r, "/api/v1/rates/" + t.created("/api/v1/rates", rate) + "/void", voiding), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("GET receipt of own claim", (t, r) -> t.get(r, "/api/v1/claims/" + t.ownClaim + "/receipts/" + t.receiptOn(t.ownClaim)), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("GET receipt of other claim", (t, r) -> t.get(r, "/api/v1/claims/" + t.otherClaim + "/receipts/" + t.receiptOn(t.otherClaim)), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST pay own claim", (t, r) -> t.post(r, "/api/v1/claims/" + t.approvedClaimFor(own) + "/pay", pay), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("POST pay other claim", (t, r) -> t.post(r, "/api/v1/claims/" + t.approvedClaimFor(other) + "/pay", pay), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST void own claim", (t, r) -> t.post(r, "/api/v1/claims/" + t.claimFor(own) + "/void", voiding), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("POST void other claim", (t, r) -> t.post(r, "/api/v1/claims/" + t.claimFor(other) + "/void", voiding), expect(200, 404, 403, 403, 403)));
    // The same through the pages (a saved form answers 302)
    c.add(new Case<>("form: new claim for own person", (t, r) -> t.form(r, "/payments/claims/new", Map.of("personId",
        String.valueOf(own), "meetingId", String.valueOf(f.meeting(LocalDate.of(2025, 3, 1).plusDays(t.day++))),
        "activity", "MEETING", "unit", "HOUR", "quantity", "1")), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: new claim for other person", (t, r) -> t.form(r, "/payments/claims/new", Map.of("personId",
        String.valueOf(other), "meetingId", String.valueOf(f.meeting(LocalDate.of(2025, 3, 1).plusDays(t.day++))),
        "activity", "MEETING", "unit", "HOUR", "quantity", "1")), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("page: claims for a meeting's community attendees", (t, r) -> t.page(r, "/payments/meetings/"
        + f.meeting(LocalDate.of(2025, 3, 1).plusDays(t.day++)) + "/claims"), expect(200, 200, 403, 403, 403)));
    // A site lead claims for their own organisation's attendee; the other organisation's is not theirs to claim for.
    c.add(new Case<>("form: claims for own attendee of a meeting", (t, r) -> t.form(r, "/payments/meetings/"
        + f.meeting(LocalDate.of(2025, 3, 1).plusDays(t.day++)) + "/claims", Map.of("personIds", String.valueOf(own),
        "hours", "2")), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("form: claims for other attendee of a meeting", (t, r) -> t.form(r, "/payments/meetings/"
        + f.meeting(LocalDate.of(2025, 3, 1).plusDays(t.day++)) + "/claims", Map.of("personIds", String.valueOf(other),
        "hours", "2")), expect(200, 409, 403, 403, 403)));
    c.add(new Case<>("form: approve own claim", (t, r) -> t.form(r, "/payments/claims/" + t.claimFor(own) + "/approve", Map.of()), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: approve other claim", (t, r) -> t.form(r, "/payments/claims/" + t.claimFor(other) + "/approve", Map.of()), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: pay own claim", (t, r) -> t.form(r, "/payments/claims/" + t.approvedClaimFor(own) + "/pay",
        Map.of("paidOn", LocalDate.now().toString(), "method", "BANK_TRANSFER")), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: decline own claim", (t, r) -> t.form(r, "/payments/claims/" + t.claimFor(own) + "/decline",
        Map.of("reason", "STATE_BENEFITS", "declinedOn", "2025-02-01")), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: decline other claim", (t, r) -> t.form(r, "/payments/claims/" + t.claimFor(other) + "/decline",
        Map.of("reason", "STATE_BENEFITS", "declinedOn", "2025-02-01")), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: void own claim", (t, r) -> t.form(r, "/payments/claims/" + t.claimFor(own) + "/void", Map.of("reason", "error")), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: void other claim", (t, r) -> t.form(r, "/payments/claims/" + t.claimFor(other) + "/void", Map.of("reason", "error")), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: receipt to own claim", (t, r) -> t.sessions.get(r).upload("/", "/payments/claims/" + t.ownClaim + "/receipts", "file", "r.png", Files.PNG).status(), expect(302, 302, 403, 403, 403)));
    c.add(new Case<>("form: receipt to other claim", (t, r) -> t.sessions.get(r).upload("/", "/payments/claims/" + t.otherClaim + "/receipts", "file", "r.png", Files.PNG).status(), expect(302, 404, 403, 403, 403)));
    c.add(new Case<>("form: new budget", (t, r) -> t.form(r, "/payments/budgets/new", Map.of("partnershipId", String.valueOf(f.partnership.id()),
        "funderId", String.valueOf(f.funder.id()), "amount", "100", "periodFrom", "2025-01-01", "periodTo", "2025-12-31")), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: new funding", (t, r) -> t.form(r, "/payments/funding/new", Map.of("funderId", String.valueOf(f.funder.id()),
        "amount", "100", "termFrom", "2025-01-01", "termTo", "2025-12-31")), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: new rate", (t, r) -> t.form(r, "/payments/rates/new", Map.of("activity", "TRAINING", "unit", "DAY",
        "amount", "150", "validFrom", "2025-01-01", "source", "Matrix")), expect(302, 403, 403, 403, 403)));
    c.add(new Case<>("form: void a rate", (t, r) -> t.form(r, "/payments/rates/" + t.created("/api/v1/rates", rate) + "/void", Map.of("reason", "error")), expect(302, 403, 403, 403, 403)));
    // A rate has no page of its own: its address leads to the rate card, for every role.
    c.add(new Case<>("page: a rate", (t, r) -> t.page(r, "/payments/rates/" + t.created("/api/v1/rates", rate)), expect(302, 302, 302, 302, 302)));
    c.add(new Case<>("page: void a rate", (t, r) -> t.page(r, "/payments/rates/" + t.created("/api/v1/rates", rate) + "/void"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: void own claim", (t, r) -> t.page(r, "/payments/claims/" + t.ownClaim + "/void"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: void other claim", (t, r) -> t.page(r, "/payments/claims/" + t.otherClaim + "/void"), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: receipt of own claim", (t, r) -> t.page(r, "/payments/claims/" + t.ownClaim + "/receipts/" + t.receiptOn(t.ownClaim)), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: receipt of other claim", (t, r) -> t.page(r, "/payments/claims/" + t.otherClaim + "/receipts/" + t.receiptOn(t.otherClaim)), expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("page: export file", (t, r) -> t.page(r, "/payments/export/file?from=2025-01-01&to=2025-12-31&format=CSV"), expect(200, 403, 403, 403, 403)));
    c.add(new Case<>("page: own person's statement as CSV", (t, r) -> t.page(r, "/payments/statements/" + own + "/csv?from=2025-01-01&to=2025-12-31"), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: other person's statement as CSV", (t, r) -> t.page(r, "/payments/statements/" + other + "/csv?from=2025-01-01&to=2025-12-31"), expect(200, 404, 403, 403, 403)));
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyThePaymentsAccessItsScopeAllows(String name, Role role, int expected, Case<PaymentsAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
