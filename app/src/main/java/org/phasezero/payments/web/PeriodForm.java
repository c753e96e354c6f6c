package org.phasezero.payments.web;

import org.phasezero.shared.ExportFile;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A period asked for on the export, statement and totals pages, and the export's file type. */
public class PeriodForm {

  @NotNull(message = "{export.from.required}")
  private LocalDate from;

  @NotNull(message = "{export.to.required}")
  private LocalDate to;

  private ExportFile.Format format = ExportFile.Format.CSV;

  /** On the totals page for statutory partners: a whole reporting period such as 2025-Q2. */
  private String period;

  static PeriodForm lastYear(LocalDate today) {
    PeriodForm f = new PeriodForm();
    f.from = today.minusYears(1).plusDays(1);
    f.to = today;
    return f;
  }

  /** Puts "the end is before the start" on the "to" field. */
  void checkOrder(org.springframework.validation.BindingResult result) {
    if (from != null && to != null && to.isBefore(from)) {
      result.rejectValue("to", "export.to.beforeFrom");
    }
  }

  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate v) { from = v; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate v) { to = v; }
  public String getPeriod() { return period; }
  public void setPeriod(String v) { period = v; }
  public ExportFile.Format getFormat() { return format; }
  public void setFormat(ExportFile.Format v) { format = v; }
}
