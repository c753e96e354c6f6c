package org.phasezero.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * SROI accounts in real headless Chromium with axe-core on every page: a coordinator starts an
 * account, meets a mistake in the outcome form, adds the hand-worked account's inputs and outcomes
 * and reads its result, simulation and sensitivity; a site lead reads the ledger account on a
 * 390 px phone without JavaScript.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class ValueJourneysTest extends BrowserTestSupport {

  @Autowired
  ApplicationContext context;

  ValueFixture fx;

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @BeforeAll
  void start() {
    fx = new ValueFixture(context, new Api(port));
    launchBrowser();
  }

  static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  static Page.GetByLabelOptions exact() {
    return new Page.GetByLabelOptions().setExact(true);
  }

  private void outcome(Page page, String stakeholder, String name, String quantity, String proxy, String years,
      String deadweight, String attribution, String dropOff) {
    page.getByRole(AriaRole.LINK, named("Add an outcome")).click();
    page.waitForURL(u -> u.endsWith("/outcomes/new"));
    page.getByLabel("Stakeholder", exact()).fill(stakeholder);
    page.getByLabel("Outcome", exact()).fill(name);
    page.getByLabel("How many", exact()).fill(quantity);
    page.getByLabel("Where that number comes from").fill("Baseline and 6-month questionnaires");
    page.getByLabel("Financial proxy", exact()).fill(proxy);
    page.getByLabel("Source of the proxy").fill("Unit costs of health and social care 2025");
    page.getByLabel("How long it lasts, in years").fill(years);
    page.getByLabel("Deadweight, %").fill(deadweight);
    page.getByLabel("Displacement, %").fill("0");
    page.getByLabel("Attribution, %").fill(attribution);
    page.getByLabel("Drop-off, %").fill(dropOff);
    page.getByRole(AriaRole.BUTTON, named("Save")).click();
    page.waitForURL(u -> u.contains("added"));
  }

  @Test
  void aCoordinatorBuildsAnAccountAndReadsItsValue() {
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      // The header's last links fold into its "More" menu on narrower screens; the address is the same.
      assertThat(page.locator("header a[href='/value/accounts']").count()).isEqualTo(1);
      page.navigate(url("/value/accounts"));
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, named("Start an SROI account")).click();
      page.waitForURL(u -> u.contains("/value/accounts/new"));
      page.getByLabel("Partnership").selectOption(new SelectOption().setLabel("Hand-worked partnership " + fx.net.suffix));
      page.getByLabel("Title").fill("Journey account " + fx.net.suffix);
      page.locator("#periodFrom").fill("1");
      page.locator("#periodFrom-month").fill("1");
      page.locator("#periodFrom-year").fill("2025");
      page.locator("#periodTo").fill("31");
      page.locator("#periodTo-month").fill("12");
      page.locator("#periodTo-year").fill("2025");
      page.getByLabel("Value of an hour given").fill("15.00");
      page.getByLabel("Discount rate (optional)").fill("3.5");
      assertAccessible(page);
      page.getByRole(AriaRole.BUTTON, named("Save")).click();
      page.waitForURL(u -> u.contains("added"));
      assertThat(page.locator("main").textContent()).contains("Add an outcome to value this account.")
          .doesNotContain("for every £1");

      // A share over 100% is refused next to its field, and nothing is lost.
      page.getByRole(AriaRole.LINK, named("Add an outcome")).click();
      page.getByLabel("Stakeholder", exact()).fill("Community members");
      page.getByLabel("Deadweight, %").fill("125");
      page.getByRole(AriaRole.BUTTON, named("Save")).click();
      page.waitForLoadState();
      assertThat(page.locator(".nhsuk-error-summary").textContent())
          .contains("Enter the deadweight as a percentage from 0 to 100").contains("Enter the outcome, what changed");
      assertThat(page.getByLabel("Stakeholder", exact()).inputValue()).isEqualTo("Community members");
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, named("Back")).click();

      outcome(page, "Community members", "Improved wellbeing", "20", "500", "3", "25", "20", "10");
      // This partnership's ledger is empty for 2025, so there is nothing yet to set the value against.
      assertThat(page.locator("main").textContent()).contains("No inputs were recorded for this period");
      page.getByRole(AriaRole.LINK, named("Add an input the ledger does not hold")).click();
      page.getByLabel("What it is").fill("Grant from the hub");
      page.getByLabel("Amount", exact()).fill("10000");
      page.getByLabel("Where the amount comes from").fill("Award letter, January 2025");
      assertAccessible(page);
      page.getByRole(AriaRole.BUTTON, named("Save")).click();
      page.waitForURL(u -> u.contains("added"));
      outcome(page, "NHS trust", "Fewer crisis contacts", "4", "1000", "1", "50", "0", "0");
      String main = page.locator("main").textContent();
      // The hand-worked account: £17,153.87 for £10,000.00.
      assertThat(main).contains("£1.72 of social value for every £1 put in").contains("£17,153.87")
          .contains("£7,153.87").contains("£10,000.00");
      assertThat(page.locator(".pz-histogram rect").count()).isGreaterThan(1);
      assertThat(page.locator("#sensitivity + p + table tbody tr").count()).isEqualTo(14);
      assertAccessible(page);

      // The pack is made in the background; with JavaScript its page reloads itself when ready.
      page.getByRole(AriaRole.LINK, named("Make an evidence pack")).click();
      page.waitForURL(u -> u.contains("/value/packs/new"));
      assertAccessible(page);
      page.getByRole(AriaRole.BUTTON, named("Make an evidence pack")).click();
      page.waitForURL(u -> u.matches(".*/value/packs/\\d+$"));
      page.getByRole(AriaRole.LINK, named("Download the pack (PDF)")).waitFor();
      String pack = page.locator("main").textContent();
      assertThat(pack).contains("Hand-worked partnership " + fx.net.suffix)
          .contains("£1.72 of social value for every £1 put in").contains("Where each figure comes from")
          .contains("Made from the records at audit position");
      assertAccessible(page);
      com.microsoft.playwright.Download pdf = page.waitForDownload(
          () -> page.getByRole(AriaRole.LINK, named("Download the pack (PDF)")).click());
      assertThat(pdf.suggestedFilename()).matches("evidence-pack-\\d+\\.pdf");
      page.getByRole(AriaRole.BUTTON, named("Publish to statutory partners")).click();
      page.waitForURL(u -> u.contains("published"));
      assertThat(page.locator("main").textContent()).contains("The pack is published");
      assertAccessible(page);
    }
  }

  @Test
  void aSiteLeadReadsTheLedgerAccountOnAPhoneWithoutJavaScript() {
    Api api = new Api(port);
    var created = api.post("/api/v1/sroi-accounts", fx.coordinator,
        Api.json(fx.account(fx.partnership, "Phone account", null, true)));
    long id = created.json().get("id").asLong();
    api.post("/api/v1/sroi-accounts/" + id + "/outcomes", fx.coordinator, Api.json(ValueFixture.outcome(
        "Community members", "Improved wellbeing", "20", "500.00", 3, "25", "0", "20", "10")));
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
        .setJavaScriptEnabled(false))) {
      Page page = signIn(ctx, Role.SITE_LEAD);
      page.navigate(url("/value/accounts"));
      page.getByRole(AriaRole.LINK, named("Phone account " + fx.net.suffix)).click();
      page.waitForURL(u -> u.contains("/value/accounts/" + id));
      String main = page.locator("main").textContent();
      assertThat(main).contains("Value partnership " + fx.net.suffix).contains("£18,250.00")
          .contains("Not added: paid from funding counted above").contains("for every £1 put in");
      assertThat(page.getByRole(AriaRole.LINK, named("Add an outcome")).count()).isZero();
      assertThat(page.getByRole(AriaRole.LINK, named("Change settings")).count()).isZero();
      assertAccessibleWithoutJavaScript(page);
      // The four kinds of value side by side, across partnerships and for this one.
      page.navigate(url("/value/side-by-side"));
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.LINK, named("Value partnership " + fx.net.suffix)).click();
      assertThat(page.locator("main").textContent()).contains("Intrinsic value").contains("Capacity and impact")
          .contains("Monetary value").contains("Public value").contains("for every £1 put in");
      assertAccessibleWithoutJavaScript(page);
    }
  }
}
