package org.phasezero.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phasezero.security.Role;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnH2;
import org.phasezero.support.SetUpAsSystem;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Discourse in real headless Chromium with axe-core on every page, without JavaScript: a researcher
 * makes a corpus of a project's focus group, defines the community and statutory voices and compares
 * them (keyness), follows a word to its turn; then makes a posts corpus and imports a JSON Lines
 * export with a bad line, mapping its columns after the preview; makes a corpus of a partnership's
 * minutes and follows a word to the decision it is in.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class DiscourseJourneysTest extends BrowserTestSupport {

  @Autowired
  ApplicationContext context;

  DiscourseFixture fx;
  org.phasezero.spaces.SpacesFixture minutes;

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @BeforeAll
  void start() {
    fx = new DiscourseFixture(context);
    minutes = new org.phasezero.spaces.SpacesFixture(context);
    context.getBean(org.phasezero.spaces.Decisions.class).create(minutes.ownMeeting,
        org.phasezero.spaces.SpacesFixture.decision("Community members set the agenda together and share the power", null, org.phasezero.network.Side.COMMUNITY));
    launchBrowser();
  }

  static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  private BrowserContext desktop() {
    return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setJavaScriptEnabled(false));
  }

  private void makeCorpus(Page page, String name, String kind) {
    page.navigate(url("/discourse"));
    assertAccessibleWithoutJavaScript(page);
    page.getByRole(AriaRole.LINK, named("Make a corpus")).click();
    page.getByLabel("Research project").selectOption(String.valueOf(fx.project));
    page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
    page.getByLabel(kind).check();
    assertAccessibleWithoutJavaScript(page);
    page.getByRole(AriaRole.BUTTON, named("Make the corpus")).click();
    page.waitForURL(u -> u.contains("added"));
  }

  private void defineSide(Page page, String name, String side) {
    page.getByRole(AriaRole.LINK, named("Define a sub-corpus")).click();
    page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
    page.getByLabel("Side").selectOption(side);
    assertAccessibleWithoutJavaScript(page);
    page.getByRole(AriaRole.BUTTON, named("Save")).click();
    page.waitForURL(u -> u.contains("added"));
  }

  @Test
  void aResearcherComparesTheCommunityVoiceWithTheStatutoryVoice() {
    try (BrowserContext ctx = desktop()) {
      Page page = signIn(ctx, Role.RESEARCHER);
      makeCorpus(page, "Focus group voices", "The project's evidence");
      assertAccessibleWithoutJavaScript(page);
      defineSide(page, "Community voice", "COMMUNITY");
      defineSide(page, "Statutory voice", "STATUTORY");
      page.getByRole(AriaRole.LINK, named("Keyness")).click();
      page.getByLabel("Target", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Community voice"));
      page.getByLabel("Reference", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Statutory voice"));
      page.getByLabel("Used at least this often in the target").fill("1");
      page.getByLabel("Include the words the target uses less").check();
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.BUTTON, named("Compare")).click();
      page.waitForLoadState();
      String main = page.locator("main").textContent();
      assertThat(main).contains("Community voice").contains("against").contains("Statutory voice");
      assertThat(page.locator("table").textContent()).contains("voice").contains("together").contains("efficiency")
          .contains("only in the target");
      assertThat(page.getByRole(AriaRole.LINK, named("CSV")).count()).isEqualTo(1);
      assertAccessibleWithoutJavaScript(page);
      // From the frequency list to every use of a word, and from a line to its turn.
      page.navigate(url(page.url().replaceAll("^https?://[^/]+", "").replaceAll("/keyness.*$", "/frequencies")));
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.LINK, named("voice")).click();
      page.waitForLoadState();
      assertThat(page.locator("main").textContent()).contains("2 uses of \"voice\"").contains("Uses over time");
      // Dispersion: the uses drawn by side and year, with the same figures as a table.
      assertThat(page.locator("svg.pz-counts rect.pz-counts__community").count()).isPositive();
      assertAccessibleWithoutJavaScript(page);
      String kwic = page.url();
      page.navigate(url(kwic.replaceAll("^https?://[^/]+", "").replaceAll("/kwic.*$", "")));
      page.getByRole(AriaRole.LINK, named("Word runs (n-grams)")).click();
      page.getByLabel("Words in a run").selectOption("2");
      page.getByLabel("Used at least (times)").fill("1");
      page.getByRole(AriaRole.BUTTON, named("Show")).click();
      page.waitForLoadState();
      assertThat(page.locator("table").textContent()).contains("a voice");
      assertAccessibleWithoutJavaScript(page);
      page.navigate(kwic);
      page.getByRole(AriaRole.LINK, named("Forum focus group, Ayo")).first().click();
      page.waitForLoadState();
      assertThat(page.url()).contains("/research/sources/" + fx.source).contains("#turn-");
    }
  }

  @Test
  void aResearcherFollowsAWordIntoAPartnershipsMinutes() {
    try (BrowserContext ctx = desktop()) {
      Page page = signIn(ctx, Role.RESEARCHER);
      page.navigate(url("/discourse/new?projectId=" + fx.project));
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Forum minutes");
      page.getByLabel("Minutes of meetings").check();
      // Minutes without a partnership are refused, saying what to choose.
      page.getByRole(AriaRole.BUTTON, named("Make the corpus")).click();
      page.waitForLoadState();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Choose the partnership");
      assertAccessibleWithoutJavaScript(page);
      page.getByLabel("Partnership").selectOption(String.valueOf(minutes.ownPartnership));
      page.getByRole(AriaRole.BUTTON, named("Make the corpus")).click();
      page.waitForURL(u -> u.contains("added"));
      assertThat(page.locator("main").textContent()).contains("The minutes of the meetings of Own partnership");
      page.getByRole(AriaRole.LINK, named("Define a sub-corpus")).click();
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Community side");
      page.getByLabel("Side that proposed the decision or owns the action").selectOption("COMMUNITY");
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.BUTTON, named("Save")).click();
      page.waitForURL(u -> u.contains("added"));
      page.navigate(page.url().replaceAll("\\?.*$", "") + "/kwic?word=power");
      assertThat(page.locator("main").textContent()).contains("1 use of \"power\"");
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.LINK, named("Own forum " + minutes.net.suffix + ", June forum (10 June 2025), decision"))
          .click();
      page.waitForLoadState();
      assertThat(page.url()).contains("/meetings/" + minutes.ownMeeting + "#decision-");
      assertThat(page.locator("main").textContent()).contains("Decision: from the community side")
          .contains("share the power").doesNotContain("Ada Own");
      assertAccessibleWithoutJavaScript(page);
    }
  }

  static final String EXPORT = """
      {"text": "Carers need a voice in how the service is run", "author": "Priya", "created_at": "2025-03-01", "forum": "carers"}
      {"text": "Efficiency targets again", "author": "Tom", "created_at": "2025-04-02", "forum": "staff"}
      {"text": oops}
      {"text": "Together we changed the referral form", "author": "Priya", "created_at": "2025-05-03", "forum": "carers"}
      """;

  @Test
  void aResearcherImportsAForumExport() {
    try (BrowserContext ctx = desktop()) {
      Page page = signIn(ctx, Role.RESEARCHER);
      makeCorpus(page, "Carers forum", "Online posts");
      page.getByRole(AriaRole.LINK, named("Import posts")).click();
      assertAccessibleWithoutJavaScript(page);
      page.getByLabel("The file").setInputFiles(new FilePayload("forum.jsonl", "application/octet-stream",
          EXPORT.getBytes(StandardCharsets.UTF_8)));
      page.getByRole(AriaRole.BUTTON, named("Upload and preview")).click();
      page.waitForLoadState();
      assertThat(page.locator("h1").textContent()).isEqualTo("Which column holds what");
      assertThat(page.locator("main").textContent()).contains("Line 3").contains("Carers need a voice");
      // The columns named as exports name them are chosen already.
      assertThat(page.getByLabel("The post's text").inputValue()).isEqualTo("text");
      assertThat(page.getByLabel("Its author").inputValue()).isEqualTo("author");
      assertThat(page.getByLabel("When it was posted").inputValue()).isEqualTo("created_at");
      assertThat(page.getByLabel("Its forum, group or channel").inputValue()).isEqualTo("forum");
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.BUTTON, named("Import")).click();
      page.waitForURL(u -> u.contains("/discourse/imports/"));
      for (int i = 0; i < 100 && page.locator("main").textContent().contains("Importing."); i++) {
        page.waitForTimeout(100);
        page.reload();
      }
      String main = page.locator("main").textContent();
      assertThat(main).contains("Imported.").contains("3 posts kept, 0 duplicates, 1 lines not imported")
          .contains("Line 3: is not valid JSON");
      assertAccessibleWithoutJavaScript(page);
    }
  }

  @Test
  void aResearcherAddsAResultComputedWithSpark() {
    try (BrowserContext ctx = desktop()) {
      Page page = signIn(ctx, Role.RESEARCHER);
      page.navigate(url("/discourse"));
      page.getByRole(AriaRole.LINK, named("Add a result from Spark")).click();
      assertAccessibleWithoutJavaScript(page);
      page.getByLabel("Project").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Carers against staff");
      // A file that is not Spark's JSON is refused, saying why, and nothing is kept.
      page.getByLabel("The result").setInputFiles(new FilePayload("notes.json", "application/json",
          "{\"tokens\": 3}".getBytes(StandardCharsets.UTF_8)));
      page.getByRole(AriaRole.BUTTON, named("Add the result")).click();
      page.waitForLoadState();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("no table of rows");
      assertAccessibleWithoutJavaScript(page);
      page.getByLabel("The result").setInputFiles(new FilePayload("keyness.json", "application/json",
          DiscourseContract.SPARK_KEYNESS.getBytes(StandardCharsets.UTF_8)));
      page.getByRole(AriaRole.BUTTON, named("Add the result")).click();
      page.waitForURL(u -> u.contains("/discourse/spark-results/"));
      assertThat(page.locator("h1").textContent()).isEqualTo("Carers against staff");
      assertThat(page.locator("main").textContent()).contains("Keyness computed with Spark")
          .contains("Words in the target").contains("2489168").contains("Ranked by").contains("Log-likelihood (LL)");
      assertThat(page.locator("thead").textContent()).contains("Log-likelihood").contains("In the reference");
      assertThat(page.locator("tbody").textContent()).contains("whale").contains("4767");
      // The rows drawn as bars by the measure they were ranked by, the table giving every figure.
      assertThat(page.locator("svg.pz-ranked title").first().textContent())
          .isEqualTo("The first 2 rows by Log-likelihood");
      assertThat(page.locator("svg.pz-ranked:visible rect.pz-ranked__bar").count()).isEqualTo(2);
      assertAccessibleWithoutJavaScript(page);
      page.navigate(url("/discourse"));
      assertThat(page.getByRole(AriaRole.LINK, named("Carers against staff")).count()).isEqualTo(1);
      assertAccessibleWithoutJavaScript(page);
      // Voided with a reason from its page: gone from the list, its page says why.
      page.getByRole(AriaRole.LINK, named("Carers against staff")).click();
      String result = page.url();
      page.getByRole(AriaRole.LINK, named("Void this result")).click();
      assertAccessibleWithoutJavaScript(page);
      page.getByLabel("Why", new Page.GetByLabelOptions().setExact(false)).fill("Run on the wrong file");
      page.locator("form button[type=submit]").click();
      page.waitForURL(u -> u.contains("voided"));
      assertThat(page.getByRole(AriaRole.LINK, named("Carers against staff")).count()).isZero();
      page.navigate(result);
      assertThat(page.locator("main").textContent()).contains("Run on the wrong file");
      assertThat(page.getByRole(AriaRole.LINK, named("Void this result")).count()).isZero();
      assertAccessibleWithoutJavaScript(page);
    }
  }
}
