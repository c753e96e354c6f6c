package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnDemoNetwork;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journey 5, readable everywhere, on the live demo: the pages people use every week, as the
 * coordinator and a statutory partner see them, show no coded values (any constant of the
 * platform's enums, such as VENUE, PAID_TIME, SUBMITTED or BANK_TRANSFER), no dates written as
 * 2025-04-01, and no money with the minus after the pound sign; and each passes axe.
 */
@OnDemoNetwork
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadableEverywhereTest extends BrowserTestSupport {

  private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b");
  /** File formats and scales are written by their names, as people know them. */
  private static final Set<String> NAMES_OF_FORMATS = Set.of("CSV", "XLSX", "PDF", "PNG", "JPEG", "JSON", "GEXF",
      "SWEMWBS", "WEMWBS");
  /** A date or a month as a machine writes it: 2025-04-01, 2025-04. */
  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}(-\\d{2})?\\b");

  @Autowired
  JdbcClient db;

  Set<String> codes;

  @Override
  protected TestNetwork network() {
    throw new UnsupportedOperationException("these pages are read with the demo's own accounts");
  }

  @BeforeAll
  void start() throws Exception {
    codes = new TreeSet<>();
    var scan = new ClassPathScanningCandidateComponentProvider(false);
    scan.addIncludeFilter(new AssignableTypeFilter(Enum.class));
    for (var candidate : scan.findCandidateComponents("org.phasezero")) {
      for (Object constant : Class.forName(candidate.getBeanClassName()).getEnumConstants()) {
        String name = ((Enum<?>) constant).name();
        if (name.length() > 2) {
          codes.add(name);
        }
      }
    }
    assertThat(codes).as("the scan finds the platform's coded values").contains("VENUE", "PAID_TIME", "SUBMITTED");
    launchBrowser();
  }

  private long first(String sql) {
    return db.sql(sql).query(Long.class).list().get(0);
  }

  private List<String> pages() {
    long partnership = first("select id from partnership where name = 'Tamil talking therapies'");
    long forum = first("select s.id from shared_space s order by s.id");
    long meeting = first("select m.id from meeting m join meeting_action a on a.meeting_id = m.id order by m.held_on desc");
    long claim = first("select id from payment_claim where status = 'PAID' order by id");
    long person = first("select person_id from payment_claim order by id");
    long resource = first("select id from resource_contribution order by id");
    long engagement = first("select id from engagement order by id");
    return List.of("/", "/people", "/people/" + person, "/organisations", "/partnerships",
        "/partnerships/" + partnership, "/partnerships/" + partnership + "/timeline",
        "/partnerships/" + partnership + "/readiness", "/resources", "/resources/" + resource, "/engagements",
        "/engagements/" + engagement, "/spaces", "/spaces/" + forum, "/meetings/" + meeting, "/payments",
        "/payments/claims/" + claim, "/payments/budgets", "/payments/funding", "/payments/rates", "/payments/totals",
        "/audit");
  }

  private List<String> unreadable(Page page) {
    String text = page.locator("main").innerText();
    List<String> found = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (codes.contains(m.group()) && !NAMES_OF_FORMATS.contains(m.group())) {
        found.add(page.url() + ": code " + m.group());
      }
    }
    Matcher d = ISO_DATE.matcher(text);
    while (d.find()) {
      found.add(page.url() + ": date " + d.group() + " in '"
          + text.substring(Math.max(0, d.start() - 40), Math.min(text.length(), d.end() + 20)).replaceAll("\\s+", " ") + "'");
    }
    if (text.contains("£-")) {
      found.add(page.url() + ": money with the minus after the pound sign");
    }
    return found;
  }

  private Page signInAs(BrowserContext ctx, String username) {
    Page page = ctx.newPage();
    page.navigate(url("/login"));
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill("demo-password-for-tests");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    page.waitForURL(url("/"));
    return page;
  }

  @Test
  void theCoordinatorsEverydayPagesReadInWords() {
    List<String> found = new ArrayList<>();
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signInAs(ctx, "coordinator");
      for (String path : pages()) {
        page.navigate(url(path));
        assertThat(page.title()).as(path).doesNotStartWith("Sorry");
        found.addAll(unreadable(page));
        assertAccessible(page);
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void aStatutoryPartnersPagesReadInWords() {
    List<String> found = new ArrayList<>();
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signInAs(ctx, "partner");
      for (String path : List.of("/", "/partnerships", "/resources", "/spaces", "/payments/totals", "/payments/rates")) {
        page.navigate(url(path));
        found.addAll(unreadable(page));
        assertAccessible(page);
      }
    }
    assertThat(found).isEmpty();
  }

  /** The research and value pages, as a researcher reads them: the same rules. */
  @Test
  void aResearchersPagesReadInWords() {
    long account = first("select id from sroi_account order by id");
    long game = first("select id from value_game order by id");
    long corpus = first("select id from discourse_corpus order by id");
    long network = first("select id from thematic_network order by id");
    long project = first("select project_id from thematic_network order by id");
    List<String> found = new ArrayList<>();
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signInAs(ctx, "researcher");
      for (String path : List.of("/", "/research", "/research/" + project, "/research/" + project + "/themes",
          "/research/theme-networks/" + network, "/discourse", "/discourse/corpora/" + corpus,
          "/discourse/corpora/" + corpus + "/kwic?word=community", "/value/accounts", "/value/accounts/" + account,
          "/value/games", "/value/games/" + game + "/result", "/social-capital", "/social-capital/change")) {
        page.navigate(url(path));
        assertThat(page.title()).as(path).doesNotStartWith("Sorry");
        found.addAll(unreadable(page));
      }
    }
    assertThat(found).isEmpty();
  }
}
