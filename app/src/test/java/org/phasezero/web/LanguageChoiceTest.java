package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Accounts;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Choosing the language: {@code ?lang=} on any page, kept in a cookie for someone not signed in and
 * on the account for someone who is (so it follows them to another browser); the page says its
 * language and direction; dates on a statement are written in the language with Western digits
 * and money keeps the pound sign.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageChoiceTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  @Value("${phasezero.privacy.small-number-threshold}")
  int threshold;

  TestNetwork net;

  @BeforeAll
  void setUp() {
    net = new TestNetwork(context);
  }

  @Test
  void theSignInPageCanBeReadInUrduBeforeSigningInAndTheBrowserRemembersIt() {
    WebSession visitor = WebSession.anonymous(port);
    WebSession.Page urdu = visitor.get("/login?lang=ur");
    assertThat(urdu.body()).contains("<html lang=\"ur\"", "dir=\"rtl\"", "/css/rtl.css",
        "<h1>سائن اِن کریں</h1>", "<label class=\"nhsuk-label\" for=\"username\">یوزر نیم</label>");
    assertThat(urdu.cookies()).anySatisfy(c -> assertThat(c).startsWith("pz-lang=ur;").contains("HttpOnly", "SameSite=Lax"));

    WebSession.Page again = visitor.get("/login");
    assertThat(again.body()).contains("<html lang=\"ur\"", "dir=\"rtl\"");
    assertThat(visitor.get("/login?lang=en").body()).contains("<html lang=\"en\"", "dir=\"ltr\"", "<h1>Sign in</h1>")
        .doesNotContain("/css/rtl.css");
  }

  /** The accessibility statement is open before signing in, linked from the footer, and read in Urdu right to left. */
  @Test
  void theAccessibilityStatementIsOpenToEveryoneInTheirLanguage() {
    WebSession visitor = WebSession.anonymous(port);
    assertThat(visitor.get("/login").body()).contains("href=\"/accessibility\"");
    var english = visitor.get("/accessibility");
    assertThat(english.status()).isEqualTo(200);
    assertThat(english.body()).contains("<h1>Accessibility statement</h1>", "WCAG", "English only");
    var urdu = visitor.get("/accessibility?lang=ur");
    assertThat(urdu.status()).isEqualTo(200);
    assertThat(urdu.body()).contains("dir=\"rtl\"", "رسائی کا بیان").doesNotContain("Accessibility statement");
  }

  /**
   * The privacy notice is open before signing in, linked from the footer, says who sees what with
   * the small-number threshold in force, and is read in Bengali and in Urdu right to left.
   */
  @Test
  void thePrivacyNoticeIsOpenToEveryoneInTheirLanguage() {
    WebSession visitor = WebSession.anonymous(port);
    assertThat(visitor.get("/login").body()).contains("href=\"/privacy\"");
    var english = visitor.get("/privacy");
    assertThat(english.status()).isEqualTo(200);
    assertThat(english.body()).contains("<h1>Privacy notice</h1>", "never a number under " + threshold,
        "Information Commissioner&#39;s Office");
    var urdu = visitor.get("/privacy?lang=ur");
    assertThat(urdu.body()).contains("dir=\"rtl\"", "رازداری کا نوٹس", threshold + " سے کم").doesNotContain("Privacy notice");
    var bengali = visitor.get("/privacy?lang=bn");
    assertThat(bengali.body()).contains("<html lang=\"bn\"", "গোপনীয়তা বিজ্ঞপ্তি").doesNotContain("Privacy notice");
  }

  @Test
  void aLanguageThatIsNotOfferedChangesNothing() {
    WebSession visitor = WebSession.anonymous(port);
    for (String lang : new String[] {"fr", "xx-not-a-language", "%3Cscript%3E", ""}) {
      WebSession.Page page = visitor.get("/login?lang=" + lang);
      assertThat(page.status()).as(lang).isEqualTo(200);
      assertThat(page.body()).as(lang).contains("<html lang=\"en\"", "<h1>Sign in</h1>");
      assertThat(page.cookies()).as(lang).noneMatch(c -> c.startsWith("pz-lang="));
    }
  }

  @Test
  void aSignedInPersonsChoiceIsKeptOnTheirAccountAndAudited() {
    String username = net.usernames.get(Role.SITE_LEAD);
    WebSession phone = WebSession.signIn(port, username, TestNetwork.PASSWORD);
    assertThat(phone.get("/").body()).contains("<html lang=\"en\"");

    WebSession.Page bengali = phone.get("/?lang=bn");
    assertThat(bengali.body()).contains("<html lang=\"bn\"", "dir=\"ltr\"", "সাইন আউট করুন");
    assertThat(context.getBean(Accounts.class).language(username)).contains("bn");
    assertThat(JdbcClient.create(context.getBean(javax.sql.DataSource.class))
        .sql("select count(*) from audit_event where entity_type = 'account' and entity_id = ? and after_state like '%bn%'")
        .param(username).query(Long.class).single()).isEqualTo(1);

    // Another browser, with no cookie: the account remembers.
    WebSession laptop = WebSession.signIn(port, username, TestNetwork.PASSWORD);
    assertThat(laptop.get("/").body()).contains("<html lang=\"bn\"");
    laptop.get("/?lang=en");
    assertThat(context.getBean(Accounts.class).language(username)).contains("en");
  }

  @Test
  void aScriptWithAnAccessTokenDoesNotChangeTheAccountsLanguage() {
    String username = net.usernames.get(Role.RESEARCHER);
    new Api(port).get("/api/v1/organisations?lang=ur", net.token(Role.RESEARCHER));
    assertThat(context.getBean(Accounts.class).language(username)).isEmpty();
  }

  @Test
  void theSwitcherLinksToThisPageInEachLanguageKeepingItsOtherParameters() {
    WebSession coordinator = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD);
    String body = coordinator.get("/organisations?page=1").body();
    assertThat(body).contains("<nav class=\"pz-languages\" aria-label=\"Language\">",
        "<strong aria-current=\"true\" lang=\"en\">English</strong>",
        "href=\"/organisations?page=1&amp;lang=ur\" lang=\"ur\" hreflang=\"ur\">اردو</a>",
        "href=\"/organisations?page=1&amp;lang=bn\" lang=\"bn\" hreflang=\"bn\">বাংলা</a>");
  }

  @Test
  void statementDatesAreWrittenInTheLanguageWithWesternDigitsAndMoneyInPounds() {
    WebSession coordinator = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD);
    String path = "/payments/statements/" + net.ownPerson + "?from=2025-03-01&to=2025-03-31&lang=";
    String urdu = coordinator.get(path + "ur").body();
    assertThat(urdu).contains("1 مارچ 2025", "31 مارچ 2025", "£0.00", "ادائیگی کا گوشوارہ");
    String bengali = coordinator.get(path + "bn").body();
    assertThat(bengali).contains("1 মার্চ 2025", "31 মার্চ 2025", "£0.00", "পেমেন্টের বিবরণী");
    // No Bengali (০-৯), Arabic-Indic or Extended Arabic-Indic digits anywhere on either page.
    assertThat(urdu + bengali).doesNotContainPattern("[\\u09E6-\\u09EF\\u0660-\\u0669\\u06F0-\\u06F9]");
    coordinator.get("/?lang=en");
  }
}
