package org.phasezero.shared;

/**
 * Something a person did that the audit trail must keep: published by every capability when it
 * creates, changes, voids, exports or shows special-category data. The audit module listens in
 * the same transaction, so a change and its audit record are stored together or not at all.
 *
 * @param action what happened, e.g. {@code CREATE}, {@code UPDATE}, {@code VOID}, {@code VIEW_SPECIAL_CATEGORY}
 * @param entityType the kind of record, e.g. {@code organisation}
 * @param entityId the record's id
 * @param summary one plain-English line for people browsing the trail
 * @param before the record before the change (null for a create or a view)
 * @param after the record after the change (null for a view)
 */
public record AuditedAction(
    String action, String entityType, String entityId, String summary, Object before, Object after) {

  public static AuditedAction created(String type, Object id, String summary, Object after) {
    return new AuditedAction("CREATE", type, String.valueOf(id), summary, null, after);
  }

  public static AuditedAction updated(String type, Object id, String summary, Object before, Object after) {
    return new AuditedAction("UPDATE", type, String.valueOf(id), summary, before, after);
  }

  public static AuditedAction voided(String type, Object id, String summary, Object before, Object after) {
    return new AuditedAction("VOID", type, String.valueOf(id), summary, before, after);
  }

  /** A part of a record taken out of it (e.g. an outcome of an account still being built). */
  public static AuditedAction removed(String type, Object id, String summary, Object before) {
    return new AuditedAction("REMOVE", type, String.valueOf(id), summary, before, null);
  }

  public static AuditedAction viewed(String type, Object id, String summary) {
    return new AuditedAction("VIEW_SPECIAL_CATEGORY", type, String.valueOf(id), summary, null, null);
  }
}
