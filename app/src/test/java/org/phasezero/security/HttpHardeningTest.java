package org.phasezero.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.support.Api;
import org.phasezero.support.OnH2;
import org.phasezero.support.RawHttp;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * HTTP-level hardening: forwarded headers from a TLS-terminating proxy, redirects that never echo
 * the Host header, 401 (not 403) for every unauthenticated API call, problem details for 405, and
 * no HTTP session for anonymous visitors or token-authenticated API calls.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpHardeningTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  TestNetwork net;
  Api api;

  @BeforeAll
  void setUp() {
    net = new TestNetwork(context);
    api = new Api(port);
  }

  WebSession.Page signIn(Map<String, String> headers) {
    WebSession s = WebSession.anonymous(port, headers);
    return s.post("/login", "/login", Map.of("username", net.usernames.get(Role.RESEARCHER),
        "password", TestNetwork.PASSWORD));
  }

  static List<String> sessionCookies(List<String> setCookies) {
    return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
  }

  // 11. Behind a TLS-terminating proxy

  @Test
  void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
    WebSession.Page signedIn = signIn(Map.of("X-Forwarded-Proto", "https"));
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location()).doesNotContain("error");
    assertThat(sessionCookies(signedIn.cookies())).isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure"));
    assertThat(signedIn.headers().firstValue("Strict-Transport-Security").orElse(""))
        .contains("max-age=31536000").contains("includeSubDomains");
  }

  @Test
  void overPlainHttpTheCookieIsNotSecureAndNoHstsIsSent() {
    WebSession.Page signedIn = signIn(Map.of());
    assertThat(signedIn.location()).doesNotContain("error");
    assertThat(sessionCookies(signedIn.cookies())).isNotEmpty().noneSatisfy(c -> assertThat(c).contains("Secure"));
    assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  // 15a. Redirects never echo the Host header

  @Test
  void redirectsDoNotEchoAForgedHostHeader() {
    RawHttp evil = new RawHttp(port, "evil.example");
    var toSignIn = evil.get("/people");
    assertThat(toSignIn.status()).isEqualTo(302);
    assertThat(toSignIn.location()).isEqualTo("/login");

    var signedIn = evil.post("/login", "/login", Map.of("username", net.usernames.get(Role.COORDINATOR),
        "password", TestNetwork.PASSWORD));
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location()).doesNotContain("evil.example").startsWith("/").doesNotContain("error");

    var added = evil.post("/organisations/new", "/organisations/new", Map.of("name", "Host test " + net.suffix,
        "type", "VCSE", "side", "COMMUNITY"));
    assertThat(added.status()).isEqualTo(302);
    assertThat(added.location()).doesNotContain("evil.example").startsWith("/organisations/");

    var signedOut = evil.post("/", "/logout", Map.of());
    assertThat(signedOut.location()).isEqualTo("/login?signedout");
  }

  // 15b. Unauthenticated API calls answer 401 whatever the method

  @Test
  void unauthenticatedApiWritesAnswer401ProblemDetails() {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      var r = api.send(method, "/api/v1/organisations", null, "{}");
      assertThat(r.status()).as(method).isEqualTo(401);
      assertThat(r.contentType()).as(method).startsWith("application/problem+json");
    }
    assertThat(api.get("/api/v1/organisations", null).status()).isEqualTo(401);
  }

  @Test
  void anApiWriteWithAnAnonymousSessionAndNoCsrfTokenAlsoAnswers401() {
    WebSession anonymous = WebSession.anonymous(port);
    anonymous.get("/login");
    var r = anonymous.sendJson("POST", "/login", "/api/v1/organisations",
        Api.json(Map.of("name", "Anonymous " + net.suffix, "type", "VCSE", "side", "COMMUNITY")));
    assertThat(r.status()).isEqualTo(401);
  }

  // 15c. 405 is a problem too

  @Test
  void methodNotAllowedOnTheApiIsAProblem() {
    var r = api.send("DELETE", "/api/v1/organisations", net.token(Role.COORDINATOR), null);
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("status").asInt()).isEqualTo(405);
    assertThat(r.detail()).contains("DELETE");
    assertThat(r.headers().firstValue("Allow").orElse("")).contains("GET").contains("POST");
  }

  @Test
  void anUnknownApiAddressIsAProblem() {
    var r = api.get("/api/v1/no-such-thing", net.token(Role.COORDINATOR));
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  // 15d. No session for anonymous visitors or for token-authenticated calls

  @Test
  void anonymousPageRequestsDoNotCreateASession() {
    for (String path : List.of("/", "/people", "/organisations/1", "/no-such-page")) {
      WebSession.Page p = WebSession.anonymous(port).get(path);
      assertThat(p.status()).as(path).isEqualTo(302);
      assertThat(sessionCookies(p.cookies())).as(path).isEmpty();
    }
  }

  @Test
  void aDeepLinkStillLeadsBackAfterSigningIn() {
    WebSession browser = WebSession.anonymous(port);
    assertThat(browser.get("/organisations?q=alpha").location()).isEqualTo("/login");
    WebSession.Page signedIn = browser.post("/login", "/login", Map.of("username",
        net.usernames.get(Role.COORDINATOR), "password", TestNetwork.PASSWORD));
    assertThat(signedIn.location()).isEqualTo("/organisations?q=alpha");
    assertThat(browser.get("/organisations?q=alpha").status()).isEqualTo(200);
    assertThat(browser.get("/").status()).as("the saved address is used once").isEqualTo(200);
  }

  @Test
  void tokenAuthenticatedApiCallsDoNotCreateASession() {
    String token = net.token(Role.COORDINATOR);
    var read = api.get("/api/v1/organisations", token);
    var created = api.post("/api/v1/organisations", token,
        Api.json(Map.of("name", "Session-free " + net.suffix, "type", "VCSE", "side", "COMMUNITY")));
    var forbidden = api.get("/api/v1/people", net.token(Role.STATUTORY_PARTNER));
    var missing = api.get("/api/v1/organisations/999999999", token);
    var anonymous = api.post("/api/v1/organisations", null, "{}");
    assertThat(List.of(read.status(), created.status(), forbidden.status(), missing.status(), anonymous.status()))
        .containsExactly(200, 201, 403, 404, 401);
    for (var r : List.of(read, created, forbidden, missing, anonymous)) {
      assertThat(sessionCookies(r.headers().allValues("Set-Cookie"))).isEmpty();
    }
  }
}
