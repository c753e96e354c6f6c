package org.phasezero.value.web.accounts;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.shared.VoidRequest;
import org.phasezero.value.AccountInputs;
import org.phasezero.value.OtherInput;
import org.phasezero.value.OtherInputForm;
import org.phasezero.value.SroiAccount;
import org.phasezero.value.SroiAccountForm;
import org.phasezero.value.SroiAccounts;
import org.phasezero.value.SroiFigures;
import org.phasezero.value.SroiOutcome;
import org.phasezero.value.SroiOutcomeForm;
import org.phasezero.value.SroiResults;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/sroi-accounts}: SROI accounts, their outcomes and hand-entered inputs, the inputs
 * read from the ledger, and the result ({@code totalInputs}, {@code presentValue},
 * {@code netPresentValue}, {@code ratio}, with sensitivity and Monte Carlo). Shares are entered as
 * percentages and returned as fractions, as the analysis library takes them.
 */
@RestController
@RequestMapping("/api/v1/sroi-accounts")
class SroiAccountsApi {

  private final SroiAccounts accounts;
  private final SroiResults results;

  SroiAccountsApi(SroiAccounts accounts, SroiResults results) {
    this.accounts = accounts;
    this.results = results;
  }

  @GetMapping
  List<SroiAccount> list(@RequestParam(required = false) Long partnershipId,
      @RequestParam(defaultValue = "false") boolean includeVoided) {
    return accounts.list(partnershipId, includeVoided);
  }

  @PostMapping
  ResponseEntity<SroiAccount> create(@Valid @RequestBody SroiAccountForm form) {
    SroiAccount a = accounts.create(form);
    return ResponseEntity.created(URI.create("/api/v1/sroi-accounts/" + a.id())).body(a);
  }

  @GetMapping("/{id}")
  SroiAccount get(@PathVariable long id) {
    return accounts.get(id);
  }

  @PutMapping("/{id}")
  SroiAccount update(@PathVariable long id, @Valid @RequestBody SroiAccountForm form) {
    return accounts.update(id, form);
  }

  @PostMapping("/{id}/void")
  SroiAccount voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return accounts.voidRecord(id, request.getReason());
  }

  @GetMapping("/{id}/result")
  SroiFigures result(@PathVariable long id) {
    return results.figures(id);
  }

  @GetMapping("/{id}/inputs")
  AccountInputs inputs(@PathVariable long id) {
    return results.inputs(accounts.get(id));
  }

  @PostMapping("/{id}/inputs")
  ResponseEntity<OtherInput> addInput(@PathVariable long id, @Valid @RequestBody OtherInputForm form) {
    OtherInput i = accounts.addInput(id, form);
    return ResponseEntity.created(URI.create("/api/v1/sroi-accounts/" + id + "/inputs/" + i.id())).body(i);
  }

  @DeleteMapping("/{id}/inputs/{inputId}")
  ResponseEntity<Void> removeInput(@PathVariable long id, @PathVariable long inputId) {
    accounts.removeInput(id, inputId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/outcomes")
  List<SroiOutcome> outcomes(@PathVariable long id) {
    return accounts.outcomes(id);
  }

  @PostMapping("/{id}/outcomes")
  ResponseEntity<SroiOutcome> addOutcome(@PathVariable long id, @Valid @RequestBody SroiOutcomeForm form) {
    SroiOutcome o = accounts.addOutcome(id, form);
    return ResponseEntity.created(URI.create("/api/v1/sroi-accounts/" + id + "/outcomes/" + o.id())).body(o);
  }

  @GetMapping("/{id}/outcomes/{outcomeId}")
  SroiOutcome outcome(@PathVariable long id, @PathVariable long outcomeId) {
    return accounts.outcome(id, outcomeId);
  }

  @PutMapping("/{id}/outcomes/{outcomeId}")
  SroiOutcome updateOutcome(@PathVariable long id, @PathVariable long outcomeId,
      @Valid @RequestBody SroiOutcomeForm form) {
    return accounts.updateOutcome(id, outcomeId, form);
  }

  @DeleteMapping("/{id}/outcomes/{outcomeId}")
  ResponseEntity<Void> removeOutcome(@PathVariable long id, @PathVariable long outcomeId) {
    accounts.removeOutcome(id, outcomeId);
    return ResponseEntity.noContent().build();
  }
}
