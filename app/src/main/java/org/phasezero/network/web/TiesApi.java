package org.phasezero.network.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.phasezero.network.Tie;
import org.phasezero.network.TieForm;
import org.phasezero.network.TieKind;
import org.phasezero.network.Ties;
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

/** {@code /api/v1/ties}: bonding, bridging and linking ties. */
@RestController
@RequestMapping("/api/v1/ties")
class TiesApi {

  private final Ties ties;

  TiesApi(Ties ties) {
    this.ties = ties;
  }

  @GetMapping
  Page<Tie> list(@RequestParam(required = false) TieKind kind, @RequestParam(required = false) Long personId,
      @RequestParam(defaultValue = "false") boolean includeVoided,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    return ties.search(kind, personId, includeVoided, new Page.Request(page, size));
  }

  @GetMapping("/{id}")
  Tie get(@PathVariable long id) {
    return ties.get(id);
  }

  @PostMapping
  ResponseEntity<Tie> create(@Valid @RequestBody TieForm form) {
    Tie t = ties.create(form);
    return ResponseEntity.created(URI.create("/api/v1/ties/" + t.id())).body(t);
  }

  @PutMapping("/{id}")
  Tie update(@PathVariable long id, @Valid @RequestBody TieForm form) {
    return ties.update(id, form);
  }

  @PostMapping("/{id}/void")
  Tie voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return ties.voidRecord(id, request.getReason());
  }
}
