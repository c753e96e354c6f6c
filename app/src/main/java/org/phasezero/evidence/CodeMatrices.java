package org.phasezero.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.network.PersonReferences;
import org.phasezero.network.Side;
import org.phasezero.shared.AuditedAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Two views across a project's codings. Co-occurrence: for each pair of codes, how many times a
 * passage coded with one overlaps a passage coded with the other in the same source (any coders;
 * each overlapping pair of codings counts once, as in NVivo's and MAXQDA's "overlap" matrices).
 * Code × side: how many passages of each code were spoken by the community side, the statutory side,
 * an independent organisation, or a speaker not linked to the network (a passage belongs to the
 * speaker of the turn it starts in). Withheld turns and removed codes and codings are left out.
 */
@Service
public class CodeMatrices {

  /** A square table: codes in tree order, and counts[i][j] for the pair (i, j); the diagonal is each code's total. */
  public record Cooccurrence(List<Code> codes, long[][] counts) {}

  /** Codes in tree order, with counts per side (null key = speaker not linked). */
  public record BySide(List<Code> codes, List<Side> sides, List<Map<Side, Long>> counts, List<Long> unlinked) {}

  private final JdbcClient db;
  private final Codebook codebook;
  private final ResearchProjects projects;
  private final PersonReferences people;
  private final ApplicationEventPublisher events;

  CodeMatrices(JdbcClient db, Codebook codebook, ResearchProjects projects, PersonReferences people,
      ApplicationEventPublisher events) {
    this.db = db;
    this.codebook = codebook;
    this.projects = projects;
    this.people = people;
    this.events = events;
  }

  public Cooccurrence cooccurrence(long projectId) {
    List<Code> codes = codebook.tree(projectId);
    Map<Long, Integer> index = indexOf(codes);
    long[][] counts = new long[codes.size()][codes.size()];
    for (Code c : codes) {
      counts[index.get(c.id())][index.get(c.id())] = c.codings();
    }
    db.sql("""
            select a.code_id a_code, b.code_id b_code, count(*) n from coding a join coding b
              on b.source_id = a.source_id and b.code_id <> a.code_id and b.voided_at is null
              and a.start_offset < b.end_offset and b.start_offset < a.end_offset
            where a.project_id = ? and a.voided_at is null group by a.code_id, b.code_id""")
        .param(projectId).query((rs, i) -> {
          Integer a = index.get(rs.getLong("a_code"));
          Integer b = index.get(rs.getLong("b_code"));
          if (a != null && b != null) {
            counts[a][b] = rs.getLong("n");
          }
          return null;
        }).list();
    return new Cooccurrence(codes, counts);
  }

  public BySide bySide(long projectId) {
    List<Code> codes = codebook.tree(projectId);
    Map<Long, Integer> index = indexOf(codes);
    List<Map<Side, Long>> counts = new ArrayList<>();
    List<Long> unlinked = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      counts.add(new LinkedHashMap<>());
      unlinked.add(0L);
    }
    Map<Long, Side> sides = new HashMap<>();
    db.sql("""
            select g.code_id, t.speaker_person_id person from coding g join source_segment t on t.source_id = g.source_id
              and t.start_offset <= g.start_offset and g.start_offset < t.end_offset
            where g.project_id = ? and g.voided_at is null and t.withheld_reason is null""")
        .param(projectId).query((rs, i) -> {
          Integer at = index.get(rs.getLong("code_id"));
          long person = rs.getLong("person");
          boolean linked = !rs.wasNull();
          if (at != null) {
            Side side = linked ? sides.computeIfAbsent(person, p -> people.sideOf(p, List.of()).orElse(null)) : null;
            if (side == null) {
              unlinked.set(at, unlinked.get(at) + 1);
            } else {
              counts.get(at).merge(side, 1L, Long::sum);
            }
          }
          return null;
        }).list();
    return new BySide(codes, List.of(Side.values()), counts, unlinked);
  }

  /** Records that a matrix left the platform as a file (who, which project, which matrix). */
  public void auditDownload(long projectId, String matrix, String format) {
    ResearchProject p = projects.get(projectId);
    events.publishEvent(new AuditedAction("EXPORT", "research_project", String.valueOf(projectId),
        "Code " + matrix + " matrix of '" + p.name() + "' downloaded as " + format, null, null));
  }

  private static Map<Long, Integer> indexOf(List<Code> codes) {
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      index.put(codes.get(i).id(), i);
    }
    return index;
  }
}
