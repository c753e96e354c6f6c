package org.phasezero.partnerships;

/**
 * What exactly was given, each under its kind: symbolic (recognition of existing expertise, shared
 * identity, legitimacy, agenda-setting), relational (bonding, bridging and linking ties, brokerage,
 * trust, relationships kept after a programme ends) and material (funding, venues, paid time,
 * training, staff). The kind follows from the type, so the two can never disagree.
 */
public enum ResourceType {
  RECOGNITION(ResourceKind.SYMBOLIC),
  SHARED_IDENTITY(ResourceKind.SYMBOLIC),
  LEGITIMACY(ResourceKind.SYMBOLIC),
  AGENDA_SETTING(ResourceKind.SYMBOLIC),
  BONDING(ResourceKind.RELATIONAL),
  BRIDGING(ResourceKind.RELATIONAL),
  LINKING(ResourceKind.RELATIONAL),
  BROKERAGE(ResourceKind.RELATIONAL),
  TRUST(ResourceKind.RELATIONAL),
  CONTINUED_RELATIONSHIP(ResourceKind.RELATIONAL),
  FUNDING(ResourceKind.MATERIAL),
  VENUE(ResourceKind.MATERIAL),
  PAID_TIME(ResourceKind.MATERIAL),
  TRAINING(ResourceKind.MATERIAL),
  STAFF(ResourceKind.MATERIAL);

  private final ResourceKind kind;

  ResourceType(ResourceKind kind) {
    this.kind = kind;
  }

  public ResourceKind kind() {
    return kind;
  }
}
