package org.phasezero.security.audit;

import java.time.LocalDate;

/** What to look for in the audit trail; null or blank fields match everything. */
public record AuditFilter(String actor, String action, String entityType, String entityId,
    LocalDate from, LocalDate to) {

  public static AuditFilter all() {
    return new AuditFilter(null, null, null, null, null, null);
  }
}
