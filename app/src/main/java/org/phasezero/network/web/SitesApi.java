package org.phasezero.network.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.phasezero.network.Site;
import org.phasezero.network.SiteForm;
import org.phasezero.network.Sites;
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

/** {@code /api/v1/sites}: venues. */
@RestController
@RequestMapping("/api/v1/sites")
class SitesApi {

  private final Sites sites;

  SitesApi(Sites sites) {
    this.sites = sites;
  }

  @GetMapping
  Page<Site> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long organisationId,
      @RequestParam(defaultValue = "false") boolean includeVoided,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    return sites.search(q, organisationId, includeVoided, new Page.Request(page, size));
  }

  @GetMapping("/{id}")
  Site get(@PathVariable long id) {
    return sites.get(id);
  }

  @PostMapping
  ResponseEntity<Site> create(@Valid @RequestBody SiteForm form) {
    Site s = sites.create(form);
    return ResponseEntity.created(URI.create("/api/v1/sites/" + s.id())).body(s);
  }

  @PutMapping("/{id}")
  Site update(@PathVariable long id, @Valid @RequestBody SiteForm form) {
    return sites.update(id, form);
  }

  @PostMapping("/{id}/void")
  Site voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return sites.voidRecord(id, request.getReason());
  }
}
