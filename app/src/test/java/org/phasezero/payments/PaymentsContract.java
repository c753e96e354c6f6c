package org.phasezero.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * Involvement payments through the JSON API, on each supported database: rates by date, claims
 * from attendance, approval and payment, decline, receipts, budgets, funding independence, exports
 * and statements, totals for statutory partners, and bad input refused with nothing half-written.
 * Every expected figure is worked out by hand in the comments.
 */
abstract class PaymentsContract extends PaymentsApiSupport {
  @Test
  void aClaimTakesTheRateValidOnTheMeetingsDate() {
    // 31 March 2025: £20/hour × 2.5 h = £50.00; expenses £4.80 + £12.00 = £16.80; total £66.80.
    long before = submit(LocalDate.of(2025, 3, 31), "2.5",
        List.of(expense("TRAVEL", "4.80"), expense("CHILDCARE_OR_CARER", "12.00")));
    var a = api.get("/api/v1/claims/" + before, coordinator);
    assertThat(money(a, "rateAmount")).isEqualByComparingTo("20.00");
    assertThat(money(a, "fee")).isEqualByComparingTo("50.00");
    assertThat(money(a, "expensesTotal")).isEqualByComparingTo("16.80");
    assertThat(money(a, "total")).isEqualByComparingTo("66.80");
    assertThat(a.json().get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(a.json().get("expenses")).hasSize(2);
    // 1 April 2025, the day the new rate starts: £25/hour × 2.5 h = £62.50.
    var b = api.get("/api/v1/claims/" + submit(LocalDate.of(2025, 4, 1), "2.5", List.of()), coordinator);
    assertThat(money(b, "fee")).isEqualByComparingTo("62.50");
    assertThat(money(b, "total")).isEqualByComparingTo("62.50");
    var trail = api.get("/api/v1/audit?entityType=payment_claim&entityId=" + before, coordinator).json().get("items");
    assertThat(trail).extracting(n -> n.get("action").asString()).containsExactly("CREATE");
  }

  @Test
  void aClaimForSomeoneWhoDidNotAttendIsRefusedAndNothingIsWritten() {
    long meeting = fx.meeting(LocalDate.of(2025, 5, 6), fx.net.otherPerson);
    long claims = count("payment_claim");
    long expenses = count("payment_expense");
    var r = api.post("/api/v1/claims", coordinator, Api.json(claim(fx.net.ownPerson, meeting, "2",
        List.of(expense("TRAVEL", "3.00")))));
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.detail()).contains("not recorded as attending");
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("personId");
    assertThat(count("payment_claim")).isEqualTo(claims);
    assertThat(count("payment_expense")).isEqualTo(expenses);
  }

  @Test
  void negativeHoursOrAmountsAreBadRequestsNamingTheField() {
    long meeting = fx.meeting(LocalDate.of(2025, 5, 7));
    long claims = count("payment_claim");
    var hours = api.post("/api/v1/claims", coordinator, Api.json(claim(fx.net.ownPerson, meeting, "-1", List.of())));
    assertThat(hours.status()).isEqualTo(400);
    assertThat(hours.detail()).startsWith("quantity:");
    var amount = api.post("/api/v1/claims", coordinator, Api.json(claim(fx.net.ownPerson, meeting, "1",
        List.of(expense("TRAVEL", "-4.80")))));
    assertThat(amount.status()).isEqualTo(400);
    assertThat(amount.detail()).startsWith("expenses[0].amount:");
    var rate = api.post("/api/v1/rates", coordinator, Api.json(Map.of("activity", "MEETING", "unit", "DAY",
        "amount", "-1", "validFrom", "2025-01-01", "source", "x")));
    assertThat(rate.status()).isEqualTo(400);
    assertThat(count("payment_claim")).isEqualTo(claims);
  }

  @Test
  void anUnknownMeetingOrAMissingRateIsAConflictThatSaysWhatToDo() {
    long claims = count("payment_claim");
    var noMeeting = api.post("/api/v1/claims", coordinator, Api.json(claim(fx.net.ownPerson, 99_999_999L, "1", List.of())));
    assertThat(noMeeting.status()).isEqualTo(409);
    assertThat(noMeeting.detail()).contains("no meeting");
    Map<String, Object> chairing = claim(fx.net.ownPerson, fx.meeting(LocalDate.of(2025, 5, 8)), "1", List.of());
    chairing.put("activity", "CHAIRING");
    var noRate = api.post("/api/v1/claims", coordinator, Api.json(chairing));
    assertThat(noRate.status()).isEqualTo(409);
    assertThat(noRate.detail()).contains("no rate for chairing per hour valid on 2025-05-08");
    assertThat(count("payment_claim")).isEqualTo(claims);
  }

