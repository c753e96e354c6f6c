package org.phasezero.partnerships;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.phasezero.network.Organisation;
import org.phasezero.network.Organisations;
import org.phasezero.partnerships.internal.Access;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations joining and leaving a partnership. Leaving is recorded (when and why) rather than
 * deleted, so the partnership's history still shows who was in it; an organisation that left may
 * join again.
 */
@Service
public class PartnershipMembers {

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PartnershipMembers(JdbcClient db, Partnerships partnerships, Organisations organisations,
      ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.partnerships = partnerships;
    this.organisations = organisations;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Partnership add(long partnershipId, MemberForm f) {
    Partnership before = partnerships.get(partnershipId);
    Access.requireCoordinator("change who is in a partnership");
    Partnerships.requireLive(before);
    Organisation o = organisations.get(f.getOrganisationId());
    if (o.voided()) {
      throw new Conflict("organisationId", "'" + o.name() + "' was voided and cannot join a partnership.");
    }
    if (before.members().stream().anyMatch(m -> m.organisationId() == o.id())) {
      throw new Conflict("organisationId", "'" + o.name() + "' is already in this partnership.");
    }
    LocalDate on = f.getJoinedOn() == null ? LocalDate.now(clock) : f.getJoinedOn();
    // An organisation that left and joins again gets its row back with the new date. Only a row that
    // has left is taken back: a simultaneous second join finds none, inserts, and the key refuses it.
    int rejoined = db.sql("update partnership_organisation set joined_on = ?, left_on = null, leave_reason = null"
        + " where partnership_id = ? and organisation_id = ? and left_on is not null")
        .params(Date.valueOf(on), partnershipId, o.id()).update();
    if (rejoined == 0) {
      Unique.orConflict("organisationId", "'" + o.name() + "' is already in this partnership.", () ->
          db.sql("insert into partnership_organisation (partnership_id, organisation_id, joined_on) values (?, ?, ?)")
              .params(partnershipId, o.id(), Date.valueOf(on)).update());
    }
    return changed(before, "'" + o.name() + "' joined");
  }

  @Transactional
  public Partnership remove(long partnershipId, long organisationId, String reason) {
    Partnership before = partnerships.get(partnershipId);
    Access.requireCoordinator("change who is in a partnership");
    Partnerships.requireLive(before);
    if (reason == null || reason.isBlank()) {
      throw new Conflict("reason", "Say why the organisation is leaving the partnership.");
    }
    Partnership.Member m = before.members().stream().filter(x -> x.organisationId() == organisationId).findFirst()
        .orElseThrow(() -> new Conflict("organisationId", "That organisation is not in this partnership."));
    db.sql("update partnership_organisation set left_on = ?, leave_reason = ? where partnership_id = ? and organisation_id = ?")
        .params(Date.valueOf(LocalDate.now(clock)), reason.strip(), partnershipId, organisationId).update();
    return changed(before, "'" + m.name() + "' left: " + reason.strip());
  }

  private Partnership changed(Partnership before, String what) {
    db.sql("update partnership set updated_at = ?, version = version + 1 where id = ?")
        .params(Timestamp.from(clock.instant()), before.id()).update();
    Partnership after = partnerships.get(before.id());
    events.publishEvent(AuditedAction.updated("partnership", before.id(),
        "Partnership '" + before.name() + "': " + what, before, after));
    return after;
  }
}
