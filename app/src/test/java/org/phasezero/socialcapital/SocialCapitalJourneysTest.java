package org.phasezero.socialcapital;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The network map in real headless Chromium with axe-core on every page: the coordinator opens the
 * map of a partnership, reads the computed key-person risk, runs a what-if on the broker, finds the
 * risk in the register, compares two dates and previews a survey; a site lead reads their part of
 * the map on a 390 px phone without JavaScript.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class SocialCapitalJourneysTest extends BrowserTestSupport {

  @Autowired
  ApplicationContext context;

  SocialCapitalFixture fx;

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @BeforeAll
  void start() {
    fx = new SocialCapitalFixture(context);
    launchBrowser();
  }

  Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  String bea() {
    return "Bea Broker " + fx.net.suffix;
  }

  @Test
  void theCoordinatorSeesTheBrokerRunsAWhatIfAndFindsTheRiskInTheRegister() {
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.getByRole(AriaRole.LINK, named("Network map")).first().click();
      page.waitForURL(u -> u.contains("/social-capital"));
      page.locator("#choose-network summary").click();
      page.getByLabel("Partnership").selectOption(new SelectOption().setLabel("Network test " + fx.net.suffix));
      page.getByRole(AriaRole.BUTTON, named("Show this network")).click();
      page.waitForURL(u -> u.contains("partnership=" + fx.partnership));
      String main = page.locator("main").textContent();
      assertThat(main).contains("One key person").contains("Without " + bea() + ", no one on the community side");
      // With JavaScript the interactive map replaces the drawing; the tables stay.
      page.locator("#network-map canvas").first().waitFor();
      assertThat(page.locator(".pz-map__svg").isHidden()).isTrue();
      assertThat(page.locator("#nodes + p + .pz-scroll table tbody tr").count()).isEqualTo(8);
      assertAccessible(page);

      page.getByRole(AriaRole.LINK, named("What if " + bea() + " left?")).click();
      page.waitForURL(u -> u.contains("/social-capital/what-if"));
      assertThat(page.locator("#result ~ div").first().textContent())
          .contains("3 community-side members would lose every path to the statutory side");
      assertThat(page.locator("main").textContent()).contains("Who would be cut off").contains("Cal Own " + fx.net.suffix);
      assertAccessible(page);
      // Find someone not offered yet by name: they join the choices.
      page.getByLabel("Find someone else by name").fill("Ada Own");
      page.getByRole(AriaRole.BUTTON, named("Search")).click();
      page.waitForLoadState();
      assertThat(page.locator("#addFrom option").allTextContents()).contains("Ada Own " + fx.net.suffix);
      assertAccessible(page);
      // Introduce Ayo to Sam as well: only Cal is cut off now, and Ayo could step in.
      page.getByLabel("Introduce", new Page.GetByLabelOptions().setExact(true))
          .selectOption(new SelectOption().setLabel("Ayo Research " + fx.net.suffix));
      page.getByLabel("to", new Page.GetByLabelOptions().setExact(true))
          .selectOption(new SelectOption().setLabel("Sam Statutory " + fx.net.suffix));
      page.getByRole(AriaRole.BUTTON, named("See what changes")).click();
      page.waitForURL(u -> u.contains("addFrom="));
      assertThat(page.locator("main").textContent()).contains("If " + bea() + " left:")
          .contains("If Ayo Research " + fx.net.suffix + " and Sam Statutory " + fx.net.suffix + " were introduced:")
          .contains("One community-side member would lose")
          .contains("Ayo Research " + fx.net.suffix + ":");
      assertAccessible(page);

      page.navigate(url("/risks?partnershipId=" + fx.partnership));
      assertThat(page.locator("#computed-risks ~ .pz-table-scroll table").textContent()).contains("Key-person dependency: " + bea())
          .contains("15 (high)");
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, named("Key-person dependency: " + bea())).click();
      page.waitForURL(u -> u.contains("/social-capital") && u.contains("partnership=" + fx.partnership));

      page.navigate(url("/social-capital/change?" + fx.query()));
      assertThat(page.locator("main").textContent()).contains("Month by month").contains("Ties gained between the two dates: 7");
      assertAccessible(page);
    }
  }

  @Test
  void theCoordinatorPreviewsASurveyBeforeRecordingIt() throws Exception {
    Path survey = Files.createTempFile("survey", ".csv");
    Files.writeString(survey, "respondent,alter\nAda Own " + fx.net.suffix + ",Cal Own " + fx.net.suffix + "\n"
        + "Nobody " + fx.net.suffix + ",Cal Own " + fx.net.suffix + "\n", StandardCharsets.UTF_8);
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/social-capital/import"));
      assertAccessible(page);
      page.getByLabel("Survey file (CSV)").setInputFiles(survey);
      page.getByRole(AriaRole.BUTTON, named("Check the file")).click();
      assertThat(page.locator("main").textContent()).contains("2 rows: one new tie to record, one wrong.")
          .contains("No one in the network is called");
      assertThat(page.getByRole(AriaRole.BUTTON, named("Record this tie")).count()).isZero();
      assertAccessible(page);
    } finally {
      Files.deleteIfExists(survey);
    }
  }

  @Test
  void aSiteLeadReadsTheirPartOfTheMapOnAPhoneWithoutJavaScript() {
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
        .setJavaScriptEnabled(false))) {
      Page page = signIn(ctx, Role.SITE_LEAD);
      page.navigate(url("/social-capital?" + fx.query()));
      assertThat(page.locator(".pz-map__svg").isVisible()).isTrue();
      String main = page.locator("main").textContent();
      assertThat(main).contains("Your organisation's part of the network").contains("Ada Own " + fx.net.suffix)
          .contains("Someone at Beta Faith Centre " + fx.net.suffix).doesNotContain(bea());
      assertThat(page.locator(".pz-map__svg circle").count()).isEqualTo(4);
      assertAccessibleWithoutJavaScript(page);
    }
  }
}
