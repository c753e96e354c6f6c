package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.network.OrganisationForm;
import org.phasezero.network.OrganisationType;
import org.phasezero.network.Organisations;
import org.phasezero.network.Side;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.NetworkBrowserTest;
import org.phasezero.support.OnH2;

/**
 * Journey 8, phones: at 390 px wide every page fits (nothing makes the page scroll sideways; wide
 * tables scroll inside themselves) and shows the way back (breadcrumbs or the NHS back link),
 * and the pages that change most at that width pass axe.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutTest extends NetworkBrowserTest {

  /** The pages whose tables and menus change most on a phone; every page is checked with axe elsewhere too. */
  static final java.util.Set<String> CHECKED_WITH_AXE = java.util.Set.of("/organisations", "/people", "/partnerships",
      "/spaces", "/payments", "/payments/funding", "/audit", "/accounts", "/accessibility", "/privacy");

  @Test
  void everyPageFitsAPhoneAndShowsTheWayBack() {
    // A name with no place to break (as pasted web addresses and long compound names are) must wrap,
    // not widen the lists, the filter selects and the audit trail that show it.
    try (var system = SystemActor.enter("test fixture")) {
      OrganisationForm f = new OrganisationForm();
      f.setName("WandsworthAndMertonCommunityMentalHealthPartnershipForum" + net.suffix);
      f.setType(OrganisationType.COMMUNITY_GROUP);
      f.setSide(Side.COMMUNITY);
      context.getBean(Organisations.class).create(f);
    }
    List<String> paths = List.of("/organisations", "/organisations/" + net.ownOrg.id(), "/organisations/new",
        "/people", "/people/" + net.ownPerson, "/people/new", "/sites", "/ties", "/ties/" + net.ownTie,
        "/partnerships", "/partnerships/new", "/spaces", "/payments", "/payments/claims/new", "/payments/rates",
        "/payments/budgets", "/payments/funding", "/payments/totals", "/payments/export", "/audit", "/account",
        "/account/password", "/account/tokens", "/accounts", "/engagements", "/accessibility", "/privacy", "/no-such-page");
    List<String> problems = new ArrayList<>();
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      for (String path : paths) {
        page.navigate(url(path));
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        if (width > 390) {
          problems.add(path + " is " + width + " px wide");
        }
        if (page.locator(".nhsuk-breadcrumb, .nhsuk-back-link").count() == 0) {
          problems.add(path + " has no breadcrumbs or back link");
        }
        if (CHECKED_WITH_AXE.contains(path)) {
          assertAccessible(page);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** On a phone, where a list's rows stack, its sortable columns stay in view as "Sort by" links that sort. */
  @Test
  void listsSortOnAPhone() {
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/people"));
      com.microsoft.playwright.Locator roles = page.locator("thead th[aria-sort] a").filter(
          new com.microsoft.playwright.Locator.FilterOptions().setHasText("Roles"));
      assertThat(roles.isVisible()).isTrue();
      assertThat(page.locator("thead th[aria-sort]").first().evaluate("th => getComputedStyle(th, '::before').content"))
          .isEqualTo("\"Sort by: \"");
      // The other headers stay hidden (a screen reader still reads them), as the rows carry their own.
      assertThat(page.locator("thead th:not([aria-sort])").first().boundingBox().width).isLessThanOrEqualTo(1);
      roles.click();
      assertThat(page.url()).contains("sort=roles");
      assertAccessible(page);
    }
  }
}
