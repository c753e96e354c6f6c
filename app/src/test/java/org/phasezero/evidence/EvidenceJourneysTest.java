package org.phasezero.evidence;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The researcher's journeys in real headless Chromium, with axe-core on every page (zero
 * violations): import a transcript, code whole turns and then exactly the words selected, find the
 * passage by search and open it; and a peer researcher coding on a phone-sized screen without
 * JavaScript.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class EvidenceJourneysTest extends BrowserTestSupport {

  static final String TRANSCRIPT = """
      Interviewer: What brought you to the forum?
      Grace: My pastor told me about it. I had stopped trusting the hospital after my brother was sectioned.
      Interviewer: And what changed?
      Grace: They asked us to rewrite the referral letter with them, and the waiting room felt different after that.
      Interviewer: Thank you, Grace.
      Grace: Thank you for listening.
      """;

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  EvidenceFixture fx;

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @BeforeAll
  void start() {
    fx = new EvidenceFixture(context);
    launchBrowser();
  }

  Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  @Test
  void aResearcherImportsATranscriptCodesItAndFindsThePassageBySearch() {
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
      Page page = signIn(ctx, Role.RESEARCHER);
      page.navigate(url("/research"));
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, named("Forum evaluation " + fx.net.suffix)).click();
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, named("Add a source")).click();
      assertAccessible(page);
      page.getByLabel("File").setInputFiles(new FilePayload("grace.txt", "text/plain",
          TRANSCRIPT.getBytes(StandardCharsets.UTF_8)));
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Interview with Grace");
      page.getByLabel("Kind of source").selectOption("INTERVIEW");
      page.getByLabel("Other names to replace").fill("Grace");
      page.getByRole(AriaRole.BUTTON, named("Import the source")).click();
      page.waitForURL(u -> u.contains("/research/sources/") && u.contains("added"));
      assertAccessible(page);
      assertThat(page.locator("h1").textContent()).isEqualTo("Interview with Grace");
      assertThat(page.locator(".pz-turns").textContent()).doesNotContain("Grace").contains("Person A: My pastor");

      // Whole turns, as without JavaScript: tick turn 2 and apply a code.
      page.getByLabel("Tick turn 2", new Page.GetByLabelOptions().setExact(true)).check();
      page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Being heard"));
      page.getByRole(AriaRole.BUTTON, named("Code the ticked turns")).click();
      page.waitForURL(u -> u.contains("coded=1"));
      assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Coded.");
      assertThat(page.locator(".pz-turn").nth(1).locator(".pz-chips").textContent()).contains("Being heard");
      assertAccessible(page);

      // Exactly the words selected, with JavaScript.
      String words = "rewrite the referral letter";
      page.evaluate("words => { const el = [...document.querySelectorAll('.pz-turn__text span, .pz-turn__text mark')]"
          + ".find(e => e.textContent.includes(words)); const at = el.textContent.indexOf(words);"
          + " const r = document.createRange(); r.setStart(el.firstChild, at); r.setEnd(el.firstChild, at + words.length);"
          + " const s = document.getSelection(); s.removeAllRanges(); s.addRange(r); }", words);
      page.locator("#code-selection").waitFor();
      assertThat(page.locator("#selection-words").textContent()).contains(words);
      page.getByLabel("Code for the selected words").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Being heard"));
      page.getByRole(AriaRole.BUTTON, named("Apply code to the selected words")).click();
      page.waitForURL(u -> u.contains("coded=1"));
      assertThat(page.locator("mark.pz-coded").allTextContents()).contains(words);
      String coded = db.sql("""
              select substring(t.body, g.start_offset - t.start_offset + 1, g.end_offset - g.start_offset)
              from coding g join source_segment t on t.source_id = g.source_id and t.start_offset <= g.start_offset
              and t.end_offset >= g.end_offset join evidence_source s on s.id = g.source_id
              where s.name = 'Interview with Grace' and g.end_offset - g.start_offset = ?""")
          .param(words.length()).query(String.class).single();
      assertThat(coded).isEqualTo(words);
      assertAccessible(page);

      // Find it again by search, and open the turn.
      page.navigate(url("/research/" + fx.ownProject + "/search"));
      assertAccessible(page);
      page.getByLabel("Words to search for").fill("\"referral letter\"");
      page.getByRole(AriaRole.BUTTON, named("Search")).click();
      page.waitForURL(u -> u.contains("q="));
      assertAccessible(page);
      assertThat(page.locator("#results").textContent()).isEqualTo("1 turn or paragraph matches");
      assertThat(page.locator("table mark").first().textContent()).isEqualTo("referral letter");
      page.locator("table a").first().click();
      page.waitForURL(u -> u.contains("/research/sources/"));
      assertThat(page.locator("h1").textContent()).isEqualTo("Interview with Grace");
    }
  }

  @Test
  void aPeerResearcherCodesWholeTurnsOnAPhoneWithoutJavaScript() {
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
        .setJavaScriptEnabled(false))) {
      Page page = signIn(ctx, Role.PEER_RESEARCHER);
      page.navigate(url("/research/sources/" + fx.ownSource));
      assertAccessibleWithoutJavaScript(page);
      assertThat(page.locator("#code-selection").isHidden()).isTrue();
      page.getByLabel("Tick turn 3", new Page.GetByLabelOptions().setExact(true)).check();
      page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Being heard"));
      page.getByRole(AriaRole.BUTTON, named("Code the ticked turns")).click();
      page.waitForURL(u -> u.contains("coded=1"));
      assertThat(page.locator(".pz-turn").nth(2).locator(".pz-chips").textContent())
          .contains("Being heard").contains("by " + Role.PEER_RESEARCHER.slug())
          .as("the coder by their name, not their sign-in name").doesNotContain(fx.net.usernames.get(Role.PEER_RESEARCHER));
      assertAccessibleWithoutJavaScript(page);
    }
  }

  @Test
  void aResearcherComparesCasesWritesAMemoOnACodingAndTakesTheProjectToAnotherToolAndBack() throws Exception {
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
        .setAcceptDownloads(true))) {
      Page page = signIn(ctx, Role.RESEARCHER);
      // Ayo's turn coded, so that Ayo's case has a passage.
      page.navigate(url("/research/sources/" + fx.ownSource));
      page.getByLabel("Tick turn 2", new Page.GetByLabelOptions().setExact(true)).check();
      page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).selectOption(
          new com.microsoft.playwright.options.SelectOption().setLabel("Being heard"));
      page.getByRole(AriaRole.BUTTON, named("Code the ticked turns")).click();
      page.waitForURL(u -> u.contains("coded=1"));

      page.navigate(url("/research/" + fx.ownProject));
      page.getByRole(AriaRole.LINK, named("Cases: the people, sites and groups you compare")).click();
      assertAccessible(page);
      page.getByRole(AriaRole.BUTTON, named("Add the ticked people")).click();
      page.waitForURL(u -> u.contains("saved"));
      assertAccessible(page);
      page.getByLabel("New attribute").fill("Age band");
      page.getByRole(AriaRole.BUTTON, named("Add the attribute")).click();
      page.waitForURL(u -> u.contains("saved"));
      page.locator("table tbody th a").first().click();
      assertAccessible(page);
      assertThat(page.locator(".nhsuk-summary-list").textContent()).contains("Community")
          .contains(fx.net.ownOrg.name());
      page.getByLabel("Age band").fill("25-34");
      page.getByRole(AriaRole.BUTTON, named("Save")).click();
      page.waitForURL(u -> u.contains("saved"));
      assertThat(page.locator(".nhsuk-summary-list").textContent()).contains("25-34");

      page.navigate(url("/research/" + fx.ownProject + "/matrices"));
      assertAccessible(page);
      page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Passages of each code by case"))
          .locator("td a").first().click();
      page.waitForURL(u -> u.contains("caseId="));
      assertAccessible(page);
      assertThat(page.locator("main").textContent()).contains("The forum listened to us");
      page.locator(".nhsuk-card a", new Page.LocatorOptions().setHasText("Memos")).first().click();
      page.waitForURL(u -> u.contains("/research/sources/codings/"));
      page.getByLabel("Memo", new Page.GetByLabelOptions().setExact(true)).fill("Said twice, in two meetings.");
      page.getByRole(AriaRole.BUTTON, named("Save memo")).click();
      page.waitForURL(u -> u.contains("saved"));
      assertThat(page.locator("main").textContent()).contains("Said twice, in two meetings.");
      assertAccessible(page);

      page.navigate(url("/research/" + fx.ownProject));
      com.microsoft.playwright.Download qdpx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
          named("Download the project for NVivo, ATLAS.ti, MAXQDA or QualCoder (REFI-QDA .qdpx)")).click());
      page.navigate(url("/research"));
      page.getByRole(AriaRole.LINK, named("Import a project from NVivo, ATLAS.ti, MAXQDA or QualCoder (REFI-QDA .qdpx)"))
          .click();
      assertAccessible(page);
      page.getByLabel("Project file").setInputFiles(qdpx.path());
      page.getByLabel("Name of the new project (optional)").fill("Back from NVivo " + fx.net.suffix);
      page.getByRole(AriaRole.BUTTON, named("Import the project")).click();
      page.waitForURL(u -> u.contains("/imported"));
      assertAccessible(page);
      assertThat(page.locator("h1").textContent()).isEqualTo("Project imported");
      assertThat(db.sql("""
              select count(*) from evidence_case c join research_project p on p.id = c.project_id
              where p.name = ? and c.voided_at is null""").param("Back from NVivo " + fx.net.suffix)
          .query(Long.class).single()).as("the case travelled with the project").isEqualTo(1);
    }
  }
}
