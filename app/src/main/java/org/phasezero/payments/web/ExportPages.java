package org.phasezero.payments.web;

import org.phasezero.shared.ExportFile;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.phasezero.payments.ClaimExports;
import org.phasezero.payments.ClaimTotals;
import org.phasezero.payments.Claims;
import org.phasezero.payments.PaymentStatements;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.ReportingPeriod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The finance export, a person's printable statement and the totals page. Each asks for a period;
 * a missing or reversed period is shown as form errors, never as a broken download.
 */
@Controller
@RequestMapping("/payments")
class ExportPages {

  private final ClaimExports exports;
  private final PaymentStatements statements;
  private final ClaimTotals totals;
  private final Claims claims;
  private final Clock clock;

  /** How many financial years back the statutory partners' list of periods goes. */
  private static final int OFFERED_YEARS = 5;

  private final org.phasezero.shared.ListExports words;

  ExportPages(ClaimExports exports, PaymentStatements statements, ClaimTotals totals, Claims claims, Clock clock,
      org.phasezero.shared.ListExports words) {
    this.words = words;
    this.exports = exports;
    this.statements = statements;
    this.totals = totals;
    this.claims = claims;
    this.clock = clock;
  }

  @GetMapping("/export")
  String exportForm(Model model) {
    if (!claims.mayDecide()) {
      throw new Forbidden("Only a coordinator can export claims for finance.");
    }
    model.addAttribute("form", PeriodForm.lastYear(LocalDate.now(clock)));
    model.addAttribute("formats", ExportFile.Format.values());
    return "payments/export";
  }

  @GetMapping("/export/file")
  Object export(@Valid @ModelAttribute("form") PeriodForm form, BindingResult result, Model model) {
    form.checkOrder(result);
    if (result.hasErrors()) {
      model.addAttribute("formats", ExportFile.Format.values());
      return "payments/export";
    }
    ExportFile.Format f = form.getFormat() == null ? ExportFile.Format.CSV : form.getFormat();
    java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    return PaymentFiles.claims(exports.approved(form.getFrom(), form.getTo(), f.name()), form.getFrom(), form.getTo(), f,
        v -> words.readable(v, locale));
  }

  @GetMapping("/statements/{personId}")
  String statement(@PathVariable long personId, @Valid @ModelAttribute("form") PeriodForm form, BindingResult result,
      Model model) {
    if (form.getFrom() == null && form.getTo() == null) {
      PeriodForm year = PeriodForm.lastYear(LocalDate.now(clock));
      form.setFrom(year.getFrom());
      form.setTo(year.getTo());
      result = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
    }
    form.checkOrder(result);
    model.addAttribute("personId", personId);
    if (!result.hasErrors()) {
      model.addAttribute("statement", statements.of(personId, form.getFrom(), form.getTo(), "page"));
    } else {
      claims.claimants().stream().filter(e -> e.getKey() == personId).findFirst()
          .orElseThrow(() -> new org.phasezero.shared.NotFound("person", personId));
    }
    return "payments/statement";
  }

  @GetMapping("/statements/{personId}/csv")
  ResponseEntity<byte[]> statementCsv(@PathVariable long personId, @Valid @ModelAttribute("form") PeriodForm form,
      BindingResult result) {
    if (result.hasErrors() || form.getTo().isBefore(form.getFrom())) {
      throw new org.phasezero.shared.Conflict("Choose a period with its start on or before its end.");
    }
    return PaymentFiles.statement(statements.of(personId, form.getFrom(), form.getTo(), "CSV"), ExportFile.Format.CSV);
  }

  @GetMapping("/totals")
  String totals(@Valid @ModelAttribute("form") PeriodForm form, BindingResult result, Model model) {
    if (CurrentUser.require().seesAggregatesOnly()) {
      return wholePeriodTotals(form, model);
    }
    if (form.getFrom() == null && form.getTo() == null) {
      PeriodForm year = PeriodForm.lastYear(LocalDate.now(clock));
      form.setFrom(year.getFrom());
      form.setTo(year.getTo());
      result = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
    }
    form.checkOrder(result);
    if (!result.hasErrors()) {
      model.addAttribute("totals", totals.between(form.getFrom(), form.getTo()));
    }
    return "payments/totals";
  }

  /**
   * Statutory partners choose a whole reporting period from a list (free dates would let them
   * subtract one window from another); from/to dates are accepted when they are exactly one.
   */
  private String wholePeriodTotals(PeriodForm form, Model model) {
    List<ReportingPeriod> offered = ReportingPeriod.offered(LocalDate.now(clock), OFFERED_YEARS);
    BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
    ReportingPeriod chosen = null;
    if (form.getPeriod() != null) {
      try {
        chosen = ReportingPeriod.parse(form.getPeriod());
      } catch (IllegalArgumentException notAPeriod) {
        result.rejectValue("period", "totals.period.invalid");
      }
    } else if (form.getFrom() != null || form.getTo() != null) {
      chosen = ReportingPeriod.exactly(form.getFrom(), form.getTo()).orElse(null);
      if (chosen == null) {
        result.rejectValue("period", "totals.period.notWhole");
      }
    } else {
      chosen = offered.get(0);
    }
    if (chosen != null) {
      form.setPeriod(chosen.code());
      model.addAttribute("totals", totals.of(chosen));
    }
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
    model.addAttribute("periods", offered);
    return "payments/totals";
  }
}
