package org.phasezero.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phasezero.security.Role;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;

/**
 * Lists downloaded as CSV and XLSX, on each supported database: a download holds exactly what the
 * user may see on the list with the filters they chose, in words rather than codes, and leaves an
 * audit row saying who exported which list with which filters and how many rows.
 */
abstract class ListDownloadsContract extends PaymentsApiSupport {

  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);
  String ownName;
  String otherName;

  @BeforeAll
  void claimsAndSessions() {
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
    ownName = "Ada Own " + fx.net.suffix;
    otherName = "Bola Other " + fx.net.suffix;
    // Three claims for the own organisation's person (1, 2 and 3 hours at £20) and one for the other's.
    submit(LocalDate.of(2024, 3, 4), "1", List.of());
    submit(LocalDate.of(2024, 3, 11), "3", List.of());
    submit(LocalDate.of(2024, 3, 18), "2", List.of(expense("TRAVEL", "4.50")));
    var other = api.post("/api/v1/claims", coordinator, org.phasezero.support.Api.json(
        claim(fx.net.otherPerson, fx.meeting(LocalDate.of(2024, 3, 13)), "1", List.of())));
    assertThat(other.status()).as(other.body()).isEqualTo(201);
  }

  String spaceAndMarch() {
    return "spaceId=" + fx.spaceId + "&from=2024-03-01&to=2024-03-31";
  }

  List<CSVRecord> csv(WebSession.Download d) throws IOException {
    assertThat(d.status()).as(d.text()).isEqualTo(200);
    assertThat(d.contentType()).startsWith("text/csv");
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(d.text())).getRecords();
  }

  @Test
  void theCoordinatorsDownloadHoldsTheFilteredClaimsInWords() throws IOException {
    var d = sessions.get(Role.COORDINATOR).download("/payments/claims/export?" + spaceAndMarch()
        + "&personId=" + fx.net.ownPerson + "&sort=total&dir=asc&format=csv");
    List<CSVRecord> rows = csv(d);
    assertThat(d.disposition()).contains("claims-").contains(".csv");
    // 1 h × £20 = £20.00; 2 h × £20 + £4.50 = £44.50; 3 h × £20 = £60.00: by total, smallest first.
    assertThat(rows).extracting(r -> r.get("Total")).containsExactly("20.00", "44.50", "60.00");
    assertThat(rows).extracting(r -> r.get("Person")).containsOnly(ownName);
    assertThat(rows).extracting(r -> r.get("Activity")).containsOnly("Meeting");
    assertThat(rows).extracting(r -> r.get("Paid per")).containsOnly("Hour");
    assertThat(rows).extracting(r -> r.get("Status")).containsOnly("Submitted");
    assertThat(d.text()).doesNotContain("MEETING", "HOUR", "SUBMITTED");
  }

  @Test
  void aSiteLeadsDownloadHoldsOnlyTheClaimsTheySee() throws IOException {
    List<CSVRecord> lead = csv(sessions.get(Role.SITE_LEAD).download("/payments/claims/export?" + spaceAndMarch()));
    List<CSVRecord> coordinator = csv(sessions.get(Role.COORDINATOR).download("/payments/claims/export?"
        + spaceAndMarch()));
    assertThat(lead).extracting(r -> r.get("Person")).containsOnly(ownName).hasSize(3);
    assertThat(coordinator).extracting(r -> r.get("Person")).containsOnly(ownName, otherName).hasSize(4);
    // The list page agrees with the download.
    String page = sessions.get(Role.SITE_LEAD).get("/payments?" + spaceAndMarch()).body();
    assertThat(page).contains("3 results").doesNotContain(otherName);
  }

  @Test
  void rolesThatDoNotSeeAListAreRefusedItsDownloadAndSeeOnlyWhatTheirRoleMay() throws IOException {
    for (Role r : List.of(Role.STATUTORY_PARTNER, Role.RESEARCHER, Role.PEER_RESEARCHER)) {
      assertThat(sessions.get(r).download("/payments/claims/export?format=csv").status()).as(r.name()).isEqualTo(403);
    }
    assertThat(sessions.get(Role.STATUTORY_PARTNER).download("/people/export?format=csv").status()).isEqualTo(403);
    // A partner may see organisations, so they may download them.
    List<CSVRecord> orgs = csv(sessions.get(Role.STATUTORY_PARTNER).download("/organisations/export?q="
        + fx.net.suffix + "&format=csv"));
    assertThat(orgs).extracting(r -> r.get("Side")).contains("Community", "Statutory").doesNotContain("COMMUNITY");
    // A researcher's download of people has pseudonyms of those who consented to research use, never names.
    var people = sessions.get(Role.RESEARCHER).download("/people/export?organisationId=" + fx.net.ownOrg.id()
        + "&format=csv");
    List<CSVRecord> pseudonymised = csv(people);
    assertThat(pseudonymised).hasSize(1);
    assertThat(people.text()).doesNotContain(ownName, "Ayo Research " + fx.net.suffix);
    // A site lead's download of people holds their own organisation's people only.
    List<CSVRecord> leads = csv(sessions.get(Role.SITE_LEAD).download("/people/export?q=" + fx.net.suffix));
    assertThat(leads).extracting(r -> r.get("Name")).containsExactlyInAnyOrder(ownName,
        "Ayo Research " + fx.net.suffix);
  }

  @Test
  void everyDownloadIsAuditedWithTheListItsFiltersAndTheNumberOfRows() throws IOException {
    String username = fx.net.usernames.get(Role.SITE_LEAD);
    csv(sessions.get(Role.SITE_LEAD).download("/payments/claims/export?" + spaceAndMarch() + "&format=csv"));
    var row = db.sql("select action, entity_type, summary, after_state from audit_event where actor = ?"
            + " and action = 'EXPORT' order by id desc").param(username)
        .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list().get(0);
    assertThat(row.get(1)).isEqualTo("claims");
    assertThat(row.get(2)).contains("CSV", "3 rows", "spaceId=" + fx.spaceId, "from=2024-03-01", "to=2024-03-31");
    assertThat(row.get(3)).contains("\"rows\":3", "\"format\":\"CSV\"", "\"spaceId\":\"" + fx.spaceId + "\"");
  }

  @Test
  void theXlsxDownloadReadsBackWithDatesNumbersAndWords() throws IOException {
    var d = sessions.get(Role.COORDINATOR).download("/payments/claims/export?" + spaceAndMarch()
        + "&personId=" + fx.net.ownPerson + "&format=xlsx");
    assertThat(d.status()).isEqualTo(200);
    assertThat(d.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(d.body()))) {
      List<Row> sheet = wb.getFirstSheet().read();
      assertThat(wb.getFirstSheet().getName()).isEqualTo("Claims");
      List<String> headings = new ArrayList<>();
      sheet.get(0).forEach(c -> headings.add(c.getText()));
      assertThat(headings).startsWith("Date of the meeting", "Person", "Activity", "Paid per");
      assertThat(sheet).hasSize(4);
      // Newest first by default: 18 March (2 h and £4.50 travel), 11 March, 4 March.
      Row first = sheet.get(1);
      assertThat(first.getCellAsDate(0).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 18));
      assertThat(first.getCellText(headings.indexOf("Status"))).isEqualTo("Submitted");
      assertThat(first.getCellAsNumber(headings.indexOf("Total")).orElseThrow()).isEqualByComparingTo("44.50");
      assertThat(sheet.get(3).getCellAsDate(0).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 4));
    }
  }

  @Test
  void pagesKeepTheFiltersAndAPagePastTheEndSaysSo() {
    WebSession c = sessions.get(Role.COORDINATOR);
    String page = c.get("/payments?" + spaceAndMarch() + "&sort=person&dir=asc").body();
    assertThat(page).contains("aria-sort=\"ascending\"")
        .contains("/payments/claims/export?spaceId=" + fx.spaceId + "&amp;from=2024-03-01&amp;to=2024-03-31"
            + "&amp;sort=person&amp;dir=asc&amp;format=csv");
    var past = c.get("/payments?" + spaceAndMarch() + "&page=8");
    assertThat(past.status()).isEqualTo(200);
    assertThat(past.body()).contains("There are no results on page 9; there is 1 page.")
        .contains("href=\"/payments?spaceId=" + fx.spaceId + "&amp;from=2024-03-01&amp;to=2024-03-31\"");
  }

  @Test
  void aFilterThatIsNotUnderstoodIsSaidInWordsAndTheListStillShows() {
    var page = sessions.get(Role.COORDINATOR).get("/payments?from-day=31&from-month=2&from-year=2025&personId=x");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Check the filters", "Enter a real date").doesNotContain("Failed to convert");
  }

  @Test
  void aDownloadInAnUnknownFormatIsABadRequest() {
    assertThat(sessions.get(Role.COORDINATOR).download("/payments/claims/export?format=pdf").status()).isEqualTo(400);
  }
}
