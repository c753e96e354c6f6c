package org.phasezero.spaces.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.shared.VoidRequest;
import org.phasezero.spaces.MemberForm;
import org.phasezero.spaces.ParticipationMeasures;
import org.phasezero.spaces.ParticipationTrend;
import org.phasezero.spaces.SharedSpace;
import org.phasezero.spaces.SharedSpaces;
import org.phasezero.spaces.SpaceForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/spaces}: shared spaces, their members, and their participation over time. */
@RestController
@RequestMapping("/api/v1/spaces")
class SpacesApi {

  private final SharedSpaces spaces;
  private final ParticipationMeasures measures;

  SpacesApi(SharedSpaces spaces, ParticipationMeasures measures) {
    this.spaces = spaces;
    this.measures = measures;
  }

  @GetMapping
  List<SharedSpace> list(@RequestParam(required = false) Long partnershipId) {
    return spaces.search(partnershipId);
  }

  @GetMapping("/{id}")
  SharedSpace get(@PathVariable long id) {
    return spaces.get(id);
  }

  @PostMapping
  ResponseEntity<SharedSpace> create(@Valid @RequestBody SpaceForm form) {
    SharedSpace s = spaces.create(form);
    return ResponseEntity.created(URI.create("/api/v1/spaces/" + s.id())).body(s);
  }

  @PutMapping("/{id}")
  SharedSpace update(@PathVariable long id, @Valid @RequestBody SpaceForm form) {
    return spaces.update(id, form);
  }

  @PostMapping("/{id}/void")
  SharedSpace voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return spaces.voidRecord(id, request.getReason());
  }

  @PostMapping("/{id}/members")
  SharedSpace addMember(@PathVariable long id, @Valid @RequestBody MemberForm form) {
    return spaces.addMember(id, form.getPersonId(), form.getJoinedOn());
  }

  @PostMapping("/{id}/members/{memberId}/void")
  SharedSpace removeMember(@PathVariable long id, @PathVariable long memberId, @Valid @RequestBody VoidRequest request) {
    return spaces.removeMember(id, memberId, request.getReason());
  }

  /** Participation meeting by meeting: aggregates, open to every role that may see the partnership. */
  @GetMapping("/{id}/measures")
  ParticipationTrend trend(@PathVariable long id) {
    return measures.trend(id);
  }
}
