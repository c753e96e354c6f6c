package org.phasezero.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnH2;
import org.phasezero.support.SetUpAsSystem;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Lists people can work with, in real headless Chromium: a coordinator filters the claims by a
 * person and a period, sorts them by total, pages forward with the filters and sort kept, downloads
 * the list as CSV holding exactly the filtered claims, and meets a page past the end; axe-core finds
 * no violations on any page visited.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class ListsBrowserTest extends BrowserTestSupport {

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @Autowired
  ApplicationContext context;

  PaymentsFixture fx;

  /**
   * 30 claims for the own organisation's person from 1 to 30 January 2024 (1 to 5 hours at £20),
   * and others around them; a period that no other test totals, as they share one database.
   */
  @BeforeAll
  void start() {
    fx = new PaymentsFixture(context);
    try (var system = SystemActor.enter("test fixture")) {
      RateForm rate = new RateForm();
      rate.setActivity(Activity.MEETING);
      rate.setUnit(RateUnit.HOUR);
      rate.setAmount(new BigDecimal("20.00"));
      rate.setValidFrom(LocalDate.of(2024, 1, 1));
      rate.setSource("NIHR payment guidance, March 2024");
      context.getBean(Rates.class).create(rate);
      for (int day = 1; day <= 30; day++) {
        long meeting = fx.meeting(LocalDate.of(2024, 1, day));
        claim(fx.net.ownPerson, meeting, day % 5 + 1);
        if (day % 10 == 0) {
          claim(fx.net.otherPerson, meeting, 1);
        }
      }
      claim(fx.net.ownPerson, fx.meeting(LocalDate.of(2024, 1, 31)), 1);
    }
    launchBrowser();
  }

  void claim(long person, long meeting, int hours) {
    ClaimForm f = new ClaimForm();
    f.setPersonId(person);
    f.setMeetingId(meeting);
    f.setActivity(Activity.MEETING);
    f.setUnit(RateUnit.HOUR);
    f.setQuantity(BigDecimal.valueOf(hours));
    context.getBean(Claims.class).create(f);
  }

  List<BigDecimal> totals(Page page) {
    List<BigDecimal> totals = new ArrayList<>();
    for (String t : page.locator("table tbody tr td:nth-child(3)").allTextContents()) {
      totals.add(new BigDecimal(t.replace("£", "").replace(",", "").strip()));
    }
    return totals;
  }

  @Test
  void aCoordinatorFiltersClaimsByPersonAndPeriodSortsPagesOnAndDownloadsTheList() throws Exception {
    String own = "Ada Own " + fx.net.suffix;
    try (BrowserContext ctx = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
        .setAcceptDownloads(true))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/payments"));
      assertAccessible(page);
      page.locator("#personId").selectOption(String.valueOf(fx.net.ownPerson));
      page.locator("#from").fill("1");
      page.locator("#from-month").fill("1");
      page.locator("#from-year").fill("2024");
      page.locator("#to").fill("30");
      page.locator("#to-month").fill("1");
      page.locator("#to-year").fill("2024");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
      page.waitForURL(u -> u.contains("personId="));
      assertThat(page.locator("main").textContent()).contains("30 results");
      assertThat(page.locator("table tbody tr")).satisfies(rows -> assertThat(rows.count()).isEqualTo(25));
      assertThat(page.locator("table tbody tr td:nth-child(2)").allTextContents()).containsOnly(own);
      assertAccessible(page);

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Total").setExact(true)).click();
      page.waitForURL(u -> u.contains("sort=total"));
      Locator totalHeader = page.locator("th[aria-sort='ascending']");
      assertThat(totalHeader.textContent()).contains("Total");
      List<BigDecimal> first = totals(page);
      assertThat(first).isSorted().hasSize(25);
      assertAccessible(page);

      page.locator(".nhsuk-pagination__link--next").click();
      page.waitForURL(u -> u.contains("page=1"));
      assertThat(page.url()).contains("personId=" + fx.net.ownPerson, "from=2024-01-01", "to=2024-01-30",
          "sort=total", "dir=asc", "page=1");
      List<BigDecimal> second = totals(page);
      // 30 claims: 6 each of 1 to 5 hours at £20, so page 2 holds the five £100.00 claims.
      assertThat(second).hasSize(5).containsOnly(new BigDecimal("100.00"));
      assertThat(first.get(first.size() - 1)).isLessThanOrEqualTo(second.get(0));
      assertThat(page.locator("table tbody tr td:nth-child(2)").allTextContents()).containsOnly(own);
      assertThat(page.locator("#personId").inputValue()).isEqualTo(String.valueOf(fx.net.ownPerson));
      assertThat(page.locator("#from-month").inputValue()).isEqualTo("1");
      assertAccessible(page);

      Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
          new Page.GetByRoleOptions().setName("Download this list (CSV)")).click());
      assertThat(download.suggestedFilename()).startsWith("claims-").endsWith(".csv");
      String csv = Files.readString(download.path());
      List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new StringReader(csv)).getRecords();
      assertThat(rows).hasSize(30);
      assertThat(rows).extracting(r -> r.get("Person")).containsOnly(own);
      assertThat(rows).extracting(r -> LocalDate.parse(r.get("Date of the meeting")))
          .allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 30)));
      assertThat(rows).extracting(r -> new BigDecimal(r.get("Total"))).isSorted();
      assertThat(rows).extracting(r -> r.get("Status")).containsOnly("Submitted");

      page.navigate(url("/payments?personId=" + fx.net.ownPerson + "&from=2024-01-01&to=2024-01-30&page=8"));
      assertThat(page.locator("main").textContent()).contains("There are no results on page 9; there are 2 pages.");
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the last page (page 2)")).click();
      page.waitForURL(u -> u.endsWith("page=1"));
      assertThat(totals(page)).hasSize(5);
    }
  }
}
