package org.phasezero.spaces.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * it is there. Each attendee has two buttons side by side: their name (they spoke) and "Invited"
 * (the chair invited them to speak). After a tap the page says at once what was logged and how
 * many times that person has spoken.
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
  String show(@PathVariable long id, @RequestParam(required = false) Long recorded, Model model) {
    Meeting m = meetings.get(id);
    List<Contribution> entries = log.entries(id);
    model.addAttribute("meeting", m);
    model.addAttribute("mayEdit", meetings.mayEdit(m));
    model.addAttribute("total", entries.size());
    Map<Long, Long> counts = entries.stream().collect(Collectors.groupingBy(Contribution::personId, Collectors.counting()));
    model.addAttribute("counts", counts);
    // What the last tap did, said back at once: whose contribution, whether invited, and their count so far.
    entries.stream().filter(c -> recorded != null && c.id() == recorded).findFirst().ifPresent(c -> {
      model.addAttribute("recorded", c);
      model.addAttribute("recordedCount", counts.getOrDefault(c.personId(), 0L));
    });
    List<Contribution> latest = new java.util.ArrayList<>(entries.subList(Math.max(0, entries.size() - LATEST), entries.size()));
    java.util.Collections.reverse(latest);
    model.addAttribute("latest", latest);
    model.addAttribute("measures", measures.ofMeeting(id));
    return "meetings/log";
  }

  @PostMapping
  String tap(@PathVariable long id, @RequestParam long personId, @RequestParam(defaultValue = "false") boolean invited) {
    Contribution c = log.record(id, personId, invited);
    return "redirect:/meetings/" + id + "/log?recorded=" + c.id() + "#latest";
  }

  @PostMapping("/undo")
  String undo(@PathVariable long id) {
    log.undoLast(id);
    return "redirect:/meetings/" + id + "/log?undone#latest";
  }
}
