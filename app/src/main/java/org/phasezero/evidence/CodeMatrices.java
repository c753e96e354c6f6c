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

  /** Codes in tree order × the project's live cases: counts[code][case] passages the case holds. */
  public record ByCase(List<Code> codes, List<EvidenceCase> cases, long[][] counts) {}

  private final JdbcClient db;
  private final Codebook codebook;
  private final ResearchProjects projects;
  private final PersonReferences people;
  private final Cases cases;
  private final ApplicationEventPublisher events;

  CodeMatrices(JdbcClient db, Codebook codebook, ResearchProjects projects, PersonReferences people, Cases cases,
      ApplicationEventPublisher events) {
    this.cases = cases;
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
              on b.source_id = a.source_id and b.code_id <> a.code_id and b.round_id is null and b.voided_at is null
              and a.start_offset < b.end_offset and b.start_offset < a.end_offset
            where a.project_id = ? and a.round_id is null and a.voided_at is null group by a.code_id, b.code_id""")
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
    // Read the (code, speaker) pairs first: a row mapper holds its connection, and asking a person's
    // side inside it would take a second one from the pool.
    List<long[]> pairs = db.sql("""
            select g.code_id, t.speaker_person_id person from coding g join source_segment t on t.source_id = g.source_id
              and t.start_offset <= g.start_offset and g.start_offset < t.end_offset
            where g.project_id = ? and g.round_id is null and g.voided_at is null and t.withheld_reason is null""")
        .param(projectId).query((rs, i) -> {
          long code = rs.getLong("code_id");
          long person = rs.getLong("person");
          return new long[] {code, rs.wasNull() ? -1 : person};
        }).list();
    for (long[] pair : pairs) {
      Integer at = index.get(pair[0]);
      if (at == null) {
        continue;
      }
      Side side = pair[1] < 0 ? null : sides.computeIfAbsent(pair[1], p -> people.sideOf(p, List.of()).orElse(null));
      if (side == null) {
        unlinked.set(at, unlinked.get(at) + 1);
      } else {
        counts.get(at).merge(side, 1L, Long::sum);
      }
    }
    return new BySide(codes, List.of(Side.values()), counts, unlinked);
  }

  /**
   * Code × case: how many passages of each code each case holds. A passage belongs to a person's
   * case when it starts in a turn that person speaks, and to any case its whole source is linked to
   * (see {@link Cases}); a passage may so count for several cases. Withheld turns are left out.
   */
  public ByCase byCase(long projectId) {
    List<Code> codes = codebook.tree(projectId);
    List<EvidenceCase> all = cases.ofProject(projectId);
    Map<Long, Integer> codeAt = indexOf(codes);
    Map<Long, Integer> caseAt = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      caseAt.put(all.get(i).id(), i);
    }
    long[][] counts = new long[codes.size()][all.size()];
    db.sql("""
            select g.code_id, c.id case_id, count(*) n from coding g
              left join source_segment t on t.source_id = g.source_id
                and t.start_offset <= g.start_offset and g.start_offset < t.end_offset
              join evidence_case c on c.project_id = g.project_id and c.voided_at is null
                and (c.person_id = t.speaker_person_id
                  or exists (select 1 from case_source cs where cs.case_id = c.id and cs.source_id = g.source_id))
            where g.project_id = ? and g.round_id is null and g.voided_at is null and (t.id is null or t.withheld_reason is null)
            group by g.code_id, c.id""")
        .param(projectId).query((rs, i) -> {
          Integer code = codeAt.get(rs.getLong("code_id"));
          Integer at = caseAt.get(rs.getLong("case_id"));
          if (code != null && at != null) {
            counts[code][at] = rs.getLong("n");
          }
          return null;
        }).list();
    return new ByCase(codes, all, counts);
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
