package org.phasezero.security.audit;

import java.time.Instant;

/** One row of the audit trail. Before and after are JSON snapshots of the record. */
public record AuditRecord(long id, Instant at, String actor, String action, String entityType,
    String entityId, String summary, String before, String after) {}
