package org.phasezero.security.web;

import java.time.LocalDate;
import org.phasezero.security.audit.AuditChanges;
import org.phasezero.security.audit.AuditFilter;
import org.phasezero.security.audit.AuditRecord;
import org.phasezero.security.audit.AuditTrail;
import org.phasezero.shared.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail, browsed and filtered by a coordinator. */
@Controller
@RequestMapping("/audit")
class AuditPages {

  private final AuditTrail audit;
  private final AuditChanges changes;

  AuditPages(AuditTrail audit, AuditChanges changes) {
    this.audit = audit;
    this.changes = changes;
  }

  @GetMapping
  String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
      @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, Model model) {
    AuditApi.requireCoordinator();
    AuditFilter filter = new AuditFilter(actor, action, entityType, entityId, from, to);
    model.addAttribute("filter", filter);
    var results = audit.search(filter, new Page.Request(page, 50));
    model.addAttribute("results", results);
    model.addAttribute("changes", results.items().stream()
        .collect(java.util.stream.Collectors.toMap(AuditRecord::id, changes::of)));
    return "audit/list";
  }
}
