package org.phasezero.spaces.web;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.MayEdit;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.phasezero.spaces.Actions;
import org.phasezero.spaces.Decisions;
import org.phasezero.spaces.Meeting;
import org.phasezero.spaces.MeetingForm;
import org.phasezero.spaces.Meetings;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Changing what is recorded about a meeting from its page: the attendance register as a checklist,
 * and every record on the meeting (the meeting itself, an attendance, a decision, an action)
 * changed or removed with a reason. Removals are voids: the record stays, marked, in the audit
 * trail. The address of each record answers a GET by going back to its place on the meeting page,
 * so a page reloaded after a failed form, or a back link, never ends on an error.
 */
@Controller
@RequestMapping("/meetings/{id}")
class MeetingRecordPages {

  private final Meetings meetings;
  private final Decisions decisions;
  private final Actions actions;
  private final MeetingPages meetingPage;

  MeetingRecordPages(Meetings meetings, Decisions decisions, Actions actions, MeetingPages meetingPage) {
    this.meetings = meetings;
    this.decisions = decisions;
    this.actions = actions;
    this.meetingPage = meetingPage;
  }

  /** Where a form on the meeting page posts; reloading that address comes back to the form's section. */
  @GetMapping({"/attendance", "/register", "/decisions", "/actions", "/attendance/{personId}", "/decisions/{recordId}",
      "/actions/{recordId}"})
  String backToTheMeeting(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request) {
    meetings.get(id);
    String path = request.getRequestURI();
    String section = path.contains("/decisions") ? "decisions" : path.contains("/actions") ? "actions" : "attendance";
    return "redirect:/meetings/" + id + "#" + section;
  }

  /**
   * The register: the ticked people are recorded as attending and anyone unticked who was recorded
   * is withdrawn, with the reason given (asked for only when someone is unticked).
   */
  @PostMapping("/register")
  @Transactional
  String register(@PathVariable long id, @RequestParam(name = "present", required = false) List<Long> present,
      @RequestParam(required = false) String reason, Model model) {
    Meeting m = editable(id);
    Set<Long> ticked = present == null ? Set.of() : new HashSet<>(present);
    List<Long> unticked = m.attendees().stream().map(Meeting.Attendee::personId).filter(p -> !ticked.contains(p)).toList();
    if (!unticked.isEmpty() && (reason == null || reason.isBlank())) {
      model.addAttribute("registerError", "register.reason.required");
      model.addAttribute("registerTicked", ticked);
      return meetingPage.show(id, model);
    }
    for (long person : ticked) {
      if (!m.attended(person)) {
        meetings.recordAttendance(id, person);
      }
    }
    for (long person : unticked) {
      meetings.withdrawAttendance(id, person, reason);
    }
    return "redirect:/meetings/" + id + "?saved#attendance";
  }

  @GetMapping("/edit")
  String editForm(@PathVariable long id, Model model) {
    Meeting m = editable(id);
    model.addAttribute("form", MeetingForm.of(m));
    return meetingPage.form(model, m);
  }

  @PostMapping("/edit")
  String edit(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model) {
    Meeting m = editable(id);
    return FormErrors.submit(result, () -> "redirect:/meetings/" + meetings.update(id, form).id() + "?saved",
        () -> meetingPage.form(model, m));
  }

  @GetMapping("/void")
  String voidForm(@PathVariable long id, Model model) {
    return VoidPage.show(model, editable(id).title(), "/meetings/" + id, new VoidRequest());
  }

  @PostMapping("/void")
  String voidMeeting(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    return VoidPage.submit(model, editable(id).title(), "/meetings/" + id, form, result,
        reason -> meetings.voidRecord(id, reason), "redirect:/meetings/" + id + "?voided");
  }

  @GetMapping("/attendance/{personId}/void")
  String removeAttendanceForm(@PathVariable long id, @PathVariable long personId, Model model) {
    return VoidPage.show(model, attendee(id, personId).name(), "/meetings/" + id + "/attendance/" + personId,
        new VoidRequest());
  }

  @PostMapping("/attendance/{personId}/void")
  String removeAttendance(@PathVariable long id, @PathVariable long personId,
      @Valid @ModelAttribute("form") VoidRequest form, BindingResult result, Model model) {
    return VoidPage.submit(model, attendee(id, personId).name(), "/meetings/" + id + "/attendance/" + personId, form,
        result, reason -> meetings.withdrawAttendance(id, personId, reason), "redirect:/meetings/" + id + "?saved#attendance");
  }

  @GetMapping("/decisions/{recordId}/void")
  String voidDecisionForm(@PathVariable long id, @PathVariable long recordId, Model model) {
    return VoidPage.show(model, decisionText(id, recordId), "/meetings/" + id + "/decisions/" + recordId,
        new VoidRequest());
  }

  @PostMapping("/decisions/{recordId}/void")
  String voidDecision(@PathVariable long id, @PathVariable long recordId,
      @Valid @ModelAttribute("form") VoidRequest form, BindingResult result, Model model) {
    return VoidPage.submit(model, decisionText(id, recordId), "/meetings/" + id + "/decisions/" + recordId, form, result,
        reason -> decisions.voidRecord(id, recordId, reason), "redirect:/meetings/" + id + "?saved#decisions");
  }

  @GetMapping("/actions/{recordId}/void")
  String voidActionForm(@PathVariable long id, @PathVariable long recordId, Model model) {
    return VoidPage.show(model, actionText(id, recordId), "/meetings/" + id + "/actions/" + recordId, new VoidRequest());
  }

  @PostMapping("/actions/{recordId}/void")
  String voidAction(@PathVariable long id, @PathVariable long recordId, @Valid @ModelAttribute("form") VoidRequest form,
      BindingResult result, Model model) {
    return VoidPage.submit(model, actionText(id, recordId), "/meetings/" + id + "/actions/" + recordId, form, result,
        reason -> actions.voidRecord(id, recordId, reason), "redirect:/meetings/" + id + "?saved#actions");
  }

  private Meeting editable(long id) {
    Meeting m = meetings.get(id);
    MayEdit.require(meetings.mayEdit(m));
    return m;
  }

  private Meeting.Attendee attendee(long id, long personId) {
    return editable(id).attendees().stream().filter(a -> a.personId() == personId).findFirst()
        .orElseThrow(() -> new NotFound("attendance of person", personId));
  }

  private String decisionText(long id, long recordId) {
    editable(id);
    return decisions.ofMeeting(id).stream().filter(d -> d.id() == recordId && !d.voided()).findFirst()
        .orElseThrow(() -> new NotFound("decision", recordId)).text();
  }

  private String actionText(long id, long recordId) {
    editable(id);
    return actions.ofMeeting(id).stream().filter(a -> a.id() == recordId && !a.voided()).findFirst()
        .orElseThrow(() -> new NotFound("action", recordId)).text();
  }

}
