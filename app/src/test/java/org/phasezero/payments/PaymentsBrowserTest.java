package org.phasezero.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnH2;
import org.phasezero.support.SetUpAsSystem;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The payments journeys in real headless Chromium: a site lead claims for a member who attended
 * (meeting the error summary on the way, with JavaScript off), a coordinator adds a receipt, approves the claim and
 * records its payment, the person's statement shows it; and axe-core finds no violations on any
 * payments page.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class PaymentsBrowserTest extends BrowserTestSupport {

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @Autowired
  ApplicationContext context;

  PaymentsFixture fx;
  long claim;

  @BeforeAll
  void start() {
    fx = new PaymentsFixture(context);
    // Fixtures are made by the system (services refuse work when no one is signed in).
    try (var system = SystemActor.enter("test fixture")) {
      RateForm rate = new RateForm();
      rate.setActivity(Activity.MEETING);
      rate.setUnit(RateUnit.HOUR);
      rate.setAmount(new BigDecimal("20.00"));
      rate.setValidFrom(LocalDate.of(2024, 1, 1));
      rate.setSource("NIHR payment guidance, March 2024");
      context.getBean(Rates.class).create(rate);
      ClaimForm f = new ClaimForm();
      f.setPersonId(fx.net.ownPerson);
      f.setMeetingId(fx.meeting(LocalDate.of(2025, 2, 3)));
      f.setActivity(Activity.MEETING);
      f.setUnit(RateUnit.HOUR);
      f.setQuantity(BigDecimal.ONE);
      claim = context.getBean(Claims.class).create(f).id();
    }
    launchBrowser();
  }

  @Test
  void aSiteLeadClaimsAndACoordinatorApprovesAndPaysTheClaim(@TempDir Path dir) throws Exception {
    long meeting = fx.meeting(LocalDate.of(2025, 3, 3));
    String claimPath;
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page page = signIn(ctx, Role.SITE_LEAD);
      page.navigate(url("/payments/claims/new?meetingId=" + meeting));
      page.getByLabel("How many hours, sessions or days").fill("-2");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the claim").setExact(true)).click();
      assertThat(page.locator(".nhsuk-error-summary").textContent())
          .contains("Choose the person the claim is for", "The hours, sessions or days must be more than zero");

      page.getByLabel("Search for a person").fill("Ada Own " + fx.net.suffix);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
      page.locator("#personId-" + fx.net.ownPerson).check();
      page.getByLabel("How many hours, sessions or days").fill("2.5");
      page.locator("[id='expenses[0].category']").selectOption("TRAVEL");
      page.locator("[id='expenses[0].amount']").fill("4.80");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the claim").setExact(true)).click();
      // £20/hour × 2.5 h = £50.00 + £4.80 travel = £54.80
      assertThat(page.locator("#claim-total").textContent()).isEqualTo("£54.80");
      assertThat(page.locator("main").textContent()).contains("Submitted");
      claimPath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).count())
          .as("site leads do not approve").isZero();
    }
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url(claimPath));
      java.nio.file.Files.writeString(dir.resolve("not-a-receipt.pdf"), "#!/bin/sh\n");
      page.getByLabel("Add a receipt").setInputFiles(dir.resolve("not-a-receipt.pdf"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload receipt")).click();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("must be a PDF, PNG or JPEG file");
      assertAccessible(page);
      java.nio.file.Files.write(dir.resolve("bus-ticket.png"), Files.PNG);
      page.getByLabel("Add a receipt").setInputFiles(dir.resolve("bus-ticket.png"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload receipt")).click();
      // The upload answers with a redirect: wait for the page it leads to before counting on it.
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("bus-ticket.png")).first().waitFor();
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("bus-ticket.png")).count()).isEqualTo(1);

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
      assertThat(page.locator("main").textContent()).contains("The claim was approved.", "Approved");
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record payment")).click();
      page.getByLabel("Day").fill("20");
      page.getByLabel("Month").fill("3");
      page.getByLabel("Year").fill("2025");
      page.getByLabel("How it was paid").selectOption("BANK_TRANSFER");
      page.locator("#form-top button[type=submit]").click();
      assertThat(page.locator("main").textContent()).contains("20 March 2025 by Bank transfer");

      page.navigate(url("/payments/statements/" + fx.net.ownPerson + "?from=2025-03-01&to=2025-03-31"));
      assertThat(page.locator("#statement-total").textContent()).isEqualTo("£54.80");
      assertAccessible(page);
    }
  }

  @Test
  void everyPaymentsPageHasNoAccessibilityViolations() {
    List<String> paths = List.of("/payments", "/payments?status=SUBMITTED", "/payments/claims/new",
        "/payments/claims/" + claim, "/payments/claims/" + claim + "/pay", "/payments/claims/" + claim + "/decline",
        "/payments/claims/" + claim + "/void", "/payments/rates", "/payments/rates/new", "/payments/budgets",
        "/payments/budgets/new", "/payments/funding", "/payments/funding/new", "/payments/export",
        "/payments/export/file?from=2025-02-01&to=2025-01-01&format=CSV", "/payments/totals",
        "/payments/statements/" + fx.net.ownPerson);
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.COORDINATOR);
      for (String path : paths) {
        page.navigate(url(path));
        assertAccessible(page);
      }
      page.navigate(url("/payments/funding/new"));
      page.locator("#form-top button[type=submit]").click();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Choose the funder");
      assertAccessible(page);
      page.navigate(url("/payments/claims/new"));
      page.getByLabel("How many hours, sessions or days").fill("-2");
      page.locator("[id='expenses[1].amount']").fill("-3");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the claim").setExact(true)).click();
      assertThat(page.locator(".nhsuk-error-summary").textContent())
          .contains("The hours, sessions or days must be more than zero", "Choose what the expense was for");
      assertAccessible(page);
    }
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
      Page page = signIn(ctx, Role.STATUTORY_PARTNER);
      page.navigate(url("/payments/totals?period=FY2024-25"));
      assertThat(page.locator("main").textContent()).contains("fewer than 5", "Not shown");
      assertAccessible(page);
    }
  }
}
