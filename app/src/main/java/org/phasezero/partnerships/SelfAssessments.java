package org.phasezero.partnerships;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Keys;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 4Pi self-assessments of a partnership, oldest first, and how each standard changed since the first. */
@Service
public class SelfAssessments {

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SelfAssessments(JdbcClient db, Partnerships partnerships, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.partnerships = partnerships;
    this.events = events;
    this.clock = clock;
  }

  public List<SelfAssessment> of(long partnershipId) {
    partnerships.get(partnershipId);
    return db.sql("select * from self_assessment where partnership_id = ? and voided_at is null"
            + " order by assessed_on, id").param(partnershipId)
        .query((rs, i) -> new SelfAssessment(rs.getLong("id"), rs.getLong("partnership_id"),
            rs.getDate("assessed_on").toLocalDate(), rs.getInt("principles"), rs.getInt("purpose"),
            rs.getInt("presence"), rs.getInt("process"), rs.getInt("impact"), rs.getString("notes"),
            rs.getString("recorded_by"), Rows.instant(rs, "created_at")))
        .list();
  }

  /** Latest minus first rating of each standard (empty with fewer than two assessments). */
  public static List<Integer> changeSinceFirst(List<SelfAssessment> history) {
    List<Integer> change = new ArrayList<>();
    if (history.size() >= 2) {
      List<Integer> first = history.get(0).ratings();
      List<Integer> last = history.get(history.size() - 1).ratings();
      for (int i = 0; i < first.size(); i++) {
        change.add(last.get(i) - first.get(i));
      }
    }
    return change;
  }

  @Transactional
  public SelfAssessment create(long partnershipId, SelfAssessmentForm f) {
    Partnership p = partnerships.forRecording(partnershipId, "record a self-assessment");
    long id = Keys.insert(db.sql("""
            insert into self_assessment (partnership_id, assessed_on, principles, purpose, presence, process, impact,
              notes, recorded_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(p.id(), java.sql.Date.valueOf(f.getAssessedOn()), f.getPrinciples(), f.getPurpose(), f.getPresence(),
            f.getProcess(), f.getImpact(), Rows.blankToNull(f.getNotes()), CurrentUser.require().username(),
            Timestamp.from(clock.instant())));
    SelfAssessment created = of(p.id()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    events.publishEvent(AuditedAction.created("self-assessment", id,
        "4Pi self-assessment of partnership '" + p.name() + "' recorded", created));
    return created;
  }
}
