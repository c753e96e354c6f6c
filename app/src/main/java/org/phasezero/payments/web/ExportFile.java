package org.phasezero.payments.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.phasezero.payments.ClaimSpreadsheets;
import org.phasezero.payments.ExportRow;
import org.phasezero.payments.PaymentStatements;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Claims and statements as downloadable CSV or XLSX files (used by the API and the pages alike). */
final class ExportFile {

  enum Format {
    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    static Format parse(String text) {
      try {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Parameter 'format' must be csv or xlsx, not '" + text + "'.");
      }
    }
  }

  private ExportFile() {}

  static ResponseEntity<byte[]> claims(List<ExportRow> rows, LocalDate from, LocalDate to, Format format) {
    return file(ExportRow.headings(), rows.stream().map(ExportRow::cells).toList(), "Approved claims",
        "claims-" + from + "-to-" + to, format);
  }

  static ResponseEntity<byte[]> statement(PaymentStatements.Statement s, Format format) {
    return file(PaymentStatements.Statement.headings(), s.rows(), "Payment statement",
        "payment-statement-" + s.personId() + "-" + s.from() + "-to-" + s.to(), format);
  }

  private static ResponseEntity<byte[]> file(List<String> headings, List<List<Object>> rows, String sheet, String name,
      Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (format == Format.CSV) {
      ClaimSpreadsheets.csv(headings, rows, out);
    } else {
      ClaimSpreadsheets.xlsx(sheet, headings, rows, out);
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(name + "." + format.name().toLowerCase(Locale.ROOT)).build().toString())
        .body(out.toByteArray());
  }
}
