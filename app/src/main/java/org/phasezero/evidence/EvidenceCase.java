package org.phasezero.evidence;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * A case: a person or a site from the network, or a unit the researcher names (a focus group, a
 * ward), with its attribute values by attribute name in the project's order. A person's case holds
 * the turns that person speaks, wherever they speak; any case also holds the whole sources linked to
 * it. {@code sources} counts the linked sources.
 */
public record EvidenceCase(long id, long projectId, String guid, String name, String description, Long personId,
    Long siteId, Map<String, String> values, int sources, int version, Instant createdAt, Instant voidedAt,
    String voidReason) {

  /** Where a case came from: a person or a site of the network, or named by the researcher. */
  public enum Kind { PERSON, SITE, NAMED }

  @JsonProperty
  public Kind kind() {
    return personId != null ? Kind.PERSON : siteId != null ? Kind.SITE : Kind.NAMED;
  }

  public boolean voided() {
    return voidedAt != null;
  }
}
