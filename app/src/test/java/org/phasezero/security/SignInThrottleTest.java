package org.phasezero.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Sign-in throttling by client address and by account. Each test signs in from its own client
 * addresses (sent as {@code X-Forwarded-For} from loopback, a trusted proxy address), so that the
 * tests sharing this server do not use up one another's budget.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInThrottleTest {

  private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(1);
  private static final Pattern ERROR_SUMMARY = Pattern.compile(
      "<ul class=\"nhsuk-list nhsuk-error-summary__list\">(.*?)</ul>", Pattern.DOTALL);

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  TestNetwork net;

  @BeforeAll
  void setUp() {
    net = new TestNetwork(context);
  }

  /** A client address of its own (TEST-NET-3, and a block per test class run). */
  static String newClient() {
    int n = NEXT_CLIENT.getAndIncrement();
    return "203.0." + (113 + n / 250) + "." + (n % 250 + 1);
  }

  WebSession.Page attempt(String client, String username, String password) {
    return WebSession.anonymous(port, Map.of("X-Forwarded-For", client))
        .post("/login", "/login", Map.of("username", username, "password", password));
  }

  static boolean signedIn(WebSession.Page p) {
    return p.status() == 302 && !p.location().contains("error");
  }

  @Test
  void aSuccessfulSignInClearsTheFailuresBeforeIt() {
    String client = newClient();
    String user = net.usernames.get(Role.RESEARCHER);
    for (int i = 0; i < 4; i++) {
      assertThat(attempt(client, user, "wrong-" + i).location()).endsWith("/login?error=invalid");
    }
    assertThat(signedIn(attempt(client, user, TestNetwork.PASSWORD))).isTrue();
    for (int i = 0; i < 4; i++) {
      assertThat(attempt(client, user, "wrong-again-" + i).location())
          .as("failure %d after a success", i + 1).endsWith("/login?error=invalid");
    }
    assertThat(signedIn(attempt(client, user, TestNetwork.PASSWORD))).isTrue();
  }

  @Test
  void oneClientCannotLockAnotherOutOfAnAccount() {
    String attacker = newClient();
    String owner = newClient();
    String user = net.usernames.get(Role.PEER_RESEARCHER);
    for (int i = 0; i < 6; i++) {
      attempt(attacker, user, "guess-" + i);
    }
    assertThat(attempt(attacker, user, TestNetwork.PASSWORD).location())
        .as("the guessing client is locked out of the account").endsWith("/login?error=locked");
    assertThat(signedIn(attempt(owner, user, TestNetwork.PASSWORD)))
        .as("the owner, from another address, still signs in").isTrue();
  }

  @Test
  void sprayingManyUsernamesFromOneClientIsThrottled() {
    String sprayer = newClient();
    String user = net.usernames.get(Role.STATUTORY_PARTNER);
    for (int i = 0; i < 20; i++) {
      attempt(sprayer, "nobody-" + i + "-" + net.suffix, "Password1");
    }
    assertThat(attempt(sprayer, user, TestNetwork.PASSWORD).location())
        .as("even a right password is refused from a client that has sprayed").endsWith("/login?error=locked");
    assertThat(signedIn(attempt(newClient(), user, TestNetwork.PASSWORD))).isTrue();
  }

  @Test
  void manyClientsFailingOnOneAccountLockItForEveryone() {
    String user = net.usernames.get(Role.COORDINATOR);
    for (int c = 0; c < 5; c++) {
      String client = newClient();
      for (int i = 0; i < 5; i++) {
        attempt(client, user, "distributed-" + c + "-" + i);
      }
    }
    assertThat(attempt(newClient(), user, TestNetwork.PASSWORD).location()).endsWith("/login?error=locked");
  }

  @Test
  void theMessagesDoNotRevealWhetherAnAccountExists() {
    String real = net.usernames.get(Role.SITE_LEAD);
    String unknown = "no-such-person-" + net.suffix;
    String clientA = newClient();
    String clientB = newClient();
    for (int i = 0; i < 4; i++) {
      assertThat(attempt(clientA, real, "wrong-" + i).location()).endsWith("/login?error=invalid");
      assertThat(attempt(clientB, unknown, "wrong-" + i).location()).endsWith("/login?error=invalid");
    }
    assertThat(attempt(clientA, real, "wrong-5").location()).endsWith("/login?error=locked");
    assertThat(attempt(clientB, unknown, "wrong-5").location()).endsWith("/login?error=locked");
    assertThat(attempt(clientA, real, TestNetwork.PASSWORD).location()).endsWith("/login?error=locked");
    assertThat(attempt(clientB, unknown, TestNetwork.PASSWORD).location()).endsWith("/login?error=locked");

    String locked = errorSummary("/login?error=locked");
    assertThat(locked).contains("Too many failed attempts. Wait 15 minutes and try again.");
    assertThat(errorSummary("/login?error=invalid")).doesNotContain("Too many");
  }

  String errorSummary(String path) {
    Matcher m = ERROR_SUMMARY.matcher(WebSession.anonymous(port).get(path).body());
    assertThat(m.find()).as("error summary on " + path).isTrue();
    return m.group(1);
  }
}
