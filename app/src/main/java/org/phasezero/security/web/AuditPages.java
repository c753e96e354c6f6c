package org.phasezero.security.web;

import java.time.LocalDate;
import org.phasezero.security.audit.AuditChanges;
import org.phasezero.security.audit.AuditFilter;
import org.phasezero.security.audit.AuditRecord;
import org.phasezero.security.audit.AuditTrail;
import java.util.List;
import org.phasezero.shared.ListExports;
import org.phasezero.shared.ListLinks;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.springframework.http.ResponseEntity;
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
  private final ListExports exports;

  AuditPages(AuditTrail audit, AuditChanges changes, ListExports exports) {
    this.exports = exports;
    this.audit = audit;
    this.changes = changes;
  }

  @GetMapping
  String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
      @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "0") int page, Model model) {
    AuditApi.requireCoordinator();
    AuditFilter filter = new AuditFilter(actor, action, entityType, entityId, from, to);
    Sorting.Sort chosen = AuditTrail.SORTING.resolve(sort, dir);
    model.addAttribute("filter", filter);
    model.addAttribute("actions", audit.actions());
    model.addAttribute("links", links(filter, chosen));
    var results = audit.search(filter, chosen, new Page.Request(page, 50));
    model.addAttribute("results", results);
    model.addAttribute("changes", results.items().stream()
        .collect(java.util.stream.Collectors.toMap(AuditRecord::id, changes::of)));
    return "audit/list";
  }

  static final List<ListExports.Column<AuditRecord>> COLUMNS = List.of(
      ListExports.column("audit.when", AuditRecord::at),
      ListExports.column("audit.who", AuditRecord::actor),
      ListExports.column("audit.action", r -> new ListExports.Message("audit.action." + r.action(), r.action())),
      ListExports.column("audit.entityType", AuditRecord::entityType),
      ListExports.column("audit.entityId", AuditRecord::entityId),
      ListExports.column("audit.what", AuditRecord::summary));

  /** The audit trail as it is filtered and sorted, as CSV or XLSX; the export is itself audited. */
  @GetMapping("/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
      @RequestParam(required = false) String action, @RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "csv") String format) {
    AuditApi.requireCoordinator();
    AuditFilter filter = new AuditFilter(actor, action, entityType, entityId, from, to);
    Sorting.Sort chosen = AuditTrail.SORTING.resolve(sort, dir);
    return exports.download("audit", "audit.title", links(filter, chosen), p -> audit.search(filter, chosen, p),
        COLUMNS, format);
  }

  private static ListLinks links(AuditFilter f, Sorting.Sort sort) {
    return ListLinks.of("/audit", AuditTrail.SORTING, sort, "actor", f.actor(), "action", f.action(),
        "entityType", f.entityType(), "entityId", f.entityId(), "from", f.from(), "to", f.to());
  }
}
