package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnDemoNetwork;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journey 8 on the live demo's research and value half. Readable chart labels: every chart it
 * draws (participation, the network's change, the SROI simulation, the value game, word lists and keyword in context by side and year,
 * the thematic network) shows its labels at 12 px or more, on a phone as on a desk, and no chart
 * page scrolls sideways on a phone. Sizes are measured as drawn: the font size times the scale at
 * which the drawing is shown. And the pages with wide tables or long lines (a project's sources, an
 * evidence pack, a member check on paper) fit a phone.
 */
@OnDemoNetwork
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOnAPhoneTest extends BrowserTestSupport {

  /** Every visible label of every chart: its text and its size on screen in CSS pixels. */
  private static final String LABELS = """
      () => [...document.querySelectorAll('main svg[role=img] text')]
        .filter(t => t.getClientRects().length > 0 && t.getScreenCTM())
        .map(t => { const m = t.getScreenCTM();
          return { text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b) }; })
      """;

  @Autowired
  JdbcClient db;

  @Override
  protected TestNetwork network() {
    throw new UnsupportedOperationException("these charts are the demo's own");
  }

  @BeforeAll
  void start() {
    launchBrowser();
  }

  private long id(String sql) {
    return db.sql(sql).query(Long.class).single();
  }

  private List<String> chartPages() {
    long corpus = id("select min(id) from discourse_corpus");
    return List.of(
        "/spaces/" + id("select space_id from meeting group by space_id order by count(*) desc limit 1"),
        "/social-capital/change",
        "/value/accounts/" + id("select min(id) from sroi_account"),
        "/value/games/" + id("select min(id) from value_game") + "/result",
        "/discourse/corpora/" + corpus + "/counts?list=" + id("select min(id) from discourse_word_list"),
        "/discourse/corpora/" + corpus + "/kwic?word=community",
        "/research/theme-networks/" + id("select min(id) from thematic_network"));
  }

  @Test
  void chartLabelsAreReadableOnAPhoneAndOnADesk() {
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {390, 1280}) {
      try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 844))) {
        Page page = signInAs(ctx, "researcher");
        for (String path : chartPages()) {
          assertThat(page.navigate(url(path)).status()).as(path).isEqualTo(200);
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> labels = (List<Map<String, Object>>) page.evaluate(LABELS);
          if (labels.isEmpty()) {
            problems.add(path + " at " + width + " px shows no chart");
          }
          for (Map<String, Object> label : labels) {
            double px = ((Number) label.get("px")).doubleValue();
            if (px < 12 - 1e-6) {
              problems.add(path + " at " + width + " px: '" + label.get("text") + "' is " + Math.round(px * 10) / 10.0 + " px");
            }
          }
          int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
          if (scrollWidth > width) {
            problems.add(path + " at " + width + " px is " + scrollWidth + " px wide");
          }
          if (width == 390) {
            assertAccessible(page);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * The demo's pages with wide tables or long lines (research, value, phase zero, risks, rates): each
   * fits a phone, its tables scrolling inside themselves.
   */
  @Test
  void pagesWithWideTablesFitAPhone() {
    long project = id("select min(project_id) from evidence_source");
    long partnership = id("select min(partnership_id) from self_assessment");
    List<String> paths = List.of("/research/" + project, "/value/packs/" + id("select min(id) from evidence_pack"),
        "/research/member-checks/" + id("select min(id) from member_check") + "/paper",
        "/partnerships/" + partnership, "/partnerships/" + partnership + "/assessments", "/risks", "/payments/rates");
    List<String> problems = new ArrayList<>();
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
      Page page = signInAs(ctx, "coordinator");
      for (String path : paths) {
        assertThat(page.navigate(url(path)).status()).as(path).isEqualTo(200);
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        if (scrollWidth > 390) {
          problems.add(path + " is " + scrollWidth + " px wide");
        }
        assertAccessible(page);
      }
    }
    assertThat(problems).isEmpty();
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
}
