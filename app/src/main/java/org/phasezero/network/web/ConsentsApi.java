package org.phasezero.network.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.phasezero.network.Consent;
import org.phasezero.network.ConsentForm;
import org.phasezero.network.ConsentMethod;
import org.phasezero.network.ConsentPurpose;
import org.phasezero.network.Consents;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/consents}: consent records per person and purpose, and their withdrawal. */
@RestController
@RequestMapping("/api/v1/consents")
class ConsentsApi {

  private final Consents consents;

  ConsentsApi(Consents consents) {
    this.consents = consents;
  }

  record ConsentRequest(@NotNull Long personId, @NotNull ConsentPurpose purpose,
      @NotNull @PastOrPresent LocalDate givenOn, @NotNull ConsentMethod method, @Size(max = 1000) String notes) {}

  record Withdrawal(@PastOrPresent LocalDate withdrawnOn, @Size(max = 1000) String note) {}

  @GetMapping
  List<Consent> forPerson(@RequestParam long personId) {
    return consents.forPerson(personId);
  }

  @GetMapping("/{id}")
  Consent get(@PathVariable long id) {
    return consents.get(id);
  }

  @PostMapping
  ResponseEntity<Consent> record(@Valid @RequestBody ConsentRequest request) {
    ConsentForm f = new ConsentForm();
    f.setPurpose(request.purpose());
    f.setGivenOn(request.givenOn());
    f.setMethod(request.method());
    f.setNotes(request.notes());
    Consent c = consents.record(request.personId(), f);
    return ResponseEntity.created(URI.create("/api/v1/consents/" + c.id())).body(c);
  }

  @PostMapping("/{id}/withdraw")
  Consent withdraw(@PathVariable long id, @Valid @RequestBody(required = false) Withdrawal request) {
    return consents.withdraw(id, request == null ? null : request.withdrawnOn(), request == null ? null : request.note());
  }
}
