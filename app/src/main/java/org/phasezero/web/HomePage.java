package org.phasezero.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.phasezero.network.Organisations;
import org.phasezero.network.People;
import org.phasezero.network.Side;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.audit.AuditTrail;
import org.phasezero.shared.SmallNumbers;
import org.phasezero.shared.TodayTasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what needs the signed-in user today, from every capability's {@link TodayTasks}
 * (each decides what its lists hold for the user's role), then the network at a glance
 * (organisations and people by side; small numbers suppressed for statutory partners) and, for
 * coordinators, recent activity from the audit trail.
 */
@Controller
class HomePage {

  private final Organisations organisations;
  private final People people;
  private final AuditTrail audit;
  private final SmallNumbers smallNumbers;
  private final List<TodayTasks> today;
  private final Clock clock;

  HomePage(Organisations organisations, People people, AuditTrail audit, SmallNumbers smallNumbers,
      List<TodayTasks> today, Clock clock) {
    this.today = today;
    this.clock = clock;
    this.organisations = organisations;
    this.people = people;
    this.audit = audit;
    this.smallNumbers = smallNumbers;
  }

  /** One side's counts as shown: null where a small number is withheld. */
  record SideCounts(Side side, String organisations, String people) {}

  /**
   * The value section's own address, as typed or cut back from a longer one: its first page for the
   * role (partners, who see published figures only, start at the evidence packs).
   */
  @GetMapping("/value")
  String value() {
    return "redirect:" + (CurrentUser.require().seesAggregatesOnly() ? "/value/packs" : "/value/accounts");
  }

  @GetMapping("/")
  String home(Model model) {
    CurrentUser user = CurrentUser.require();
    LocalDate day = LocalDate.now(clock);
    model.addAttribute("tasks", today.stream().flatMap(t -> t.today(day).stream())
        .sorted(Comparator.comparingInt(TodayTasks.TaskList::order)).toList());
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
