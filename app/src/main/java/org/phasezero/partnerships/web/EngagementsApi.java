package org.phasezero.partnerships.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.phasezero.partnerships.Engagement;
import org.phasezero.partnerships.EngagementForm;
import org.phasezero.partnerships.Engagements;
import org.phasezero.shared.Page;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/engagements}: phase-zero conversations. */
@RestController
@RequestMapping("/api/v1/engagements")
class EngagementsApi {

  private final Engagements engagements;

  EngagementsApi(Engagements engagements) {
    this.engagements = engagements;
  }

  @GetMapping
  Page<Engagement> list(@RequestParam(required = false) Long partnershipId,
      @RequestParam(defaultValue = "false") boolean includeVoided,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    return engagements.search(partnershipId, includeVoided, new Page.Request(page, size));
  }

  @GetMapping("/{id}")
  Engagement get(@PathVariable long id) {
    return engagements.get(id);
  }

  @PostMapping
  ResponseEntity<Engagement> create(@Valid @RequestBody EngagementForm form) {
    Engagement e = engagements.create(form);
    return ResponseEntity.created(URI.create("/api/v1/engagements/" + e.id())).body(e);
  }

  @PostMapping("/{id}/void")
  Engagement voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return engagements.voidRecord(id, request.getReason());
  }
}
