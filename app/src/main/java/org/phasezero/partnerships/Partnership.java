package org.phasezero.partnerships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A partnership between community organisations and statutory bodies around one focus. */
public record Partnership(
    long id, String name, String focus, Phase phase, boolean coCommissioning, boolean coDesign,
    boolean coDelivery, boolean coAssessment, String purpose, LocalDate purposeAgreedOn, LocalDate startedOn,
    List<Member> members, Instant createdAt, Instant updatedAt, int version, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  /** A member organisation and the side it stands on. */
  public record Member(long organisationId, String name, String side, LocalDate joinedOn) {}

  Partnership withMembers(List<Member> m) {
    return new Partnership(id, name, focus, phase, coCommissioning, coDesign, coDelivery, coAssessment, purpose,
        purposeAgreedOn, startedOn, m, createdAt, updatedAt, version, voidedAt, voidReason);
  }
}
