package org.phasezero.security.web;

import java.time.LocalDate;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.audit.AuditFilter;
import org.phasezero.security.audit.AuditRecord;
import org.phasezero.security.audit.AuditTrail;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/audit}: the audit trail, for coordinators. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

  private final AuditTrail audit;

  AuditApi(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping
  Page<AuditRecord> search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
      @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    requireCoordinator();
    return audit.search(new AuditFilter(actor, action, entityType, entityId, from, to), new Page.Request(page, size));
  }

  static void requireCoordinator() {
    if (!CurrentUser.require().isCoordinator()) {
      throw new Forbidden("Only a coordinator can read the audit trail.");
    }
  }
}
