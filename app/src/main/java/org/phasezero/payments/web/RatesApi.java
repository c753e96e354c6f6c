package org.phasezero.payments.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.payments.Rate;
import org.phasezero.payments.RateForm;
import org.phasezero.payments.Rates;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/rates}: the rate card. */
@RestController
@RequestMapping("/api/v1/rates")
class RatesApi {

  private final Rates rates;

  RatesApi(Rates rates) {
    this.rates = rates;
  }

  @GetMapping
  List<Rate> list(@RequestParam(defaultValue = "false") boolean includeVoided) {
    return rates.all(includeVoided);
  }

  @GetMapping("/{id}")
  Rate get(@PathVariable long id) {
    return rates.get(id);
  }

  @PostMapping
  ResponseEntity<Rate> create(@Valid @RequestBody RateForm form) {
    Rate r = rates.create(form);
    return ResponseEntity.created(URI.create("/api/v1/rates/" + r.id())).body(r);
  }

  @PostMapping("/{id}/void")
  Rate voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return rates.voidRecord(id, request.getReason());
  }
}
