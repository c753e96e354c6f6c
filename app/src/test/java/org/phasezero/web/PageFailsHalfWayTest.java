package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page whose template fails after writing more than the response buffer answers with the error
 * page (500, the header and navigation kept), never a 200 cut off half way: pages are rendered into
 * a buffer before anything is sent. Its own context (a page no other test should see).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
    "spring.datasource.url=jdbc:h2:mem:phasezero-fails-half-way;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import(PageFailsHalfWayTest.FailingPage.class)
class PageFailsHalfWayTest {

  @Controller
  static class FailingPage {
    @GetMapping("/test/fails-half-way")
    String page() {
      return "test/fails-half-way";
    }
  }

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  @Test
  void aPageThatFailsHalfWayAnswersWithTheErrorPage() {
    TestNetwork net;
    try (var system = SystemActor.enter("test fixture")) {
      net = new TestNetwork(context);
    }
    WebSession web = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD,
        java.util.Map.of("Accept", "text/html"));
    WebSession.Page page = web.get("/test/fails-half-way");
    assertThat(page.status()).isEqualTo(500);
    assertThat(page.body()).doesNotContain("Row 1<").contains("nhsuk-header__navigation", "<title>");
  }
}
