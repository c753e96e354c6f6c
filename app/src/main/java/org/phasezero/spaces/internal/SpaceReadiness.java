package org.phasezero.spaces.internal;

import java.util.List;
import java.util.Set;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.ReadinessCheck;
import org.phasezero.partnerships.ReadinessEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shared-space evidence of readiness for co-production: a shared space with current members
 * from both the community and the statutory side, and contributions from both sides in its meetings
 * (one side speaking while the other listens is not yet a shared space).
 */
@Component
class SpaceReadiness implements ReadinessEvidence {

  private final JdbcClient db;

  SpaceReadiness(JdbcClient db) {
    this.db = db;
  }

  @Override
  public List<ReadinessCheck> check(Partnership p) {
    Set<String> memberSides = sides("""
        select distinct m.side from space_member m join shared_space s on s.id = m.space_id
        where s.partnership_id = ? and s.voided_at is null and m.voided_at is null""", p.id());
    Set<String> speakerSides = sides("""
        select distinct c.side from contribution c join meeting m on m.id = c.meeting_id
        join shared_space s on s.id = m.space_id
        where s.partnership_id = ? and s.voided_at is null and m.voided_at is null and c.voided_at is null""", p.id());
    String spaces = "/spaces?partnershipId=" + p.id();
    return List.of(
        new ReadinessCheck("shared-space-both-sides", "A shared space with active members from both sides",
            bothSides(memberSides), explain(memberSides, "No shared space has current members yet.",
                "Its shared spaces have current members from the "), spaces),
        new ReadinessCheck("contributions-both-sides", "Contributions from both sides in the shared space's meetings",
            bothSides(speakerSides), explain(speakerSides, "No contributions are logged in its meetings yet.",
                "Contributions are logged from the "), spaces));
  }

  private Set<String> sides(String sql, long partnershipId) {
    return Set.copyOf(db.sql(sql).param(partnershipId).query(String.class).list());
  }

  private static boolean bothSides(Set<String> sides) {
    return sides.contains("COMMUNITY") && sides.contains("STATUTORY");
  }

  private static String explain(Set<String> sides, String none, String some) {
    if (sides.isEmpty()) {
      return none;
    }
    boolean community = sides.contains("COMMUNITY");
    boolean statutory = sides.contains("STATUTORY");
    return some + (community && statutory ? "community and the statutory side."
        : community ? "community side only." : statutory ? "statutory side only." : "independent side only.");
  }
}
