package org.phasezero.partnerships.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.partnerships.MemberForm;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.PartnershipDetailsForm;
import org.phasezero.partnerships.PartnershipForm;
import org.phasezero.partnerships.PartnershipMembers;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.partnerships.Phase;
import org.phasezero.partnerships.PhaseMove;
import org.phasezero.partnerships.PhaseMoveForm;
import org.phasezero.partnerships.Readiness;
import org.phasezero.partnerships.ReadinessAssessment;
import org.phasezero.partnerships.Timeline;
import org.phasezero.partnerships.TimelineEntry;
import org.phasezero.shared.Page;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/partnerships}: partnerships, their phase moves, members, readiness and timeline. */
@RestController
@RequestMapping("/api/v1/partnerships")
class PartnershipsApi {

  private final Partnerships partnerships;
  private final PartnershipMembers members;
  private final ReadinessAssessment readiness;
  private final Timeline timeline;

  PartnershipsApi(Partnerships partnerships, PartnershipMembers members, ReadinessAssessment readiness,
      Timeline timeline) {
    this.partnerships = partnerships;
    this.members = members;
    this.readiness = readiness;
    this.timeline = timeline;
  }

  @GetMapping
  Page<Partnership> list(@RequestParam(required = false) String q, @RequestParam(required = false) Phase phase,
      @RequestParam(defaultValue = "false") boolean includeVoided,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    return partnerships.search(q, phase, includeVoided, new Page.Request(page, size));
  }

  @GetMapping("/{id}")
  Partnership get(@PathVariable long id) {
    return partnerships.get(id);
  }

  @PostMapping
  ResponseEntity<Partnership> create(@Valid @RequestBody PartnershipForm form) {
    Partnership p = partnerships.create(form);
    return ResponseEntity.created(URI.create("/api/v1/partnerships/" + p.id())).body(p);
  }

  @PutMapping("/{id}")
  Partnership change(@PathVariable long id, @Valid @RequestBody PartnershipDetailsForm form) {
    return partnerships.changeDetails(id, form);
  }

  @GetMapping("/{id}/moves")
  List<PhaseMove> moves(@PathVariable long id) {
    return partnerships.moves(id);
  }

  @PostMapping("/{id}/moves")
  ResponseEntity<Partnership> move(@PathVariable long id, @Valid @RequestBody PhaseMoveForm form) {
    Partnership p = partnerships.moveTo(id, form);
    return ResponseEntity.created(URI.create("/api/v1/partnerships/" + id + "/moves")).body(p);
  }

  @PostMapping("/{id}/members")
  Partnership addMember(@PathVariable long id, @Valid @RequestBody MemberForm form) {
    return members.add(id, form);
  }

  @PostMapping("/{id}/members/{organisationId}/remove")
  Partnership removeMember(@PathVariable long id, @PathVariable long organisationId,
      @Valid @RequestBody VoidRequest request) {
    return members.remove(id, organisationId, request.getReason());
  }

  @GetMapping("/{id}/readiness")
  Readiness readiness(@PathVariable long id) {
    return readiness.assess(id);
  }

  @GetMapping("/{id}/timeline")
  List<TimelineEntry> timeline(@PathVariable long id) {
    return timeline.of(id);
  }

  @PostMapping("/{id}/void")
  Partnership voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return partnerships.voidRecord(id, request.getReason());
  }
}
