package org.phasezero.partnerships.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.phasezero.partnerships.Risk;
import org.phasezero.partnerships.RiskCategory;
import org.phasezero.partnerships.RiskForm;
import org.phasezero.partnerships.Risks;
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

/** {@code /api/v1/risks}: the risk register of the network and its partnerships. */
@RestController
@RequestMapping("/api/v1/risks")
class RisksApi {

  private final Risks risks;

  RisksApi(Risks risks) {
    this.risks = risks;
  }

  @GetMapping
  Page<Risk> list(@RequestParam(required = false) Long partnershipId,
      @RequestParam(defaultValue = "false") boolean networkOnly, @RequestParam(required = false) RiskCategory category,
      @RequestParam(defaultValue = "false") boolean includeVoided,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    return risks.search(partnershipId, networkOnly, category, includeVoided, new Page.Request(page, size));
  }

  /** Risks computed from the records (key-person dependency from the social network), never stored. */
  @GetMapping("/computed")
  java.util.List<org.phasezero.partnerships.ComputedRisk> computed(@RequestParam(required = false) Long partnershipId) {
    return risks.computed(partnershipId);
  }

  @GetMapping("/{id}")
  Risk get(@PathVariable long id) {
    return risks.get(id);
  }

  @PostMapping
  ResponseEntity<Risk> create(@Valid @RequestBody RiskForm form) {
    Risk r = risks.create(form);
    return ResponseEntity.created(URI.create("/api/v1/risks/" + r.id())).body(r);
  }

  @PutMapping("/{id}")
  Risk update(@PathVariable long id, @Valid @RequestBody RiskForm form) {
    return risks.update(id, form);
  }

  @PostMapping("/{id}/void")
  Risk voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return risks.voidRecord(id, request.getReason());
  }
}
