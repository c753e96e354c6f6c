package org.phasezero.demo;

import java.util.List;
import org.phasezero.network.Organisation;
import org.phasezero.network.Organisations;
import org.phasezero.security.Accounts;
import org.phasezero.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo sign-ins. They exist only in demo mode; their password is set afresh at each start. */
@Component
public class DemoAccounts {

  public record Login(String username, Role role, String description) {}

  public static final List<Login> LOGINS = List.of(
      new Login("coordinator", Role.COORDINATOR, "network hub coordinator: sees everything"),
      new Login("sitelead", Role.SITE_LEAD, "lead of " + DemoNetwork.SITE_LEAD_ORGANISATION + ": its people only"),
      new Login("partner", Role.STATUTORY_PARTNER, "statutory partner: aggregates only"),
      new Login("researcher", Role.RESEARCHER, "researcher: pseudonymised, consented people only"),
      new Login("evaluator", Role.RESEARCHER, "second researcher on the forum evaluation"),
      new Login("peer", Role.PEER_RESEARCHER, "peer researcher: the forum evaluation only"));

  private final Accounts accounts;
  private final Organisations organisations;

  DemoAccounts(Accounts accounts, Organisations organisations) {
    this.accounts = accounts;
    this.organisations = organisations;
  }

  @Transactional
  public void ensure(String password) {
    Long siteLeadOrg = organisations.choices().stream()
        .filter(o -> o.name().equals(DemoNetwork.SITE_LEAD_ORGANISATION)).map(Organisation::id).findFirst()
        .orElse(null);
    for (Login login : LOGINS) {
      if (accounts.find(login.username()).isPresent()) {
        accounts.setPassword(login.username(), password);
      } else {
        Long org = login.role() == Role.SITE_LEAD ? siteLeadOrg : null;
        accounts.create(login.username(), displayName(login.username()), login.role(), org, password);
      }
    }
  }

  private static String displayName(String username) {
    return switch (username) {
      case "coordinator" -> "Grace Adeyemi (coordinator)";
      case "sitelead" -> "Pastor Daniel Mensah (site lead)";
      case "partner" -> "Helen Ward (commissioner)";
      case "evaluator" -> "Dr Kemi Adebayo (researcher)";
      case "peer" -> "Yvonne Bailey (peer researcher)";
      default -> "Dr Priya Nair (researcher)";
    };
  }
}
