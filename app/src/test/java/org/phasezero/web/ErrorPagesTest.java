package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Role;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Error pages are no dead ends: whether the address does not exist, the record is hidden or the
 * role may not use it, the page keeps the header with the person's name, the navigation and a
 * real title, and says what happened in plain words.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  TestNetwork net;

  @BeforeAll
  void setUp() {
    net = new TestNetwork(context);
  }

  @Test
  void errorPagesKeepTheHeaderTheNavigationAndARealTitle() {
    // As a browser asks: for HTML.
    WebSession siteLead = WebSession.signIn(port, net.usernames.get(Role.SITE_LEAD), TestNetwork.PASSWORD,
        java.util.Map.of("Accept", "text/html,application/xhtml+xml"));
    for (String path : new String[] {"/no-such-page", "/people/" + net.otherPerson, "/audit", "/people/not-a-number"}) {
      var page = siteLead.get(path);
      assertThat(page.status()).as(path).isIn(403, 404);
      assertThat(page.body()).as(path)
          .contains("nhsuk-header__navigation", "site-lead", "Partnerships")
          .doesNotContain("Whitelabel", "<title>Error</title>", "Exception");
      assertThat(page.body().replaceAll("(?s).*<title>(.*?)</title>.*", "$1")).as(path)
          .matches("(Page not found|You cannot see this page|Sorry.*|.*not.*) – .*");
    }
  }

  /** Letters where a search or form needs a number, or a value not among its choices: 400, saying which. */
  @Test
  void aValueTheAddressCannotReadIsABadRequestThatSaysWhich() {
    WebSession coordinator = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD,
        java.util.Map.of("Accept", "text/html,application/xhtml+xml"));
    var page = coordinator.get("/people?page=abc");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("‘abc’ is not a number (page)", "nhsuk-header__navigation");
    var role = coordinator.get("/people?role=WIZARD");
    assertThat(role.status()).isEqualTo(400);
    assertThat(role.body()).contains("‘WIZARD’ is not one of the choices here (role)");
    // A record's id in the path that is not a number is a page that does not exist.
    assertThat(coordinator.get("/people/abc").status()).isEqualTo(404);
  }
}
