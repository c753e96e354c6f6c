package org.phasezero.payments.web;

import org.phasezero.shared.FormErrors;
import java.io.IOException;
import org.phasezero.network.PersonPicker;
import org.phasezero.payments.Activity;
import org.phasezero.payments.Claim;
import org.phasezero.payments.ClaimForm;
import org.phasezero.payments.ClaimStatus;
import org.phasezero.payments.Claims;
import org.phasezero.payments.ExpenseCategory;
import org.phasezero.payments.RateUnit;
import org.phasezero.payments.ReceiptRejected;
import org.phasezero.payments.Receipts;
import org.phasezero.shared.Conflict;
import java.util.List;
import org.phasezero.shared.Choice;
import org.phasezero.shared.ListExports;
import org.phasezero.shared.Page;
import org.phasezero.spaces.SharedSpaces;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for finding, adding and looking at claims, and adding their receipts. */
@Controller
@RequestMapping("/payments")
class ClaimPages {

  private final Claims claims;
  private final Receipts receipts;
  private final SmartValidator validator;
  private final SharedSpaces spaces;
  private final ListExports exports;
  private final PersonPicker picker;

  private final org.phasezero.payments.ClaimDecisions decisions;

  ClaimPages(Claims claims, Receipts receipts, SmartValidator validator, SharedSpaces spaces, ListExports exports,
      PersonPicker picker, org.phasezero.payments.ClaimDecisions decisions) {
    this.claims = claims;
    this.decisions = decisions;
    this.picker = picker;
    this.receipts = receipts;
    this.validator = validator;
    this.spaces = spaces;
    this.exports = exports;
  }

  /** What a download of the claims list holds, in words (statuses, activities and units by their labels). */
  static final List<ListExports.Column<Claim>> COLUMNS = List.of(
      ListExports.column("claim.date", Claim::activityDate),
      ListExports.column("claim.person", Claim::personName),
      ListExports.column("claim.activity", Claim::activity),
      ListExports.column("claim.unit", Claim::unit),
      ListExports.column("claims.quantity", Claim::quantity),
      ListExports.column("claim.fee", Claim::fee),
      ListExports.column("claim.expensesTotal", Claim::expensesTotal),
      ListExports.column("claim.total", Claim::total),
      ListExports.column("claim.status", Claim::status),
      ListExports.column("claim.paid", Claim::paidOn),
      ListExports.column("claims.paymentMethod", Claim::paymentMethod));

  @GetMapping
  String list(@ModelAttribute("filter") ClaimListFilter filter, BindingResult errors, Model model) {
    ClaimListFilter valid = errors.hasErrors() ? new ClaimListFilter() : filter;
    model.addAttribute("statusValues", ClaimStatus.values());
    model.addAttribute("claimants", Choices.of(claims.claimants()));
    model.addAttribute("spaces", spaces.overviews(null).stream().map(s -> new Choice(s.id(), s.name())).toList());
    model.addAttribute("links", valid.links());
    model.addAttribute("results", claims.search(valid.query(), valid.chosenSort(), new Page.Request(filter.getPage(), 25)));
    model.addAttribute("mayDecide", claims.mayDecide());
    return "payments/claims";
  }

  /** The claims list as it is filtered and sorted, every page of it, as CSV or XLSX (audited). */
  @GetMapping("/claims/export")
  ResponseEntity<byte[]> export(@ModelAttribute("filter") ClaimListFilter filter, BindingResult errors,
      @RequestParam(defaultValue = "csv") String format) {
    if (errors.hasErrors()) {
      throw new IllegalArgumentException("The filters of the claims list are not valid: "
          + errors.getFieldErrors().stream().map(e -> e.getField()).toList());
    }
    return exports.download("claims", "claims.title", filter.links(),
        p -> claims.search(filter.query(), filter.chosenSort(), p), COLUMNS, format);
  }

