package org.phasezero.discourse;

import java.time.Instant;
import java.util.List;

/** A result of {@code phasezero spark} kept with a research project; voided with a reason, never deleted. */
public record SparkResult(long id, long projectId, String projectName, String name, SparkResultKind kind,
    String createdBy, Instant createdAt, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  /** One figure about the whole result, such as its tokens or the measure it ranks by. */
  public record Field(String name, String value) {}

  /** The result as it reads: its figures, then its table (every value as the JSON wrote it). */
  public record Table(SparkResult result, List<Field> summary, List<String> columns, List<List<String>> rows) {}
}
