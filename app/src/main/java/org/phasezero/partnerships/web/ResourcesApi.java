package org.phasezero.partnerships.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.phasezero.partnerships.ResourceContribution;
import org.phasezero.partnerships.ResourceForm;
import org.phasezero.partnerships.ResourceSummary;
import org.phasezero.partnerships.Resources;
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

/** {@code /api/v1/resources}: resource contributions and their summaries. */
@RestController
@RequestMapping("/api/v1/resources")
class ResourcesApi {

  private final Resources resources;

  ResourcesApi(Resources resources) {
    this.resources = resources;
  }

  @GetMapping
  Page<ResourceContribution> list(@RequestParam(required = false) Long partnershipId,
      @RequestParam(defaultValue = "false") boolean includeVoided,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    return resources.search(partnershipId, includeVoided, new Page.Request(page, size));
  }

  /** Totals by kind, by the giver's side and by quarter, of one partnership or of all the user sees. */
  @GetMapping("/summary")
  ResourceSummary summary(@RequestParam(required = false) Long partnershipId) {
    return resources.summary(partnershipId);
  }

  @GetMapping("/{id}")
  ResourceContribution get(@PathVariable long id) {
    return resources.get(id);
  }

  @PostMapping
  ResponseEntity<ResourceContribution> create(@Valid @RequestBody ResourceForm form) {
    ResourceContribution r = resources.create(form);
    return ResponseEntity.created(URI.create("/api/v1/resources/" + r.id())).body(r);
  }

  @PostMapping("/{id}/void")
  ResourceContribution voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return resources.voidRecord(id, request.getReason());
  }
}
