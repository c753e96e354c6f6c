package org.phasezero.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.network.internal.PeopleIndex;
import org.phasezero.shared.AuditedAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Finds people by what someone typed, through {@link PeopleIndex}, and keeps the index in step
 * with the register. It returns ids only: who may see them is still decided by the SQL scopes
 * ({@link PeopleScope}), which callers apply to these ids.
 *
 * <p>Every write to a person, a membership or an organisation is audited, so the audit events are
 * the complete list of changes; the index follows them after the transaction commits, so a write
 * that is rolled back is never found. The index is built from the database on first use (at
 * start-up, when the application is ready), so it cannot drift from it across restarts.
 */
@Service
public class PeopleSearch implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PeopleSearch.class);

  private final JdbcClient db;
  private final PeopleIndex index = new PeopleIndex();
  private volatile boolean built;

  PeopleSearch(JdbcClient db) {
    this.db = db;
  }

  /** Ids of the people matching every word of the text (name, pseudonym or organisation; prefixes). */
  public long[] matching(String text, boolean pseudonymsOnly, boolean includeVoided) {
    ensureBuilt();
    return index.matching(text, pseudonymsOnly ? PeopleIndex.Fields.PSEUDONYM
        : PeopleIndex.Fields.NAME_PSEUDONYM_ORGANISATION, includeVoided);
  }

  @EventListener(ApplicationReadyEvent.class)
  void buildAtStartUp() {
    ensureBuilt();
  }

  /** Rebuilds the whole index from the database. */
  public synchronized void rebuild() {
    long start = System.nanoTime();
    Map<Long, List<String>> organisations = new HashMap<>();
    db.sql("""
            select m.person_id, o.name from membership m join organisation o on o.id = m.organisation_id
            where m.voided_at is null""")
        .query(rs -> {
          organisations.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
    List<PeopleIndex.Entry> entries = new ArrayList<>();
    db.sql("select id, display_name, pseudonym, voided_at, void_reason from person").query(rs -> {
      long id = rs.getLong(1);
      if (!erased(rs.getString(5))) {
        entries.add(new PeopleIndex.Entry(id, rs.getString(2), rs.getString(3),
            organisations.getOrDefault(id, List.of()), rs.getTimestamp(4) != null));
      }
    });
    index.replaceAll(entries);
    built = true;
    log.info("People search index built: {} people in {} ms", entries.size(), (System.nanoTime() - start) / 1_000_000);
  }

  private void ensureBuilt() {
    if (!built) {
      synchronized (this) {
        if (!built) {
          rebuild();
        }
      }
    }
  }

  /** Follows committed changes to people, memberships and organisations (see the class comment). */
  @TransactionalEventListener(fallbackExecution = true)
  void onCommitted(AuditedAction a) {
    if (a.action().startsWith("VIEW") || "EXPORT".equals(a.action()) || a.entityId() == null) {
      return;
    }
    switch (a.entityType()) {
      // Whatever the action (an erasure of the whole record, or only of special-category data when
      // consent is withdrawn), the person is indexed as the database now holds them.
      case "person" -> refresh(Long.parseLong(a.entityId()));
      // A membership's id is "person:organisation".
      case "membership" -> refresh(Long.parseLong(a.entityId().split(":")[0]));
      case "organisation" -> db.sql("select distinct person_id from membership where organisation_id = ?")
          .param(Long.parseLong(a.entityId())).query(Long.class).list().forEach(this::refresh);
      default -> { }
    }
  }

  /** Indexes the person as the database now holds them (an erased or missing person is removed). */
  synchronized void refresh(long personId) {
    if (!built) {
      return; // the first search builds the index from the database, this change included
    }
    List<String> organisations = db.sql("""
            select o.name from membership m join organisation o on o.id = m.organisation_id
            where m.person_id = ? and m.voided_at is null""").param(personId).query(String.class).list();
    db.sql("select id, display_name, pseudonym, voided_at, void_reason from person where id = ?").param(personId)
        .query((rs, i) -> erased(rs.getString(5)) ? null : new PeopleIndex.Entry(rs.getLong(1), rs.getString(2),
            rs.getString(3), organisations, rs.getTimestamp(4) != null))
        .list().stream().filter(java.util.Objects::nonNull).findFirst()
        .ifPresentOrElse(index::put, () -> index.remove(personId));
  }

  /** Erasure leaves the record (voided, its identifying fields cleared) and says so in its reason. */
  private static boolean erased(String voidReason) {
    return voidReason != null && voidReason.startsWith(People.ERASED_REASON);
  }

  @Override
  public void close() {
    index.close();
  }
}
