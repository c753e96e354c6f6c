package org.phasezero.payments.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.payments.Funding;
import org.phasezero.payments.FundingForm;
import org.phasezero.payments.FundingIndependence;
import org.phasezero.payments.FundingRecords;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/funding}: funding records and the funding-independence figure per partnership. */
@RestController
@RequestMapping("/api/v1/funding")
class FundingApi {

  private final FundingRecords funding;

  FundingApi(FundingRecords funding) {
    this.funding = funding;
  }

  @GetMapping
  List<Funding> list(@RequestParam(required = false) Long partnershipId) {
    return funding.list(partnershipId);
  }

  @GetMapping("/independence")
  List<FundingIndependence> independence() {
    return funding.independence();
  }

  @GetMapping("/{id}")
  Funding get(@PathVariable long id) {
    return funding.get(id);
  }

  @PostMapping
  ResponseEntity<Funding> create(@Valid @RequestBody FundingForm form) {
    Funding f = funding.create(form);
    return ResponseEntity.created(URI.create("/api/v1/funding/" + f.id())).body(f);
  }

  @PostMapping("/{id}/void")
  Funding voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return funding.voidRecord(id, request.getReason());
  }
}
