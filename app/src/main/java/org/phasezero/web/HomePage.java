package org.phasezero.web;

import java.util.Map;
import org.phasezero.network.Organisations;
import org.phasezero.network.People;
import org.phasezero.network.Side;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.audit.AuditTrail;
import org.phasezero.shared.SmallNumbers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home dashboard: organisations and people by side, and (for coordinators) recent activity
 * from the audit trail. Statutory partners see the same counts with small numbers suppressed.
 */
@Controller
class HomePage {

  private final Organisations organisations;
  private final People people;
  private final AuditTrail audit;
  private final SmallNumbers smallNumbers;

  HomePage(Organisations organisations, People people, AuditTrail audit, SmallNumbers smallNumbers) {
    this.organisations = organisations;
    this.people = people;
    this.audit = audit;
    this.smallNumbers = smallNumbers;
  }

  /** One side's counts as shown: null where a small number is withheld. */
  record SideCounts(Side side, String organisations, String people) {}

  @GetMapping("/")
  String home(Model model) {
    CurrentUser user = CurrentUser.require();
    Map<Side, Long> orgs = organisations.countBySide();
    Map<Side, Long> persons = people.countBySide();
    boolean suppress = user.seesAggregatesOnly();
    Map<Side, String> shownOrgs = suppress ? smallNumbers.suppress(orgs) : smallNumbers.show(orgs);
    Map<Side, String> shownPeople = suppress ? smallNumbers.suppress(persons) : smallNumbers.show(persons);
    model.addAttribute("sides", java.util.Arrays.stream(Side.values())
        .map(s -> new SideCounts(s, shownOrgs.get(s), shownPeople.get(s))).toList());
    model.addAttribute("threshold", smallNumbers.threshold());
    model.addAttribute("suppressed", suppress);
    if (user.isCoordinator()) {
      model.addAttribute("recent", audit.recent(10));
    }
    return "home";
  }
}
