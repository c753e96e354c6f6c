package org.phasezero.payments.web;

import java.time.LocalDate;
import java.util.List;
import org.phasezero.payments.ExportRow;
import org.phasezero.payments.PaymentStatements;
import org.phasezero.shared.ExportFile;
import org.springframework.http.ResponseEntity;

/** Claims and statements as downloadable CSV or XLSX files (used by the API and the pages alike). */
final class PaymentFiles {

  private PaymentFiles() {}

  /** The claims finance needs, codes in words ({@code readable}: "Bank transfer", not BANK_TRANSFER). */
  static ResponseEntity<byte[]> claims(List<ExportRow> rows, LocalDate from, LocalDate to, ExportFile.Format format,
      java.util.function.UnaryOperator<Object> readable) {
    return ExportFile.of(ExportRow.headings(), rows.stream().map(r -> r.cells().stream().map(readable).toList())
            .toList(), "Approved claims",
        "claims-" + from + "-to-" + to, format);
  }

  static ResponseEntity<byte[]> statement(PaymentStatements.Statement s, ExportFile.Format format) {
    return ExportFile.of(PaymentStatements.Statement.headings(), s.rows(), "Payment statement",
        "payment-statement-" + s.personId() + "-" + s.from() + "-to-" + s.to(), format);
  }
}
