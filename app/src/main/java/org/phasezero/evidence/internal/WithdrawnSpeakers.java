package org.phasezero.evidence.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.SourceChanged;
import org.phasezero.network.ResearchConsentWithdrawn;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Honours a withdrawal of research consent in the same transaction as the withdrawal itself: the
 * person's turns are withheld (their words leave analysis, search and exports), every coding that
 * touches them is voided with the reason, and any quote of theirs already used in a report is
 * flagged so that its author can take it out.
 */
@Component
class WithdrawnSpeakers {

  static final String REASON = "The speaker withdrew consent to research use";

  private final JdbcClient db;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WithdrawnSpeakers(JdbcClient db, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.events = events;
    this.clock = clock;
  }

  @EventListener
  void on(ResearchConsentWithdrawn withdrawn) {
    String reason = REASON + " on " + withdrawn.withdrawnOn();
    var now = Rows.ts(clock.instant());
    List<Long> sourceIds = db.sql("""
            select distinct source_id from source_segment where speaker_person_id = ? and withheld_reason is null""")
        .param(withdrawn.personId()).query(Long.class).list();
    int turns = db.sql("update source_segment set withheld_reason = ? where speaker_person_id = ? and withheld_reason is null")
        .params(reason, withdrawn.personId()).update();
    int flagged = db.sql("""
            update evidence_quote set flagged_at = ?, flag_reason = ? where flagged_at is null and exists (
              select 1 from coding g join source_segment t on t.source_id = g.source_id
              and t.start_offset < g.end_offset and t.end_offset > g.start_offset
              where g.id = evidence_quote.coding_id and t.speaker_person_id = ?)""")
        .params(now, reason, withdrawn.personId()).update();
    int codings = db.sql("""
            update coding set voided_at = ?, void_reason = ?, live_key = null where voided_at is null and exists (
              select 1 from source_segment t where t.source_id = coding.source_id and t.speaker_person_id = ?
              and t.start_offset < coding.end_offset and t.end_offset > coding.start_offset)""")
        .params(now, reason, withdrawn.personId()).update();
    if (turns > 0 || codings > 0 || flagged > 0) {
      events.publishEvent(new AuditedAction("WITHHOLD", "person", String.valueOf(withdrawn.personId()),
          turns + " turns withheld from research, " + codings + " codings voided and " + flagged
              + " quotes flagged: " + reason, null,
          Map.of("turns", turns, "codings", codings, "quotesFlagged", flagged)));
    }
    sourceIds.forEach(id -> events.publishEvent(new SourceChanged(id)));
  }
}
