package org.phasezero.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.support.Api;
import org.phasezero.support.NetworkBrowserTest;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;

/**
 * Accounts as people use them, in headless Chromium with axe on every page: a site lead finds
 * their account under their name, changes their password (the error summary on the way) and signs
 * in with the new one; a coordinator resets someone's forgotten password, sees it once, and the
 * reset is in the audit trail. The API is on the account page, not in everyone's menu.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountJourneysTest extends NetworkBrowserTest {

  Page named(Page page, AriaRole role, String name) {
    page.getByRole(role, new Page.GetByRoleOptions().setName(name)).first().click();
    return page;
  }

  @Test
  void aSiteLeadChangesTheirOwnPasswordFromTheirAccountPage() {
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.SITE_LEAD);
      assertThat(page.locator(".nhsuk-header__navigation-list").textContent()).doesNotContain("API");
      page.locator(".nhsuk-header__account-link").click();
      assertThat(page.locator("h1").textContent()).isEqualTo("Your account");
      assertThat(page.locator("main").textContent()).contains(net.usernames.get(Role.SITE_LEAD), "Site lead",
          "The API and its documentation");
      assertAccessible(page);

      named(page, AriaRole.LINK, "Change your password");
      page.getByLabel("Current password").fill("not my password at all");
      page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("short");
      page.getByLabel("Type the new password again").fill("different");
      page.locator("main button[type=submit]").click();
      assertThat(page.locator(".nhsuk-error-summary").textContent())
          .contains("The two new passwords are not the same");
      assertAccessible(page);

      String fresh = "a new long passphrase " + net.suffix;
      page.getByLabel("Current password").fill("not my password at all");
      page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(fresh);
      page.getByLabel("Type the new password again").fill(fresh);
      page.locator("main button[type=submit]").click();
      assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Your current password is not right");

      // Neither a commonly guessed password nor the one they have now.
      for (String[] tried : new String[][] {{"password1234", "easy to guess"},
          {TestNetwork.PASSWORD, "is the one you have now"}}) {
        page.getByLabel("Current password").fill(TestNetwork.PASSWORD);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(tried[0]);
        page.getByLabel("Type the new password again").fill(tried[0]);
        page.locator("main button[type=submit]").click();
        assertThat(page.locator(".nhsuk-error-summary").textContent()).as(tried[0]).contains(tried[1]);
      }

      page.getByLabel("Current password").fill(TestNetwork.PASSWORD);
      page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(fresh);
      page.getByLabel("Type the new password again").fill(fresh);
      page.locator("main button[type=submit]").click();
      assertThat(page.locator("main").textContent()).contains("Your password was changed.");
      assertAccessible(page);
    }
    // The old password no longer signs in; the new one does.
    assertThat(WebSession.anonymous(port).post("/login", "/login", java.util.Map.of("username",
        net.usernames.get(Role.SITE_LEAD), "password", TestNetwork.PASSWORD)).location()).contains("error");
    WebSession.signIn(port, net.usernames.get(Role.SITE_LEAD), "a new long passphrase " + net.suffix);
  }

  @Test
  void aCoordinatorResetsAForgottenPasswordWhichIsShownOnceAndAudited() {
    String forgetful = net.usernames.get(Role.RESEARCHER);
    String shown;
    try (BrowserContext ctx = browser.newContext()) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.locator(".nhsuk-header__account-link").click();
      named(page, AriaRole.LINK, "Accounts");
      assertThat(page.locator("h1").textContent()).isEqualTo("Accounts");
      assertAccessible(page);
      // Accounts come 25 to a page: the coordinator finds the person by their sign-in name first.
      page.getByLabel("Search by name or sign-in name").fill(forgetful);
      page.locator("main form[role=search] button[type=submit]").click();
      page.waitForURL(u -> u.contains("q="));
      assertThat(page.locator("main table").textContent()).contains(forgetful)
          .doesNotContain(net.usernames.get(Role.SITE_LEAD));
      named(page, AriaRole.BUTTON, "Reset password " + forgetful);
      assertThat(page.locator("h1").textContent()).isEqualTo("Password reset");
      shown = page.locator(".pz-token").textContent().strip();
      assertThat(shown).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
      assertThat(page.url()).doesNotContain(shown);
      assertAccessible(page);
    }
    WebSession.signIn(port, forgetful, shown);
    var trail = new Api(port).get("/api/v1/audit?action=PASSWORD_RESET&entityId=" + forgetful,
        net.token(Role.COORDINATOR)).json();
    assertThat(trail.get("total").asLong()).isEqualTo(1);
    assertThat(trail.get("items").get(0).get("actor").asString()).isEqualTo(net.usernames.get(Role.COORDINATOR));
  }
}
