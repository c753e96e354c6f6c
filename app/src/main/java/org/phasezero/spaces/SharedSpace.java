package org.phasezero.spaces;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.phasezero.network.Side;

/**
 * A shared space of a partnership (a forum, reference group, conference or steering group) in
 * which the community side and the statutory side meet as members of one collective.
 */
public record SharedSpace(
    long id, long partnershipId, String partnershipName, String name, SpaceKind kind, String termsOfReference,
    Long chairPersonId, String chairName, String cadence, List<Member> members, Instant createdAt,
    Instant updatedAt, int version, Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  /** A current member, with the side they stand on (copied from their organisation when they joined). */
  public record Member(long id, long personId, String name, Side side, LocalDate joinedOn) {}

  SharedSpace withMembers(List<Member> m) {
    return new SharedSpace(id, partnershipId, partnershipName, name, kind, termsOfReference, chairPersonId, chairName,
        cadence, m, createdAt, updatedAt, version, voidedAt, voidReason);
  }
}
