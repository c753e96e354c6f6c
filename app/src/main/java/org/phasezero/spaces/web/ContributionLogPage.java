package org.phasezero.spaces.web;

import java.util.List;
import org.phasezero.spaces.Contribution;
import org.phasezero.spaces.ContributionLog;
import org.phasezero.spaces.Meeting;
import org.phasezero.spaces.Meetings;
import org.phasezero.spaces.ParticipationMeasures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contribution log a note-taker keeps on a phone during a meeting: the attendees as big
 * buttons, one tap per contribution. Each tap is a small form that posts and comes back to the log
 * (anchored at the latest entry), so it works without JavaScript; htmx swaps only the panel when
 * it is there. "Invited by the chair" is a mode carried in the address: switched on for the next
 * tap, it switches itself off after it, because an invitation is to one person to speak once.
 */
@Controller
@RequestMapping("/meetings/{id}/log")
class ContributionLogPage {

  /** How many of the latest entries the phone shows (the whole log is on the API). */
  static final int LATEST = 8;

  private final Meetings meetings;
  private final ContributionLog log;
  private final ParticipationMeasures measures;

  ContributionLogPage(Meetings meetings, ContributionLog log, ParticipationMeasures measures) {
    this.meetings = meetings;
    this.log = log;
    this.measures = measures;
  }

  @GetMapping
  String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean invited, Model model) {
    Meeting m = meetings.get(id);
    List<Contribution> entries = log.entries(id);
    model.addAttribute("meeting", m);
    model.addAttribute("invited", invited);
    model.addAttribute("mayEdit", meetings.mayEdit(m));
    model.addAttribute("total", entries.size());
    List<Contribution> latest = new java.util.ArrayList<>(entries.subList(Math.max(0, entries.size() - LATEST), entries.size()));
    java.util.Collections.reverse(latest);
    model.addAttribute("latest", latest);
    model.addAttribute("measures", measures.ofMeeting(id));
    return "meetings/log";
  }

  @PostMapping
  String tap(@PathVariable long id, @RequestParam long personId, @RequestParam(defaultValue = "false") boolean invited) {
    log.record(id, personId, invited);
    return "redirect:/meetings/" + id + "/log#latest";
  }

  @PostMapping("/undo")
  String undo(@PathVariable long id) {
    log.undoLast(id);
    return "redirect:/meetings/" + id + "/log?undone#latest";
  }
}
