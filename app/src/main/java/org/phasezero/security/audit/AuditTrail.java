package org.phasezero.security.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * The append-only audit trail. It listens to {@link AuditedAction} events synchronously, inside the
 * publisher's transaction, so a change and its audit row commit or roll back together. Rows are
 * only ever inserted; the one exception is a person's erasure ({@link AuditScrubber}).
 */
@Service
public class AuditTrail {

  private static final int MAX_STATE = 20000;

  private final JdbcClient db;
  private final ObjectMapper json;
  private final Clock clock;

  AuditTrail(JdbcClient db, ObjectMapper json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  @EventListener
  public void on(AuditedAction action) {
    append(CurrentUser.require().username(), action.action(), action.entityType(), action.entityId(),
        action.summary(), state(action.before()), state(action.after()));
  }

  @EventListener
  public void on(AuthenticationSuccessEvent event) {
    String who = event.getAuthentication().getName();
    append(who, "SIGN_IN", "account", who, who + " signed in", null, null);
  }

  @EventListener
  public void on(AbstractAuthenticationFailureEvent event) {
    String who = truncate(String.valueOf(event.getAuthentication().getName()), 60);
    append(who, "SIGN_IN_FAILED", "account", who,
        "Failed sign-in for " + who + ": " + event.getException().getClass().getSimpleName(), null, null);
  }

  /** The audit trail's columns: latest first unless asked otherwise. */
  public static final Sorting SORTING = Sorting.of("id", "at", true, "at", "at", "actor", "actor",
      "action", "action", "type", "entity_type");

  public Page<AuditRecord> search(AuditFilter f, Page.Request page) {
    return search(f, SORTING.defaultSort(), page);
  }

  public Page<AuditRecord> search(AuditFilter f, Sorting.Sort sort, Page.Request page) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (f.actor() != null && !f.actor().isBlank()) {
      // Who, by sign-in name or by the name people know them by ("Grace" finds the coordinator's records).
      String typed = "%" + f.actor().strip().toLowerCase(java.util.Locale.ROOT) + "%";
      where.append(" and (lower(actor) like ? or actor in (select username from account where lower(display_name) like ?))");
      params.add(typed);
      params.add(typed);
    }
    if (f.action() != null && !f.action().isBlank()) {
      where.append(" and action = ?");
      params.add(f.action().strip());
    }
    like(where, params, "entity_type", f.entityType());
    if (f.entityId() != null && !f.entityId().isBlank()) {
      where.append(" and entity_id = ?");
      params.add(f.entityId().strip());
    }
    if (f.from() != null) {
      where.append(" and at >= ?");
      params.add(Timestamp.from(f.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
    if (f.to() != null) {
      where.append(" and at < ?");
      params.add(Timestamp.from(f.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
    long total = db.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(page.size());
    pageParams.add(page.offset());
    List<AuditRecord> items = db.sql("select * from audit_event" + where
            + SORTING.orderBy(sort) + " limit ? offset ?")
        .params(pageParams).query(AuditTrail::map).list();
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** The actions the trail holds, for the filter's choices. */
  public List<String> actions() {
    return db.sql("select distinct action from audit_event order by action").query(String.class).list();
  }

  /**
   * The trail's position now: the id of its latest record (0 when empty). Whatever a report reads
   * after this was recorded at or before it, so a report can say which state of the records it shows.
   */
  public long position() {
    return db.sql("select id from audit_event order by id desc fetch first 1 rows only").query(Long.class)
        .optional().orElse(0L);
  }

  /** How many records the trail has gained since a position. */
  public long recordedSince(long position) {
    return db.sql("select count(*) from audit_event where id > ?").param(position).query(Long.class).single();
  }

  public List<AuditRecord> recent(int n) {
    return search(AuditFilter.all(), new Page.Request(0, n)).items();
  }

  private void append(String actor, String action, String type, String id, String summary, String before, String after) {
    db.sql("""
            insert into audit_event (at, actor, action, entity_type, entity_id, summary, before_state, after_state)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(Timestamp.from(clock.instant()), truncate(actor, 60), action, type, truncate(id, 60),
            truncate(summary, 500), before, after)
        .update();
  }

  private String state(Object o) {
    if (o == null) {
      return null;
    }
    return truncate(o instanceof String s ? s : json.writeValueAsString(o), MAX_STATE);
  }

  private static void like(StringBuilder where, List<Object> params, String column, String value) {
    if (value != null && !value.isBlank()) {
      where.append(" and lower(").append(column).append(") like ?");
      params.add("%" + value.strip().toLowerCase(java.util.Locale.ROOT) + "%");
    }
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static AuditRecord map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new AuditRecord(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
        rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
        rs.getString("summary"), rs.getString("before_state"), rs.getString("after_state"));
  }
}
