package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phasezero.security.Role;
import org.phasezero.spaces.SpacesFixture;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The participant-facing pages in Urdu, on a phone (390 px) and a desktop: the page is laid out
 * right to left and nothing scrolls sideways; the back link and the breadcrumbs start on the right
 * and their chevrons point the way the page is read; the date input runs day, month, year from the
 * right; summary lists start on the right; and axe finds nothing wrong.
 */
@OnH2
class RightToLeftPagesTest extends BrowserTestSupport {

  @Autowired
  ApplicationContext context;

  SpacesFixture fx;

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @BeforeAll
  void start() {
    fx = new SpacesFixture(context);
    launchBrowser();
  }

  List<String> participantPages() {
    return List.of("/meetings/" + fx.ownMeeting + "/log",
        "/payments/statements/" + fx.net.ownPerson + "?from=2025-03-01&to=2025-03-31");
  }

  @Test
  void urduPagesReadRightToLeftOnAPhone() {
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/?lang=ur"));
      for (String path : participantPages()) {
        page.navigate(url(path));
        assertThat(page.locator("html").getAttribute("dir")).as(path).isEqualTo("rtl");
        assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo("ur");
        assertThat(scrollWidth(page)).as(path + " scrolls sideways").isLessThanOrEqualTo(390);
        assertThat(box(page, ".nhsuk-header__service-name").x).as("the service name starts on the right")
            .isGreaterThan(390 / 2.0 - box(page, ".nhsuk-header__service-name").width);
        assertAccessible(page);
      }

      page.navigate(url(participantPages().get(0)));
      BoundingBox back = box(page, ".nhsuk-back-link__link");
      assertThat(back.x + back.width).as("the back link sits on the right").isGreaterThan(390 - 40);
      assertThat(chevronPointsRight(page, ".nhsuk-back-link")).as("'back' points right, the way the page is read from").isTrue();
      assertThat(page.locator("h1").textContent()).isEqualTo("بات چیت میں حصہ داری");

      page.navigate(url(participantPages().get(1)));
      assertThat(box(page, "#from").x).as("day is right of month").isGreaterThan(box(page, "#from-month").x);
      assertThat(box(page, "#from-month").x).as("month is right of year").isGreaterThan(box(page, "#from-year").x);
      assertThat(page.locator(".nhsuk-summary-list__key").first().evaluate("e => getComputedStyle(e).textAlign"))
          .isEqualTo("right");
      assertThat(page.locator("#statement-total").textContent()).isEqualTo("£0.00");
      page.navigate(url("/?lang=en"));
    }
  }

  @Test
  void urduBreadcrumbsOnADesktopStartOnTheRight() {
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768))) {
      Page page = ctx.newPage();
      page.navigate(url("/login?lang=ur"));
      assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
      assertThat(scrollWidth(page)).isLessThanOrEqualTo(1024);
      assertAccessible(page);
      page.navigate(url("/login?lang=en"));
      page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/organisations/" + fx.net.ownOrg.id() + "?lang=ur"));
      Locator crumbs = page.locator(".nhsuk-breadcrumb__list-item");
      assertThat(crumbs.count()).as("a page with a trail of breadcrumbs").isGreaterThanOrEqualTo(2);
      BoundingBox first = crumbs.nth(0).boundingBox();
      BoundingBox second = crumbs.nth(1).boundingBox();
      assertThat(first.x).as("the first breadcrumb is on the right").isGreaterThan(1024 / 2.0);
      assertThat(second.x + second.width).as("the next one follows to its left").isLessThanOrEqualTo(first.x + 1);
      assertThat(chevronPointsRight(page, ".nhsuk-breadcrumb__list-item:nth-child(2)"))
          .as("the chevron between them points left, onward in Urdu").isFalse();
      assertThat(scrollWidth(page)).isLessThanOrEqualTo(1024);
      assertAccessible(page);
      page.navigate(url("/?lang=en"));
    }
  }

  @Test
  void aPersonNotSignedInChoosesUrduFromTheSwitcherWithoutJavaScript() {
    try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
        .setJavaScriptEnabled(false))) {
      Page page = ctx.newPage();
      page.navigate(url("/login"));
      page.locator(".pz-languages a[hreflang=ur]").click();
      page.waitForURL(url("/login?lang=ur"));
      assertThat(page.locator("h1").textContent()).isEqualTo("سائن اِن کریں");
      assertThat(page.locator(".pz-languages [aria-current=true]").textContent()).isEqualTo("اردو");
      assertThat(scrollWidth(page)).isLessThanOrEqualTo(390);
      page.navigate(url("/login"));
      assertThat(page.locator("html").getAttribute("dir")).as("remembered by the browser").isEqualTo("rtl");
    }
  }

  static int scrollWidth(Page page) {
    return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
  }

  static BoundingBox box(Page page, String selector) {
    Locator l = page.locator(selector).first();
    return l.boundingBox();
  }

  /**
   * Whether the element's ::before chevron points right: the NHS.UK chevron is a corner turned by
   * its transform, pointing right when turned by 45° (the cosine in the matrix is positive) and
   * left when turned by 225°.
   */
  static boolean chevronPointsRight(Page page, String selector) {
    String transform = (String) page.locator(selector).first()
        .evaluate("e => getComputedStyle(e, '::before').transform");
    String[] m = transform.replaceAll("^matrix\\(|\\)$", "").split(",\\s*");
    return Double.parseDouble(m[0]) > 0;
  }
}
