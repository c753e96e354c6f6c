package org.phasezero.spaces.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.phasezero.network.Side;
import org.phasezero.network.Sites;
import org.phasezero.partnerships.LadderStep;
import org.phasezero.shared.Choice;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.Page;
import org.phasezero.spaces.ActionForm;
import org.phasezero.spaces.Actions;
import org.phasezero.spaces.AgreedHow;
import org.phasezero.spaces.DecisionForm;
import org.phasezero.spaces.Decisions;
import org.phasezero.spaces.Meeting;
import org.phasezero.spaces.MeetingForm;
import org.phasezero.spaces.Meetings;
import org.phasezero.spaces.MemberForm;
import org.phasezero.spaces.ParticipationMeasures;
import org.phasezero.spaces.SharedSpace;
import org.phasezero.spaces.SharedSpaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for a meeting: planning it, its attendance, decisions and actions, and its measures. */
@Controller
@RequestMapping("/meetings")
class MeetingPages {

  private final Meetings meetings;
  private final SharedSpaces spaces;
  private final Decisions decisions;
  private final Actions actions;
  private final ParticipationMeasures measures;
  private final Sites sites;
  private final Clock clock;
  private final org.phasezero.network.PersonPicker picker;

  MeetingPages(Meetings meetings, SharedSpaces spaces, Decisions decisions, Actions actions,
      ParticipationMeasures measures, Sites sites, Clock clock,
      org.phasezero.network.PersonPicker picker) {
    this.picker = picker;
    this.meetings = meetings;
    this.spaces = spaces;
    this.decisions = decisions;
    this.actions = actions;
    this.measures = measures;
    this.sites = sites;
    this.clock = clock;
  }

  @GetMapping("/new")
  String createForm(@RequestParam long spaceId, Model model) {
    SharedSpace space = spaces.get(spaceId);
    if (!spaces.mayEdit(space)) {
      throw new org.phasezero.shared.Forbidden("You can see this space but not plan its meetings.");
    }
    MeetingForm form = new MeetingForm();
    form.setSpaceId(spaceId);
    form.setDate(LocalDate.now(clock));
    model.addAttribute("form", form);
    return form(model, space);
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model) {
    return FormErrors.submit(result, () -> "redirect:/meetings/" + meetings.create(form).id() + "?added",
        () -> form(model, form.getSpaceId() == null ? null : spaces.get(form.getSpaceId())));
  }

  /** The form to change a meeting already planned. */
  String form(Model model, Meeting meeting) {
    model.addAttribute("meeting", meeting);
    return form(model, spaces.get(meeting.spaceId()));
  }

  /** The form for one space; without one (a post that lost it) the person chooses among those they may plan for. */
  private String form(Model model, SharedSpace space) {
    model.addAttribute("space", space);
    if (space == null) {
      model.addAttribute("spaceChoices", spaces.search(null).stream().filter(spaces::mayEdit)
          .map(s -> new Choice(s.id(), s.name())).toList());
    }
    model.addAttribute("steps", LadderStep.values());
    model.addAttribute("siteChoices", sites.search(null, null, false, new Page.Request(0, Page.MAX_SIZE)).items()
        .stream().map(s -> new Choice(s.id(), s.name())).toList());
    return "meetings/form";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Meeting m = meetings.get(id);
    if (!model.containsAttribute("registerTicked")) {
      model.addAttribute("registerTicked", m.attendees().stream().map(Meeting.Attendee::personId)
          .collect(java.util.stream.Collectors.toSet()));
    }
    return showMeeting(m, model);
  }

  private String showMeeting(Meeting m, Model model) {
    long id = m.id();
    model.addAttribute("meeting", m);
    model.addAttribute("mayEdit", meetings.mayEdit(m));
    model.addAttribute("held", !m.date().isAfter(LocalDate.now(clock)));
    model.addAttribute("decisions", decisions.ofMeeting(id));
    model.addAttribute("actions", actions.ofMeeting(id));
    model.addAttribute("measures", measures.ofMeeting(id));
    model.addAttribute("sides", Side.values());
    model.addAttribute("agreedHows", AgreedHow.values());
    addIfAbsent(model, "attendForm", MemberForm::new);
    addIfAbsent(model, "decisionForm", DecisionForm::new);
    addIfAbsent(model, "actionForm", ActionForm::new);
    // The register lists the space's members and anyone else already recorded; "someone else came" offers the rest.
    SharedSpace space = spaces.get(m.spaceId());
    List<Choice> register = new java.util.ArrayList<>(space.members().stream()
        .map(x -> new Choice(x.personId(), x.name())).toList());
    m.attendees().stream().filter(a -> register.stream().noneMatch(c -> c.id() == a.personId()))
        .forEach(a -> register.add(new Choice(a.personId(), a.name())));
    model.addAttribute("registerChoices", register);
    // Someone else who came is found with the person picker (anyone the user may refer to).
    MemberForm attend = (MemberForm) model.getAttribute("attendForm");
    model.addAttribute("picks", picker.onThisRequest().field("personId", attend.getPersonId()));
    model.addAttribute("attendeeChoices", m.attendees().stream().map(a -> new Choice(a.personId(), a.name())).toList());
    return "meetings/show";
  }

  @PostMapping("/{id}/attendance")
  String attend(@PathVariable long id, @Valid @ModelAttribute("attendForm") MemberForm form, BindingResult result,
      Model model) {
    if (org.phasezero.network.PersonPicker.searching()) {
      return org.phasezero.network.PersonPicker.searchStep(model, result, () -> show(id, model));
    }
    return attempt(id, result, model, "#attendance", () -> meetings.recordAttendance(id, form.getPersonId()));
  }

  @PostMapping("/{id}/decisions")
  String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
      Model model) {
    return attempt(id, result, model, "#decisions", () -> decisions.create(id, form));
  }

  @PostMapping("/{id}/actions")
  String agree(@PathVariable long id, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result,
      Model model) {
    return attempt(id, result, model, "#actions", () -> actions.create(id, form));
  }

  /** Marks an action done today; the API takes any date. */
  @PostMapping("/{id}/actions/{actionId}/done")
  String done(@PathVariable long id, @PathVariable long actionId) {
    actions.complete(id, actionId, LocalDate.now(clock));
    return "redirect:/meetings/" + id + "?saved#actions";
  }

  private String attempt(long id, BindingResult result, Model model, String anchor, Supplier<?> change) {
    return FormErrors.submit(result, () -> {
      change.get();
      return "redirect:/meetings/" + id + "?saved" + anchor;
    }, () -> show(id, model));
  }

  private static void addIfAbsent(Model model, String name, Supplier<Object> form) {
    if (!model.containsAttribute(name)) {
      model.addAttribute(name, form.get());
    }
  }
}
