package org.phasezero.payments.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.payments.Budget;
import org.phasezero.payments.BudgetForm;
import org.phasezero.payments.Budgets;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/budgets}: budgets per partnership and funder, with spend against each. */
@RestController
@RequestMapping("/api/v1/budgets")
class BudgetsApi {

  private final Budgets budgets;

  BudgetsApi(Budgets budgets) {
    this.budgets = budgets;
  }

  @GetMapping
  List<Budget> list(@RequestParam(required = false) Long partnershipId) {
    return budgets.list(partnershipId);
  }

  @GetMapping("/{id}")
  Budget get(@PathVariable long id) {
    return budgets.get(id);
  }

  @PostMapping
  ResponseEntity<Budget> create(@Valid @RequestBody BudgetForm form) {
    Budget b = budgets.create(form);
    return ResponseEntity.created(URI.create("/api/v1/budgets/" + b.id())).body(b);
  }

  @PostMapping("/{id}/void")
  Budget voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return budgets.voidRecord(id, request.getReason());
  }
}
