package org.phasezero.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Accounts;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * The audit trail is filtered as it reads: who by the name people know them by (or their sign-in
 * name), the action chosen from the actions in words; each row names who did it as a person.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditFiltersTest {

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
  void whoIsFoundByTheirNameAndTheActionIsChosenInWords() {
    String username = "grace-" + net.suffix;
    String name = "Grace Hopper " + net.suffix;
    SystemActor.run("test fixture", () -> context.getBean(Accounts.class).create(username, name, Role.SITE_LEAD,
        net.ownOrg.id(), TestNetwork.PASSWORD));
    WebSession.signIn(port, username, TestNetwork.PASSWORD).get("/?lang=bn");

    WebSession coordinator = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD);
    String byName = coordinator.get("/audit?actor=" + name.replace(" ", "+")).body();
    assertThat(byName).contains("chose to read PhaseZero in Bengali (bn)", name);
    assertThat(coordinator.get("/audit?actor=" + username).body()).contains("chose to read PhaseZero in Bengali (bn)");
    assertThat(coordinator.get("/audit?actor=" + name.replace(" ", "+") + "&action=UPDATE").body())
        .contains("chose to read PhaseZero in Bengali (bn)", "<option value=\"UPDATE\" selected=\"selected\">Changed</option>");
    assertThat(coordinator.get("/audit?actor=" + name.replace(" ", "+") + "&action=EXPORT").body())
        .doesNotContain("chose to read PhaseZero");
  }
}