  @Test
  void aSecondClaimForTheSameMeetingIsRefused() {
    long meeting = fx.meeting(LocalDate.of(2025, 5, 9));
    assertThat(api.post("/api/v1/claims", coordinator, Api.json(claim(fx.net.ownPerson, meeting, "1", List.of()))).status())
        .isEqualTo(201);
    var again = api.post("/api/v1/claims", coordinator, Api.json(claim(fx.net.ownPerson, meeting, "1", List.of())));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.detail()).contains("already has a claim");
  }

  @Test
  void aCoordinatorApprovesAndPaysAClaimChargedToTheBudget() {
    var budget = api.post("/api/v1/budgets", coordinator, Api.json(Map.of("partnershipId", fx.partnership.id(),
        "funderId", fx.funder.id(), "amount", "1000.00", "periodFrom", "2024-07-01", "periodTo", "2024-07-31")));
    assertThat(budget.status()).as(budget.body()).isEqualTo(201);
    long budgetId = budget.json().get("id").asLong();
    // 2 July 2024: £20/hour × 3 h = £60.00 + travel £7.50 = £67.50.
    long id = submit(LocalDate.of(2024, 7, 2), "3", List.of(expense("TRAVEL", "7.50")));
    var approved = api.post("/api/v1/claims/" + id + "/approve", fx.approver, "");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
    assertThat(approved.json().get("budgetId").asLong()).isEqualTo(budgetId);
    var b = api.get("/api/v1/budgets/" + budgetId, coordinator);
    assertThat(money(b, "spent")).isEqualByComparingTo("67.50");
    assertThat(money(b, "remaining")).isEqualByComparingTo("932.50");

    // Not paid before the day the claim is for (a date typed 1999 for 2024).
    var early = api.post("/api/v1/claims/" + id + "/pay", coordinator,
        Api.json(Map.of("paidOn", "1999-07-20", "method", "BANK_TRANSFER")));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.detail()).contains("on or after 2 July 2024");
    var paid = api.post("/api/v1/claims/" + id + "/pay", coordinator,
        Api.json(Map.of("paidOn", "2024-07-20", "method", "BANK_TRANSFER", "reference", "BACS-0042")));
    assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
    assertThat(paid.json().get("paidOn").asString()).isEqualTo("2024-07-20");
    assertThat(money(api.get("/api/v1/budgets/" + budgetId, coordinator), "spent")).isEqualByComparingTo("67.50");
    var again = api.post("/api/v1/claims/" + id + "/pay", coordinator,
        Api.json(Map.of("paidOn", "2024-07-21", "method", "CASH")));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.detail()).contains("is paid, so it cannot be paid");
    var trail = api.get("/api/v1/audit?entityType=payment_claim&entityId=" + id, coordinator).json().get("items");
    assertThat(trail).extracting(n -> n.get("action").asString()).containsExactly("PAY", "APPROVE", "CREATE");
  }

  @Test
  void approvingAVoidedClaimIsAConflictAndLeavesItSubmitted() {
    long id = submit(LocalDate.of(2025, 6, 3), "1", List.of());
    assertThat(api.post("/api/v1/claims/" + id + "/void", coordinator, "{\"reason\":\"entered twice\"}").status())
        .isEqualTo(200);
    var r = api.post("/api/v1/claims/" + id + "/approve", fx.approver, "");
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.detail()).contains("voided");
    assertThat(db.sql("select status from payment_claim where id = ?").param(id).query(String.class).single())
        .isEqualTo("SUBMITTED");
  }

  @Test
  void aPersonMayDeclinePaymentWithAFlagToOfferBenefitsAdvice() {
    long id = submit(LocalDate.of(2025, 6, 4), "2", List.of());
    var r = api.post("/api/v1/claims/" + id + "/decline", coordinator,
        Api.json(Map.of("reason", "STATE_BENEFITS", "declinedOn", "2025-06-05", "offerBenefitsAdvice", true)));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("status").asString()).isEqualTo("DECLINED");
    assertThat(r.json().get("benefitsAdviceOffered").asBoolean()).isTrue();
    assertThat(api.post("/api/v1/claims/" + id + "/approve", fx.approver, "").status()).isEqualTo(409);
  }

  @Test
  void receiptsAreKeptOnlyWhenTheirContentIsAPdfPngOrJpegWithinTheLimit() {
    long id = submit(LocalDate.of(2025, 6, 5), "1", List.of(expense("TRAVEL", "2.00")));
    String path = "/api/v1/claims/" + id + "/receipts";
    for (byte[] ok : List.of(Files.PDF, Files.PNG, Files.JPEG)) {
      assertThat(files.upload(path, coordinator, "ticket", ok).status()).isEqualTo(201);
    }
    long receipts = count("payment_receipt");
    var renamed = files.upload(path, coordinator, "bus-ticket.pdf", Files.TEXT);
    assertThat(renamed.status()).isEqualTo(400);
    assertThat(renamed.text()).contains("must be a PDF, PNG or JPEG file");
    var empty = files.upload(path, coordinator, "empty.png", new byte[0]);
    assertThat(empty.status()).isEqualTo(400);
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(Files.PDF, 0, big, 0, Files.PDF.length);
    var tooLarge = files.upload(path, coordinator, "scan.pdf", big);
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.text()).contains("it must be 5.0 MB or smaller");
    assertThat(count("payment_receipt")).isEqualTo(receipts);

    var claim = api.get("/api/v1/claims/" + id, coordinator).json();
    assertThat(claim.get("receipts")).extracting(n -> n.get("contentType").asString())
        .containsExactly("application/pdf", "image/png", "image/jpeg");
    long pdf = claim.get("receipts").get(0).get("id").asLong();
    var download = files.get(path + "/" + pdf, coordinator);
    assertThat(download.body()).isEqualTo(Files.PDF);
    assertThat(download.disposition()).startsWith("attachment");
  }

  @Test
  void financeExportsApprovedClaimsAsCsvAndXlsx() throws IOException {
    // June 2026: claim 1 £25 × 2 h = £50.00 + travel £3.20 + interpreter £30.00 = £83.20, approved;
    // claim 2 £25 × 1 h = £25.00, approved then paid; claim 3 submitted only (not exported).
    long one = submit(LocalDate.of(2026, 6, 1), "2", List.of(expense("TRAVEL", "3.20"), expense("INTERPRETER", "30.00")));
    long two = submit(LocalDate.of(2026, 6, 15), "1", List.of());
    submit(LocalDate.of(2026, 6, 20), "1", List.of());
    api.post("/api/v1/claims/" + one + "/approve", fx.approver, "");
    api.post("/api/v1/claims/" + two + "/approve", fx.approver, "");
    api.post("/api/v1/claims/" + two + "/pay", coordinator, Api.json(Map.of("paidOn", "2026-06-16", "method", "CASH")));

    var csv = files.get("/api/v1/claims/export?from=2026-06-01&to=2026-06-30&format=csv", coordinator);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.text())).getRecords();
    assertThat(rows).extracting(r -> Long.parseLong(r.get("Claim"))).containsExactly(one, two);
    assertThat(rows.get(0).get("Fee (£)")).isEqualTo("50.00");
    assertThat(rows.get(0).get("Travel (£)")).isEqualTo("3.20");
    assertThat(rows.get(0).get("Interpreter (£)")).isEqualTo("30.00");
    assertThat(rows.get(0).get("Childcare or carer (£)")).isEqualTo("0.00");
    assertThat(rows.get(0).get("Total (£)")).isEqualTo("83.20");
    assertThat(rows.get(1).get("Status")).isEqualTo("PAID");
    assertThat(rows.get(1).get("Payment method")).isEqualTo("CASH");

    var xlsx = files.get("/api/v1/claims/export?from=2026-06-01&to=2026-06-30&format=xlsx", coordinator);
    assertThat(xlsx.status()).isEqualTo(200);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<Row> sheet = wb.getFirstSheet().read();
      assertThat(sheet).hasSize(3);
      List<String> headings = new ArrayList<>();
      sheet.get(0).forEach(c -> headings.add(c.getText()));
      Row first = sheet.get(1);
      assertThat(first.getCellAsNumber(headings.indexOf("Claim")).orElseThrow().longValue()).isEqualTo(one);
      assertThat(first.getCellAsNumber(headings.indexOf("Total (£)")).orElseThrow()).isEqualByComparingTo("83.20");
      assertThat(first.getCellAsNumber(headings.indexOf("Interpreter (£)")).orElseThrow()).isEqualByComparingTo("30");
      assertThat(first.getCellAsDate(headings.indexOf("Activity date")).orElseThrow().toLocalDate())
          .isEqualTo(LocalDate.of(2026, 6, 1));
      assertThat(sheet.get(2).getCellText(headings.indexOf("Status"))).isEqualTo("PAID");
    }
    assertThat(rows.get(1).get("Meeting")).isEqualTo("Forum 2026-06-15");
    // The download a coordinator takes from the page writes codes in words; the API keeps the codes.
    var page = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.COORDINATOR),
        org.phasezero.support.TestNetwork.PASSWORD).download("/payments/export/file?from=2026-06-01&to=2026-06-30&format=CSV");
    assertThat(page.status()).isEqualTo(200);
    List<CSVRecord> worded = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(page.text())).getRecords();
    assertThat(worded.get(1).get("Status")).isEqualTo("Paid");
    assertThat(worded.get(1).get("Payment method")).isEqualTo("Cash");
    assertThat(worded.get(1).get("Activity")).isEqualTo("Meeting");
    assertThat(worded.get(1).get("Unit")).isEqualTo("Hour");
    assertThat(page.text()).doesNotContain("PAID", "CASH", "MEETING", "HOUR");
    // A period typed wrong in an edited address is a problem on the form, not a server error.
    var typedWrong = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.COORDINATOR),
        org.phasezero.support.TestNetwork.PASSWORD).get("/payments/export/file?from-day=x&format=CSV");
    assertThat(typedWrong.status()).isLessThan(500);
    assertThat(typedWrong.body()).contains("nhsuk-error-summary");
    var trail = api.get("/api/v1/audit?entityType=payment_claim&entityId=2026-06-01..2026-06-30", coordinator)
        .json().get("items");
    assertThat(trail).extracting(n -> n.get("action").asString()).containsExactly("EXPORT", "EXPORT", "EXPORT");
    assertThat(files.get("/api/v1/claims/export?from=2026-06-01&to=2026-06-30&format=pdf", coordinator).status())
        .isEqualTo(400);
  }

  @Test
  void aPersonsStatementShowsWhatTheyWerePaidAndWhatTheyDeclined() {
    // 2023 has no rate; statements cover 1-31 Aug 2024: paid £20 × 1.5 h = £30.00 + subsistence £5.00 = £35.00; one declined.
    long paid = submit(LocalDate.of(2024, 8, 5), "1.5", List.of(expense("SUBSISTENCE", "5.00")));
    long declined = submit(LocalDate.of(2024, 8, 12), "1", List.of());
    api.post("/api/v1/claims/" + paid + "/approve", fx.approver, "");
    api.post("/api/v1/claims/" + paid + "/pay", coordinator, Api.json(Map.of("paidOn", "2024-08-30", "method", "BANK_TRANSFER")));
    api.post("/api/v1/claims/" + declined + "/decline", coordinator,
        Api.json(Map.of("reason", "STATE_BENEFITS", "declinedOn", "2024-08-13", "offerBenefitsAdvice", true)));
    var csv = files.get("/api/v1/claims/statements/" + fx.net.ownPerson + "?from=2024-08-01&to=2024-08-31", coordinator);
    assertThat(csv.status()).isEqualTo(200);
    String[] lines = csv.text().split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).isEqualTo(paid + ",2024-08-05,MEETING,30.00,5.00,35.00,PAID,2024-08-30,BANK_TRANSFER,");
    assertThat(lines[2]).isEqualTo(declined + ",2024-08-12,MEETING,20.00,0.00,20.00,DECLINED,,,STATE_BENEFITS");
  }

  @Test
  void fundingIndependenceIsTheIndependentShareOfAPartnershipsFunding() {
    var p = fx.partnership.id();
    // £30,000 independent + £10,000 statutory: 30,000 / 40,000 = 75%.
    assertThat(api.post("/api/v1/funding", coordinator, Api.json(Map.of("funderId", fx.funder.id(), "partnershipId", p,
        "amount", "30000", "termFrom", "2024-01-01", "termTo", "2027-12-31", "independent", true))).status()).isEqualTo(201);
    assertThat(api.post("/api/v1/funding", coordinator, Api.json(Map.of("funderId", fx.net.statutoryOrg.id(),
        "partnershipId", p, "amount", "10000", "termFrom", "2025-01-01", "termTo", "2025-12-31", "restricted", true)))
        .status()).isEqualTo(201);
    var refused = api.post("/api/v1/funding", coordinator, Api.json(Map.of("funderId", fx.net.statutoryOrg.id(),
        "partnershipId", p, "amount", "5000", "termFrom", "2025-01-01", "termTo", "2025-12-31", "independent", true)));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("independent");
    var badTerm = api.post("/api/v1/funding", coordinator, Api.json(Map.of("funderId", fx.funder.id(),
        "amount", "5", "termFrom", "2025-02-01", "termTo", "2025-01-01")));
    assertThat(badTerm.status()).isEqualTo(409);
    var all = api.get("/api/v1/funding/independence", coordinator).json();
    var mine = java.util.stream.StreamSupport.stream(all.spliterator(), false)
        .filter(n -> n.get("partnershipId").asLong() == p).findFirst().orElseThrow();
    assertThat(new BigDecimal(mine.get("share").asString())).isEqualByComparingTo("0.75");
    assertThat(mine.get("percent").asInt()).isEqualTo(75);
  }

  @Test
  void statutoryPartnersSeeTotalsWithSmallNumbersSuppressed() {
    // September 2024: five submitted claims of £20 (1 h each) = £100.00, and one approved (suppressed: 1 < 5).
    for (int day = 2; day <= 6; day++) {
      submit(LocalDate.of(2024, 9, day), "1", List.of());
    }
    long approved = submit(LocalDate.of(2024, 9, 9), "1", List.of());
    api.post("/api/v1/claims/" + approved + "/approve", fx.approver, "");
    var r = api.get("/api/v1/claims/totals?from=2024-09-01&to=2024-09-30", fx.net.token(Role.STATUTORY_PARTNER));
    assertThat(r.status()).isEqualTo(200);
    var lines = r.json().get("lines");
    assertThat(lines.get(0).get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(lines.get(0).get("count").asLong()).isEqualTo(5);
    assertThat(new BigDecimal(lines.get(0).get("amount").asString())).isEqualByComparingTo("100.00");
    assertThat(lines.get(1).get("suppressed").asBoolean()).isTrue();
    assertThat(lines.get(1).get("count").isNull()).isTrue();
    var exact = api.get("/api/v1/claims/totals?from=2024-09-01&to=2024-09-30", coordinator).json().get("lines");
    assertThat(exact.get(1).get("count").asLong()).isEqualTo(1);
  }

  /**
   * October 2024, made here only: eight submitted claims of 1 h at £20 (£160.00) and one of 2.5 h
   * (£50.00) that the person declined. Nine claims, £210.00.
   */
  private void octoberWithOneDeclinedClaim() {
    if (octoberMade) {
      return;
    }
    octoberMade = true;
    for (int day = 1; day <= 8; day++) {
      submit(LocalDate.of(2024, 10, day), "1", List.of());
    }
    long declined = submit(LocalDate.of(2024, 10, 14), "2.5", List.of());
    var r = api.post("/api/v1/claims/" + declined + "/decline", coordinator,
        Api.json(Map.of("reason", "STATE_BENEFITS", "declinedOn", "2024-10-20")));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  private boolean octoberMade;

  @Test
  void aStatutoryPartnerCannotSubtractTwoWindowsADayApart() {
    octoberWithOneDeclinedClaim();
    String partner = fx.net.token(Role.STATUTORY_PARTNER);
    // The attack: 1-13 October and 1-14 October differ by the one declined claim of 14 October.
    for (String to : List.of("2024-10-13", "2024-10-14")) {
      var r = api.get("/api/v1/claims/totals?from=2024-10-01&to=" + to, partner);
      assertThat(r.status()).as(r.body()).isEqualTo(400);
      assertThat(r.contentType()).contains("application/problem+json");
      assertThat(r.detail()).contains("whole reporting periods", "period=2025-Q2", "1 April to 31 March");
    }
    assertThat(api.get("/api/v1/claims/totals?from=2025-01-01&to=2025-12-31", partner).status())
        .as("a calendar year is not a reporting period").isEqualTo(400);
    assertThat(api.get("/api/v1/claims/totals?period=2024-10-14", partner).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/claims/totals?period=FY2024-26", partner).status()).isEqualTo(400);
    // Coordinators keep free windows, with exact counts.
    var exact = api.get("/api/v1/claims/totals?from=2024-10-01&to=2024-10-14", coordinator);
    assertThat(exact.status()).isEqualTo(200);
    assertThat(exact.json().get("lines").get(3).get("count").asLong()).isEqualTo(1);
  }

  @Test
  void aStatutoryPartnerGetsWholeMonthsQuartersAndFinancialYears() {
    octoberWithOneDeclinedClaim();
    String partner = fx.net.token(Role.STATUTORY_PARTNER);
    for (String query : List.of("period=2024-10", "period=2024-Q4", "period=FY2024-25", "from=2024-10-01&to=2024-10-31",
        "from=2024-10-01&to=2024-12-31", "from=2024-04-01&to=2025-03-31")) {
      var r = api.get("/api/v1/claims/totals?" + query, partner);
      assertThat(r.status()).as(query + ": " + r.body()).isEqualTo(200);
      // The declined claim of October is withheld in every period that contains October, so that no
      // longer period minus its other months gives it back.
      JsonNode declined = r.json().get("lines").get(3);
      assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
      assertThat(declined.get("suppressed").asBoolean()).as(query).isTrue();
      assertThat(declined.get("count").isNull()).isTrue();
      assertThat(declined.get("amount").isNull()).isTrue();
    }
    assertThat(api.get("/api/v1/claims/totals?period=2024-q4", partner).json().get("period").asString())
        .isEqualTo("2024-Q4");
  }

  @Test
  void theTotalCannotGiveTheWithheldCountBack() {
    octoberWithOneDeclinedClaim();
    var r = api.get("/api/v1/claims/totals?period=2024-10", fx.net.token(Role.STATUTORY_PARTNER)).json();
    JsonNode lines = r.get("lines");
    // Row [submitted 8, approved 0, paid 0, declined 1], total 9. The 1 is small; the smallest other
    // non-zero count, 8, is at least 1*5 + 3, so it is withheld to protect it; the total is shown.
    assertThat(lines.get(3).get("withheld").asString()).isEqualTo("SMALL");
    assertThat(lines.get(0).get("withheld").asString()).isEqualTo("PROTECTS_SMALL");
    assertThat(lines.get(0).get("count").isNull()).isTrue();
    assertThat(lines.get(0).get("amount").isNull()).isTrue();
    assertThat(lines.get(1).get("count").asLong()).isZero();
    assertThat(lines.get(2).get("count").asLong()).isZero();
    assertThat(r.get("all").get("count").asLong()).isEqualTo(9);
    assertThat(new BigDecimal(r.get("all").get("amount").asString())).isEqualByComparingTo("210.00");
    // What subtraction gives is the two withheld cells together (9 claims, £210.00), not the declined one.
    long shown = 0;
    BigDecimal shownAmount = BigDecimal.ZERO;
    for (JsonNode l : lines) {
      if (!l.get("suppressed").asBoolean()) {
        shown += l.get("count").asLong();
        shownAmount = shownAmount.add(new BigDecimal(l.get("amount").asString()));
      }
    }
    assertThat(9 - shown).isEqualTo(9).isNotEqualTo(1);
    assertThat(new BigDecimal("210.00").subtract(shownAmount)).isNotEqualByComparingTo("50.00");
    // Coordinators see the exact row.
    var exact = api.get("/api/v1/claims/totals?period=2024-10", coordinator).json().get("lines");
    assertThat(exact.get(0).get("count").asLong()).isEqualTo(8);
    assertThat(new BigDecimal(exact.get(3).get("amount").asString())).isEqualByComparingTo("50.00");
  }

  @Test
  void theTotalsPageOffersPartnersWholePeriodsOnly() {
    octoberWithOneDeclinedClaim();
    var partner = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.STATUTORY_PARTNER),
        org.phasezero.support.TestNetwork.PASSWORD);
    var page = partner.get("/payments/totals?period=2024-10");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<select", "name=\"period\"", "fewer than 5", "not shown", "All claims")
        .doesNotContain("type=\"date\"");
    var refused = partner.get("/payments/totals?from=2024-10-01&to=2024-10-14");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("nhsuk-error-summary", "Choose a whole month, quarter or financial year");
  }
}
