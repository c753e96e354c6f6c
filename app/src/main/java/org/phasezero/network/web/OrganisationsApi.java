package org.phasezero.network.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.phasezero.network.Organisation;
import org.phasezero.network.OrganisationForm;
import org.phasezero.network.OrganisationType;
import org.phasezero.network.Organisations;
import org.phasezero.network.Side;
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

/** {@code /api/v1/organisations}: the organisations of the network. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationsApi {

  private final Organisations organisations;

  OrganisationsApi(Organisations organisations) {
    this.organisations = organisations;
  }

  @GetMapping
  Page<Organisation> list(@RequestParam(required = false) String q, @RequestParam(required = false) Side side,
      @RequestParam(required = false) OrganisationType type,
      @RequestParam(defaultValue = "false") boolean includeVoided,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    return organisations.search(new Organisations.Query(q, side, type, includeVoided), new Page.Request(page, size));
  }

  @GetMapping("/{id}")
  Organisation get(@PathVariable long id) {
    return organisations.get(id);
  }

  @PostMapping
  ResponseEntity<Organisation> create(@Valid @RequestBody OrganisationForm form) {
    Organisation o = organisations.create(form);
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + o.id())).body(o);
  }

  @PutMapping("/{id}")
  Organisation update(@PathVariable long id, @Valid @RequestBody OrganisationForm form) {
    return organisations.update(id, form);
  }

  @PostMapping("/{id}/void")
  Organisation voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return organisations.voidRecord(id, request.getReason());
  }
}
