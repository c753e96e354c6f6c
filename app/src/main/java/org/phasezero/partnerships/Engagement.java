package org.phasezero.partnerships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.phasezero.network.Side;

/**
 * A phase-zero conversation: when, who took part (people of the network), which side(s) were in
 * the room, what it was for, the mutual gains found, barriers, next steps and notes on power and
 * history (for example mistrust from past harm).
 *
 * <p>Trust is recorded here, as each side's rating (1 to 5) of trust in the partnership at the
 * time of the conversation, rather than taken from the network's person-to-person ties: a tie says
 * how two people trust each other, while readiness asks whether each side trusts the partnership,
 * and the broker hears that in these conversations. The latest rating from each side counts.
 *
 * <p>Who took part is shown as each viewer may see people: ids for those who work with people
 * (coordinators, site leads), research codes of the participants who consented to research use
 * for researchers, and only how many took part for statutory partners, where a count below the
 * small-number threshold is null ("fewer than 5").
 */
public record Engagement(long id, long partnershipId, LocalDate heldOn, Set<Side> sides, List<Long> personIds,
    Integer peopleCount, List<String> personCodes, String purpose, String mutualGains, String barriers,
    String nextSteps, String powerNotes,
    Integer communityTrust, Integer statutoryTrust, String recordedBy, Instant createdAt, int version,
    Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  Engagement withPeople(List<Long> ids, Integer count, List<String> codes) {
    return new Engagement(id, partnershipId, heldOn, sides, ids, count, codes, purpose, mutualGains, barriers,
        nextSteps, powerNotes, communityTrust, statutoryTrust, recordedBy, createdAt, version, voidedAt, voidReason);
  }
}
