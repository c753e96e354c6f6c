package org.phasezero.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.network.ContactPreference;
import org.phasezero.network.People;
import org.phasezero.network.PersonForm;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.Api;
import org.phasezero.support.BrowserTestSupport;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Choosing a person among hundreds on the claim form, on a phone (390 px wide): two people share
 * a name, only one of them attended the meeting, and the coordinator tells them apart by their
 * organisation and chooses the right one. Without JavaScript the picker is a search step that
 * keeps what was already typed into the form; with JavaScript the matches follow the typing and
 * can be chosen with the keyboard. Every page passes axe.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonPickerJourneysTest extends BrowserTestSupport {

  @Autowired
  ApplicationContext context;

  PaymentsFixture fx;
  long meeting;
  /** Namesakes: one in the own organisation, one in the other; only the second attended. */
  long ownNamesake;
  long otherNamesake;
  String name;

  @Override
  protected TestNetwork network() {
    return fx.net;
  }

  @BeforeAll
  void start() {
    fx = new PaymentsFixture(context);
    name = "Abena Ibrahim " + fx.net.suffix;
    try (var system = SystemActor.enter("test fixture")) {
      Rates rates = context.getBean(Rates.class);
      if (rates.validOn(Activity.MEETING, RateUnit.HOUR, LocalDate.of(2025, 4, 7)).isEmpty()) {
        RateForm rate = new RateForm();
        rate.setActivity(Activity.MEETING);
        rate.setUnit(RateUnit.HOUR);
        rate.setAmount(new BigDecimal("20.00"));
        rate.setValidFrom(LocalDate.of(2024, 1, 1));
        rate.setSource("NIHR payment guidance, March 2024");
        rates.create(rate);
      }
      People people = context.getBean(People.class);
      ownNamesake = people.create(person(fx.net.ownOrg.id())).id();
      otherNamesake = people.create(person(fx.net.otherOrg.id())).id();
    }
    meeting = fx.meeting(LocalDate.of(2025, 4, 7), otherNamesake);
    launchBrowser();
  }

  PersonForm person(long organisationId) {
    PersonForm f = new PersonForm();
    f.setDisplayName(name);
    f.setContactPreference(ContactPreference.NONE);
    f.setOrganisationId(organisationId);
    return f;
  }

  Browser.NewContextOptions phone(boolean javaScript) {
    return new Browser.NewContextOptions().setViewportSize(390, 844).setJavaScriptEnabled(javaScript);
  }

  /** The radio button of the namesake whose organisation is named in their description. */
  static Locator namesakeOf(Page page, String organisation) {
    return page.locator("#personId-matches .nhsuk-radios__item").filter(new Locator.FilterOptions().setHasText(organisation))
        .locator("input[type=radio]");
  }

  long claimFor(Page page) {
    String path = page.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
    assertThat(path).matches("/payments/claims/\\d+");
    return new Api(port).get("/api/v1" + path.substring("/payments".length()), fx.net.token(Role.COORDINATOR)).json()
        .get("personId").asLong();
  }

  @Test
  void withoutJavaScriptTheCoordinatorSearchesThenChoosesTheNamesakeWhoAttended() {
    try (BrowserContext ctx = browser.newContext(phone(false))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/payments/claims/new?meetingId=" + meeting));
      assertAccessibleWithoutJavaScript(page);
      page.getByLabel("How many hours, sessions or days").fill("2");
      page.getByLabel("Search for a person").fill("ibrahim abena " + fx.net.suffix);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();

      assertThat(page.locator("#personId-count").textContent()).contains("2 people match");
      assertThat(page.getByLabel("How many hours, sessions or days").inputValue())
          .as("the search step keeps what was typed").isEqualTo("2");
      assertThat(page.locator(".nhsuk-error-summary").count()).as("a search step is not a failed save").isZero();
      assertThat(page.locator("#personId-matches").textContent()).contains(fx.net.ownOrg.name(), fx.net.otherOrg.name());
      assertAccessibleWithoutJavaScript(page);

      namesakeOf(page, fx.net.otherOrg.name()).check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the claim").setExact(true)).click();
      assertThat(page.locator("main").textContent()).contains(name, "Submitted");
      assertThat(claimFor(page)).isEqualTo(otherNamesake);
      assertAccessibleWithoutJavaScript(page);
    }
  }

  @Test
  void withoutJavaScriptARisksOwnerIsFoundAmongNamesakesToo() {
    try (BrowserContext ctx = browser.newContext(phone(false))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/risks/new"));
      page.getByLabel("Risk", new Page.GetByLabelOptions().setExact(true)).fill("One broker holds every link");
      page.getByLabel("Category").selectOption("KEY_PERSON_DEPENDENCY");
      page.getByLabel("Likelihood (1 to 5)").fill("4");
      page.getByLabel("Impact (1 to 5)").fill("5");
      page.getByLabel("Search for a person").fill("ibrahim abena " + fx.net.suffix);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
      assertThat(page.locator("#ownerPersonId-count").textContent()).contains("2 people match");
      assertThat(page.getByLabel("Likelihood (1 to 5)").inputValue()).isEqualTo("4");
      assertAccessibleWithoutJavaScript(page);
      page.locator("#ownerPersonId-matches .nhsuk-radios__item")
          .filter(new Locator.FilterOptions().setHasText(fx.net.ownOrg.name())).locator("input[type=radio]").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the risk").setExact(true)).click();
      String path = page.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
      assertThat(path).matches("/risks/\\d+");
      assertThat(new Api(port).get("/api/v1" + path, fx.net.token(Role.COORDINATOR)).json().get("ownerPersonId")
          .asLong()).isEqualTo(ownNamesake);
    }
  }

  @Test
  void withoutJavaScriptThePeopleAtAnEngagementArePickedOneSearchAtATime() {
    try (BrowserContext ctx = browser.newContext(phone(false))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/engagements/new?partnershipId=" + fx.partnership.id()));
      page.locator("#heldOn").fill("7");
      page.locator("#heldOn-month").fill("4");
      page.locator("#heldOn-year").fill("2025");
      page.getByLabel("Community", new Page.GetByLabelOptions().setExact(true)).check();
      page.getByLabel("Purpose of the conversation").fill("Meeting the temple trustees");
      page.getByLabel("Search for a person").fill("ibrahim abena " + fx.net.suffix);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
      page.waitForLoadState();
      assertThat(page.locator("#personIds-count").textContent()).contains("2 people match");
      assertThat(page.locator(".nhsuk-error-summary").count()).as("a search step is not a failed save").isZero();
      assertAccessibleWithoutJavaScript(page);
      page.locator("#personIds-matches .nhsuk-checkboxes__item")
          .filter(new Locator.FilterOptions().setHasText(fx.net.otherOrg.name())).locator("input[type=checkbox]").check();
      // The next search keeps the first person ticked and offers the second.
      page.getByLabel("Search for a person").fill("Ada Own " + fx.net.suffix);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
      page.waitForLoadState();
      assertThat(page.locator("#personIds-picker input[type=checkbox]:checked").count()).isEqualTo(1);
      assertThat(page.getByLabel("Purpose of the conversation").inputValue()).isEqualTo("Meeting the temple trustees");
      page.locator("#personIds-matches input[type=checkbox]").first().check();
      assertAccessibleWithoutJavaScript(page);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the engagement").setExact(true)).click();
      String path = page.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
      assertThat(path).matches("/engagements/\\d+");
      assertThat(new Api(port).get("/api/v1" + path, fx.net.token(Role.COORDINATOR)).json().get("personIds").toString())
          .contains(String.valueOf(otherNamesake)).contains(String.valueOf(fx.net.ownPerson))
          .doesNotContain(String.valueOf(ownNamesake));
    }
  }

  @Test
  void theTypeAheadOfASeveralPeoplePickerOffersCheckboxesAndLeavesOutThoseChosen() {
    var session = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.COORDINATOR),
        TestNetwork.PASSWORD);
    String found = session.get("/people/choose?field=personIds&many=true&chosenMany=" + ownNamesake
        + "&personIds-find=" + java.net.URLEncoder.encode("ibrahim abena " + fx.net.suffix,
        java.nio.charset.StandardCharsets.UTF_8)).body();
    assertThat(found).contains("type=\"checkbox\"").contains("value=\"" + otherNamesake + "\"")
        .doesNotContain("value=\"" + ownNamesake + "\"").doesNotContain("type=\"radio\"");
  }

  @Test
  void withoutJavaScriptAResourcesGiverIsFoundAmongNamesakes() {
    try (BrowserContext ctx = browser.newContext(phone(false))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/resources/new?partnershipId=" + fx.partnership.id()));
      page.getByLabel("Search for a person").fill("ibrahim abena " + fx.net.suffix);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
      page.waitForLoadState();
      assertThat(page.locator("#giverPersonId-count").textContent()).contains("2 people match");
      assertThat(page.locator("#giverPersonId-matches").textContent()).contains(fx.net.ownOrg.name(), fx.net.otherOrg.name());
      assertAccessibleWithoutJavaScript(page);
    }
  }

  @Test
  void withJavaScriptTheMatchesFollowTheTypingAndAreChosenWithTheKeyboard() {
    fx.meeting(LocalDate.of(2025, 4, 8), otherNamesake);
    long second = fx.meeting(LocalDate.of(2025, 4, 9), otherNamesake);
    try (BrowserContext ctx = browser.newContext(phone(true))) {
      Page page = signIn(ctx, Role.COORDINATOR);
      page.navigate(url("/payments/claims/new?meetingId=" + second));
      Locator search = page.getByLabel("Search for a person");
      search.pressSequentially("abena ibr " + fx.net.suffix.substring(0, 4));
      Locator count = page.locator("#personId-count");
      page.waitForCondition(() -> count.textContent().contains("2 people match"));
      assertThat(count.getAttribute("role")).as("the count is announced as it changes").isEqualTo("status");
      assertThat(page.locator("#personId-matches input[type=radio]").count()).isEqualTo(2);
      assertAccessible(page);

      // Keyboard only: from the search box, past its button, into the matches; arrows move between them.
      search.focus();
      page.keyboard().press("Tab");
      page.keyboard().press("Tab");
      page.keyboard().press("Space");
      Locator wanted = namesakeOf(page, fx.net.otherOrg.name());
      if (!wanted.isChecked()) {
        page.keyboard().press("ArrowDown");
      }
      assertThat(wanted.isChecked()).isTrue();
      assertThat(namesakeOf(page, fx.net.ownOrg.name()).isChecked()).isFalse();

      page.getByLabel("How many hours, sessions or days").fill("1.5");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the claim").setExact(true)).click();
      assertThat(page.locator("main").textContent()).contains(name, "Submitted");
      assertThat(claimFor(page)).isEqualTo(otherNamesake);
    }
  }
}
