package org.phasezero.payments.web;

import org.phasezero.shared.ExportFile;
import java.time.LocalDate;
import org.phasezero.payments.ClaimExports;
import org.phasezero.payments.PaymentStatements;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports for finance ({@code /api/v1/claims/export}) and a person's statement
 * ({@code /api/v1/claims/statements/{personId}}), as CSV or XLSX files.
 */
@RestController
class ExportsApi {

  private final ClaimExports exports;
  private final PaymentStatements statements;

  ExportsApi(ClaimExports exports, PaymentStatements statements) {
    this.exports = exports;
    this.statements = statements;
  }

  @GetMapping("/api/v1/claims/export")
  ResponseEntity<byte[]> export(@RequestParam LocalDate from, @RequestParam LocalDate to,
      @RequestParam(defaultValue = "csv") String format) {
    ExportFile.Format f = ExportFile.Format.parse(format);
    // A finance system reading the API gets codes that do not change with the wording (BANK_TRANSFER).
    return PaymentFiles.claims(exports.approved(from, to, f.name()), from, to, f, v -> v instanceof Enum<?> e ? e.name() : v);
  }

  @GetMapping("/api/v1/claims/statements/{personId}")
  ResponseEntity<byte[]> statement(@PathVariable long personId, @RequestParam LocalDate from,
      @RequestParam LocalDate to, @RequestParam(defaultValue = "csv") String format) {
    ExportFile.Format f = ExportFile.Format.parse(format);
    return PaymentFiles.statement(statements.of(personId, from, to, f.name()), f);
  }
}
