package org.phasezero.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pseudonym key of a project: which real name each pseudonym in its sources replaced. It is
 * kept apart from the sources (researchers never see it), shown to the coordinator only, and every
 * reading of it is audited, as is every use of it when names are replaced at import.
 */
@Service
public class PseudonymKey {

  /** One replacement: a name, the pseudonym that stands for it, in which source, how often. */
  public record Entry(long id, Long sourceId, String original, String pseudonym, int occurrences, String createdBy,
      Instant createdAt) {}

  private final JdbcClient db;
  private final ResearchProjects projects;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PseudonymKey(JdbcClient db, ResearchProjects projects, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.projects = projects;
    this.events = events;
    this.clock = clock;
  }

  /** Records the replacements made in one source at import (the use of the key is audited). */
  @Transactional
  public void record(long projectId, long sourceId, Map<String, Map.Entry<String, Integer>> replacements) {
    if (replacements.isEmpty()) {
      return;
    }
    var now = Rows.ts(clock.instant());
    String user = CurrentUser.require().username();
    replacements.forEach((original, pseudonym) -> db.sql("""
            insert into pseudonym_key (project_id, source_id, original, pseudonym, occurrences, created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(projectId, sourceId, original, pseudonym.getKey(), pseudonym.getValue(), user, now).update());
    int total = replacements.values().stream().mapToInt(Map.Entry::getValue).sum();
    events.publishEvent(new AuditedAction("PSEUDONYMISE", "evidence_source", String.valueOf(sourceId),
        replacements.size() + " names replaced by pseudonyms (" + total + " times) at import; the key is kept apart",
        null, Map.of("names", replacements.size(), "replacements", total)));
  }

  /** The key of a project, for the coordinator only; each reading is audited. */
  public List<Entry> entries(long projectId) {
    ProjectAccess.requireKeyHolder(CurrentUser.require());
    ResearchProject p = projects.get(projectId);
    List<Entry> entries = db.sql("select * from pseudonym_key where project_id = ? order by lower(original), id")
        .param(projectId).query((rs, i) -> new Entry(rs.getLong("id"), Rows.longOrNull(rs, "source_id"),
            rs.getString("original"), rs.getString("pseudonym"), rs.getInt("occurrences"), rs.getString("created_by"),
            Rows.instant(rs, "created_at")))
        .list();
    events.publishEvent(AuditedAction.viewed("pseudonym_key", projectId,
        "Pseudonym key of research project '" + p.name() + "' read (" + entries.size() + " entries)"));
    return entries;
  }
}
