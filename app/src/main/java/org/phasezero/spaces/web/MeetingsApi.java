package org.phasezero.spaces.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.phasezero.shared.VoidRequest;
import org.phasezero.spaces.ActionForm;
import org.phasezero.spaces.ActionItem;
import org.phasezero.spaces.Actions;
import org.phasezero.spaces.Contribution;
import org.phasezero.spaces.ContributionForm;
import org.phasezero.spaces.ContributionLog;
import org.phasezero.spaces.Decision;
import org.phasezero.spaces.DecisionForm;
import org.phasezero.spaces.Decisions;
import org.phasezero.spaces.Meeting;
import org.phasezero.spaces.MeetingForm;
import org.phasezero.spaces.MeetingMeasures;
import org.phasezero.spaces.Meetings;
import org.phasezero.spaces.MemberForm;
import org.phasezero.spaces.ParticipationMeasures;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/meetings}: meetings with their attendance, contribution log, decisions, actions and measures. */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingsApi {

  private final Meetings meetings;
  private final ContributionLog log;
  private final Decisions decisions;
  private final Actions actions;
  private final ParticipationMeasures measures;

  MeetingsApi(Meetings meetings, ContributionLog log, Decisions decisions, Actions actions,
      ParticipationMeasures measures) {
    this.meetings = meetings;
    this.log = log;
    this.decisions = decisions;
    this.actions = actions;
    this.measures = measures;
  }

  /** The live meetings of one space, newest first. */
  @GetMapping
  List<Meeting> list(@RequestParam long spaceId) {
    return meetings.ofSpace(spaceId);
  }

  @GetMapping("/{id}")
  Meeting get(@PathVariable long id) {
    return meetings.get(id);
  }

  @PostMapping
  ResponseEntity<Meeting> create(@Valid @RequestBody MeetingForm form) {
    Meeting m = meetings.create(form);
    return ResponseEntity.created(URI.create("/api/v1/meetings/" + m.id())).body(m);
  }

  @PutMapping("/{id}")
  Meeting update(@PathVariable long id, @Valid @RequestBody MeetingForm form) {
    return meetings.update(id, form);
  }

  @PostMapping("/{id}/void")
  Meeting voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return meetings.voidRecord(id, request.getReason());
  }

  @GetMapping("/{id}/attendance")
  List<Meeting.Attendee> attendance(@PathVariable long id) {
    return meetings.get(id).attendees();
  }

  @PostMapping("/{id}/attendance")
  ResponseEntity<List<Meeting.Attendee>> attend(@PathVariable long id, @Valid @RequestBody MemberForm form) {
    return ResponseEntity.status(201).body(meetings.recordAttendance(id, form.getPersonId()).attendees());
  }

  @PostMapping("/{id}/attendance/{personId}/void")
  List<Meeting.Attendee> withdraw(@PathVariable long id, @PathVariable long personId,
      @Valid @RequestBody VoidRequest request) {
    return meetings.withdrawAttendance(id, personId, request.getReason()).attendees();
  }

  @GetMapping("/{id}/contributions")
  List<Contribution> contributions(@PathVariable long id) {
    return log.entries(id);
  }

  @PostMapping("/{id}/contributions")
  ResponseEntity<Contribution> contribute(@PathVariable long id, @Valid @RequestBody ContributionForm form) {
    return ResponseEntity.status(201).body(log.record(id, form.getPersonId(), form.isInvited()));
  }

  /** Undoes the latest entry of the log (voided with the reason "undone"). */
  @PostMapping("/{id}/contributions/undo")
  Contribution undo(@PathVariable long id) {
    return log.undoLast(id);
  }

  @GetMapping("/{id}/decisions")
  List<Decision> decisions(@PathVariable long id) {
    return decisions.ofMeeting(id);
  }

  @PostMapping("/{id}/decisions")
  ResponseEntity<Decision> decide(@PathVariable long id, @Valid @RequestBody DecisionForm form) {
    return ResponseEntity.status(201).body(decisions.create(id, form));
  }

  @PostMapping("/{id}/decisions/{decisionId}/void")
  Decision voidDecision(@PathVariable long id, @PathVariable long decisionId, @Valid @RequestBody VoidRequest request) {
    return decisions.voidRecord(id, decisionId, request.getReason());
  }

  @GetMapping("/{id}/actions")
  List<ActionItem> actions(@PathVariable long id) {
    return actions.ofMeeting(id);
  }

  @PostMapping("/{id}/actions")
  ResponseEntity<ActionItem> agree(@PathVariable long id, @Valid @RequestBody ActionForm form) {
    return ResponseEntity.status(201).body(actions.create(id, form));
  }

  /** Body: {@code {"doneOn": "2026-05-01"}}. */
  @PostMapping("/{id}/actions/{actionId}/done")
  ActionItem done(@PathVariable long id, @PathVariable long actionId, @RequestBody DoneRequest request) {
    return actions.complete(id, actionId, request.doneOn());
  }

  @PostMapping("/{id}/actions/{actionId}/void")
  ActionItem voidAction(@PathVariable long id, @PathVariable long actionId, @Valid @RequestBody VoidRequest request) {
    return actions.voidRecord(id, actionId, request.getReason());
  }

  /** Participation measures of the meeting: aggregates, open to every role that may see the partnership. */
  @GetMapping("/{id}/measures")
  MeetingMeasures measures(@PathVariable long id) {
    return measures.ofMeeting(id);
  }

  record DoneRequest(LocalDate doneOn) {}
}
