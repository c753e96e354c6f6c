package org.phasezero.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnH2;
import org.phasezero.support.SetUpAsSystem;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The value game in real headless Chromium with axe-core on every page, all without JavaScript: a
 * coordinator sets a game up (the starter goods, two outcome cards) and opens round 1; a community
 * member and a commissioner join on 390 px phones with the code and place the outcomes; the
 * coordinator enters a paper sheet, closes the round, reads where the sides diverge and uses the
 * community side's value as a stakeholder-derived proxy in an SROI account.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class ValueGameJourneysTest extends BrowserTestSupport {

  @Autowired
  ApplicationContext context;

  ValueFixture fx;
  String account;

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @BeforeAll
  void start() {
    fx = new ValueFixture(context, new Api(port));
    account = "Game journey account " + fx.net.suffix;
    new Api(port).post("/api/v1/sroi-accounts", fx.coordinator, Api.json(fx.account(fx.partnership,
        "Game journey account", "3.5", false)));
    launchBrowser();
  }

  static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  private BrowserContext desktop() {
    return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setJavaScriptEnabled(false));
  }

  /** A phone in the room: joins with the code and places the two outcomes. */
  private void play(String code, String name, String groupLabel, String firstPlace, String secondPlace) {
    try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
        .setJavaScriptEnabled(false))) {
      Page page = phone.newPage();
      page.navigate(url("/game"));
      assertThat(page.locator("h1").textContent()).isEqualTo("Join the value game");
      assertAccessibleWithoutJavaScript(page);
      // A mistyped code is caught and the form kept.
      page.getByLabel("Game code").fill("2222-2222");
      page.getByLabel("Your first name or a nickname").fill(name);
      page.getByLabel(groupLabel).check();
      page.getByRole(AriaRole.BUTTON, named("Join")).click();
      page.waitForLoadState();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("No game has that code.");
      assertAccessibleWithoutJavaScript(page);
      page.getByLabel("Game code").fill(code.toLowerCase());
      page.getByRole(AriaRole.BUTTON, named("Join")).click();
      page.waitForURL(u -> u.contains("/game/play/"));
      assertThat(page.locator("main").textContent()).contains("Playing as " + name).contains("Round 1");
      assertAccessibleWithoutJavaScript(page);
      page.getByLabel("Feeling less alone").selectOption(firstPlace);
      page.getByLabel("Knowing where to get help").selectOption(secondPlace);
      page.getByRole(AriaRole.BUTTON, named("Send my places")).click();
      page.waitForURL(u -> u.contains("sent"));
      assertThat(page.locator(".nhsuk-panel").textContent()).contains("Your places are in");
      assertAccessibleWithoutJavaScript(page);
    }
  }

  @Test
  void bothSidesPlayAndTheCommunityValueBecomesAProxy() {
    String title = "Valuing the café " + fx.net.suffix;
    String gamePath;
    String code;
    try (BrowserContext ctx = desktop()) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/value/games"));
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.LINK, named("Set up a value game")).click();
      page.getByLabel("Partnership").selectOption(String.valueOf(fx.partnership));
      page.getByLabel("Title").fill(title);
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.BUTTON, named("Set up the game")).click();
      page.waitForURL(u -> u.contains("created"));
      gamePath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
      page.getByRole(AriaRole.BUTTON, named("Add a starter set of goods")).click();
      page.waitForLoadState();
      assertThat(page.locator("#goods ~ table").first().textContent()).contains("A cup of coffee").contains("£3.50")
          .contains("A second-hand car");
      for (String card : new String[] {"Feeling less alone", "Knowing where to get help"}) {
        page.getByRole(AriaRole.LINK, named("Add an outcome card")).click();
        page.getByLabel("Outcome").fill(card);
        assertAccessibleWithoutJavaScript(page);
        page.getByRole(AriaRole.BUTTON, named("Save")).click();
        page.waitForURL(u -> u.contains("added"));
      }
      page.getByRole(AriaRole.BUTTON, named("Open round 1")).click();
      page.waitForURL(u -> u.contains("opened"));
      code = page.locator(".pz-join-code").textContent().strip();
      assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
      assertThat(page.locator("main").textContent()).contains("Round 1 is open.").contains("0 of 0 players");
      assertAccessibleWithoutJavaScript(page);
    }

    // Positions on the seven goods: 7 = about a week's food shop (£150), 9 = about a new phone (£400),
    // 3 = about a cinema ticket (£12), 5 = about a meal out for two (£60).
    play(code, "Priya", "A community member", "9", "7");
    play(code, "Tom", "A commissioner", "3", "5");

    try (BrowserContext ctx = desktop()) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url(gamePath));
      assertThat(page.locator("main").textContent()).contains("2 of 2 players have placed outcomes");
      page.getByRole(AriaRole.LINK, named("Enter paper sheets")).click();
      page.getByLabel("Name").fill("Sheet 1");
      page.getByLabel("Group").selectOption("COMMUNITY_STAFF");
      page.getByLabel("Feeling less alone").selectOption("11");
      page.getByLabel("Knowing where to get help").selectOption("7");
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.BUTTON, named("Save this sheet")).click();
      page.waitForURL(u -> u.contains("entered"));
      page.navigate(url(gamePath));
      page.getByRole(AriaRole.BUTTON, named("Close round 1")).click();
      page.waitForURL(u -> u.contains("closed"));
      page.getByRole(AriaRole.LINK, named("See the values")).click();
      page.waitForLoadState();
      String main = page.locator("main").textContent();
      // Community side: £400 (Priya) and £1,200 (the sheet) → £800; statutory: £12 (Tom).
      assertThat(main).contains("Round 1: 3 players placed outcomes.").contains("£800.00 (2)").contains("£12.00 (1)");
      assertThat(page.locator("svg.pz-divergence.pz-chart--wide circle").count()).isEqualTo(2);
      assertAccessibleWithoutJavaScript(page);
      page.locator("details summary").first().click();
      page.locator("details").first().getByLabel("Whose value").selectOption("COMMUNITY_SIDE");
      page.getByRole(AriaRole.BUTTON, named("Use as a proxy for Feeling less alone")).click();
      page.waitForLoadState();
      assertThat(page.locator("#proxyValue").inputValue()).isEqualTo("800.00");
      assertThat(page.locator("main").textContent()).contains("This value comes from a value game");
      assertAccessibleWithoutJavaScript(page);
      page.getByLabel("Stakeholder").fill("Community members");
      page.getByLabel("How many").fill("12");
      page.getByLabel("Where that number comes from").fill("Attendance at the café");
      page.getByLabel("How long it lasts, in years").fill("1");
      for (String share : new String[] {"Deadweight, %", "Displacement, %", "Attribution, %", "Drop-off, %"}) {
        page.getByLabel(share).fill("0");
      }
      page.getByRole(AriaRole.BUTTON, named("Save")).click();
      page.waitForURL(u -> u.contains("added"));
      assertThat(page.locator("main").textContent()).contains("Feeling less alone").contains(account);
    }
  }
}
