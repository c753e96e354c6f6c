package org.phasezero.payments.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import org.phasezero.payments.Claim;
import org.phasezero.payments.ClaimDecisions;
import org.phasezero.payments.ClaimForm;
import org.phasezero.payments.ClaimStatus;
import org.phasezero.payments.ClaimTotals;
import org.phasezero.payments.Claims;
import org.phasezero.payments.DeclineForm;
import org.phasezero.payments.PaymentForm;
import org.phasezero.payments.Receipts;
import org.phasezero.shared.Page;
import org.phasezero.shared.ReportingPeriod;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/claims}: involvement payment claims, their approval, payment, decline and receipts. */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimsApi {

  private final Claims claims;
  private final ClaimDecisions decisions;
  private final Receipts receipts;
  private final ClaimTotals totals;

  ClaimsApi(Claims claims, ClaimDecisions decisions, Receipts receipts, ClaimTotals totals) {
    this.claims = claims;
    this.decisions = decisions;
    this.receipts = receipts;
    this.totals = totals;
  }

  @GetMapping
  Page<Claim> list(@RequestParam(required = false) ClaimStatus status, @RequestParam(required = false) Long personId,
      @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "false") boolean includeVoided,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    return claims.search(new Claims.Query(status, personId, from, to, includeVoided), new Page.Request(page, size));
  }

  /**
   * Totals by status, over {@code period} (2025-04, 2025-Q2, FY2025-26) or from/to dates. Statutory
   * partners get whole reporting periods only, with small numbers suppressed.
   */
  @GetMapping("/totals")
  ClaimTotals.Totals totals(@RequestParam(required = false) String period,
      @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
    return period != null ? totals.of(ReportingPeriod.parse(period)) : totals.between(from, to);
  }

  @GetMapping("/{id}")
  Claim get(@PathVariable long id) {
    return claims.get(id);
  }

  @PostMapping
  ResponseEntity<Claim> create(@Valid @RequestBody ClaimForm form) {
    Claim c = claims.create(form);
    return ResponseEntity.created(URI.create("/api/v1/claims/" + c.id())).body(c);
  }

  @PostMapping("/{id}/approve")
  Claim approve(@PathVariable long id) {
    return decisions.approve(id);
  }

  @PostMapping("/{id}/pay")
  Claim pay(@PathVariable long id, @Valid @RequestBody PaymentForm form) {
    return decisions.pay(id, form);
  }

  @PostMapping("/{id}/decline")
  Claim decline(@PathVariable long id, @Valid @RequestBody DeclineForm form) {
    return decisions.decline(id, form);
  }

  @PostMapping("/{id}/void")
  Claim voidRecord(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return claims.voidRecord(id, request.getReason());
  }

  /** Adds a receipt: a multipart upload with the file in the part named {@code file}. */
  @PostMapping(path = "/{id}/receipts", consumes = "multipart/form-data")
  ResponseEntity<Claim.Receipt> addReceipt(@PathVariable long id, @RequestPart("file") MultipartFile file)
      throws IOException {
    Claim.Receipt r = receipts.add(id, file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(URI.create("/api/v1/claims/" + id + "/receipts/" + r.id())).body(r);
  }

  @GetMapping("/{id}/receipts/{receiptId}")
  ResponseEntity<byte[]> receipt(@PathVariable long id, @PathVariable long receiptId) {
    return ReceiptDownload.of(receipts.get(id, receiptId));
  }
}
