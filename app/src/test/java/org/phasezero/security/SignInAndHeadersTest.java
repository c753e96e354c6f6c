package org.phasezero.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in throttling, CSRF protection, security headers and the audit of sign-ins. */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInAndHeadersTest {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  TestNetwork net;

  @BeforeAll
  void setUp() {
    net = new TestNetwork(context);
  }

  WebSession.Page attempt(String username, String password) {
    WebSession anonymous = WebSession.anonymous(port);
    return anonymous.post("/login", "/login", Map.of("username", username, "password", password));
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
    String user = net.usernames.get(Role.RESEARCHER);
    for (int i = 0; i < 4; i++) {
      assertThat(attempt(user, "wrong-password-" + i).location()).endsWith("/login?error=invalid");
    }
    assertThat(attempt(user, "wrong-password-5").location()).as("the fifth failure locks").endsWith("/login?error=locked");
    assertThat(attempt(user, TestNetwork.PASSWORD).location()).endsWith("/login?error=locked");
    assertThat(db.sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and actor = ?")
        .param(user).query(Long.class).single()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void aSuccessfulSignInIsAudited() {
    String user = net.usernames.get(Role.PEER_RESEARCHER);
    WebSession.signIn(port, user, TestNetwork.PASSWORD);
    assertThat(db.sql("select count(*) from audit_event where action = 'SIGN_IN' and actor = ?")
        .param(user).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
    WebSession session = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD);
    assertThat(session.get("/organisations/new").status()).isEqualTo(200);
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/organisations/new"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("name=Forged&type=VCSE&side=COMMUNITY")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isIn(302, 403);
    assertThat(db.sql("select count(*) from organisation where name = 'Forged'").query(Long.class).single()).isZero();
  }

  @Test
  void pagesCarryStrictSecurityHeaders() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
    var h = r.headers();
    assertThat(h.firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'", "script-src 'self'",
        "frame-ancestors 'none'").doesNotContain("unsafe-inline");
    assertThat(h.firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(h.firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(h.allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));
  }

  @Test
  void anonymousVisitorsAreSentToSignIn() {
    WebSession.Page page = WebSession.anonymous(port).get("/people");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).endsWith("/login");
  }
}