  @GetMapping("/claims/new")
  String createForm(@RequestParam(required = false) Long meetingId, @RequestParam(required = false) Long personId,
      Model model) {
    ClaimForm form = new ClaimForm();
    form.setMeetingId(meetingId);
    form.setPersonId(personId);
    form.setActivity(Activity.MEETING);
    form.setUnit(RateUnit.HOUR);
    return showForm(form, meetingId != null, model);
  }

  /**
   * {@code meetingFixed}: the form was opened for one meeting (from the meeting or a task) and keeps
   * it; a meeting chosen from the list stays a choice when the form comes back with a problem.
   */
  @PostMapping("/claims/new")
  String create(@ModelAttribute("form") ClaimForm form, BindingResult result,
      @RequestParam(defaultValue = "false") boolean meetingFixed, Model model) {
    if (PersonPicker.searching()) {
      return showForm(form, meetingFixed, model); // the person picker's search step: nothing is saved yet
    }
    form.dropBlankExpenses();
    validator.validate(form, result);
    return FormErrors.submit(result, () -> "redirect:/payments/claims/" + claims.create(form).id() + "?added",
        () -> showForm(form, meetingFixed, model));
  }

  private String showForm(ClaimForm form, boolean meetingFixed, Model model) {
    claims.requireMayClaim();
    form.padExpenses();
    model.addAttribute("form", form);
    model.addAttribute("picks", picker.onThisRequest().field("personId", form.getPersonId()));
    model.addAttribute("meeting", !meetingFixed || form.getMeetingId() == null ? null
        : claims.meeting(form.getMeetingId()).orElse(null));
    java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
        org.springframework.context.i18n.LocaleContextHolder.getLocale());
    // Meetings of different spaces share titles ("November meeting"): each choice names its space too.
    java.util.Map<Long, String> spaceNames = new java.util.HashMap<>();
    spaces.overviews(null).forEach(sp -> spaceNames.put(sp.id(), sp.name()));
    model.addAttribute("meetings", claims.recentMeetings().stream()
        .map(m -> new org.phasezero.shared.Choice(m.id(), day.format(m.date()) + " – "
            + (spaceNames.containsKey(m.spaceId()) ? spaceNames.get(m.spaceId()) + ": " : "") + m.title())).toList());
    model.addAttribute("activities", Activity.values());
    model.addAttribute("units", RateUnit.values());
    model.addAttribute("categories", ExpenseCategory.values());
    return "payments/claim-form";
  }

  @GetMapping("/claims/{id}")
  String show(@PathVariable long id, Model model) {
    return showClaim(claims.get(id), new ReceiptUpload(), model);
  }

  String showClaim(Claim claim, ReceiptUpload upload, Model model) {
    model.addAttribute("claim", claim);
    model.addAttribute("meeting", claims.meeting(claim.meetingId()).orElse(null));
    model.addAttribute("mayDecide", claims.mayDecide());
    model.addAttribute("mayApprove", decisions.mayApprove(claim));
    model.addAttribute("receiptForm", upload);
    model.addAttribute("receiptMegabytes", receipts.maxBytes() / (1024 * 1024));
    return "payments/claim";
  }

  @PostMapping("/claims/{id}/receipts")
  String addReceipt(@PathVariable long id, @ModelAttribute("receiptForm") ReceiptUpload upload, BindingResult result,
      Model model) throws IOException {
    try {
      byte[] content = upload.getFile() == null ? new byte[0] : upload.getFile().getBytes();
      receipts.add(id, upload.getFile() == null ? null : upload.getFile().getOriginalFilename(), content);
      return "redirect:/payments/claims/" + id + "?receipt";
    } catch (ReceiptRejected | Conflict e) {
      result.rejectValue("file", "rejected", e.getMessage());
      return showClaim(claims.get(id), upload, model);
    }
  }

  @GetMapping("/claims/{id}/receipts/{receiptId}")
  ResponseEntity<byte[]> receipt(@PathVariable long id, @PathVariable long receiptId) {
    return ReceiptDownload.of(receipts.get(id, receiptId));
  }
}
