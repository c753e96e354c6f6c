package org.phasezero.evidence.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phasezero.evidence.Code;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.Passages;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.network.PersonReferences;
import org.phasezero.network.Side;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the sources a user may see: the turns and paragraphs that contain the
 * words, each with its keyword-in-context lines and a highlighted passage, filtered by project,
 * case, the speaker's side and code. See {@link SearchText} for what may be typed.
 *
 * <p>Access is the projects' own rule ({@link ProjectAccess}): the ids of the projects the user may
 * open are read with that SQL on every search and passed into the index query as a filter, so a hit
 * from another project cannot come back, whatever the index holds. A project, code or case the user
 * may not open answers "not found"; a statutory partner is refused.
 *
 * <p>Why codes, cases and sides are looked up when searching rather than indexed: codings change
 * with every click of a coder and carry no event of their own, cases are linked to sources apart from
 * them, and a speaker's side follows their organisation's membership in the network. Each is a small
 * SQL lookup (the turns overlapping the code's live codings; the case's sources; the network's
 * side for each person linked to an indexed turn) that is always current, turned into a set filter
 * on the index. A turn counts as coded when any live coding of the code (or of a code inside it)
 * overlaps it.
 */
@Service
public class EvidenceSearch {

  /** What to search for; every filter but the text may be null. */
  public record Query(String text, Long projectId, Side side, Long codeId, Long caseId, int from, int size) {}

  /**
   * A turn that matches: where it is, who spoke, how many hits it has, the first
   * {@link #MAX_LINES} of them as keyword-in-context lines, and its passage.
   */
  public record Hit(long projectId, long sourceId, String sourceName, long segmentId, int seq, int page,
      String speakerLabel, Side speakerSide, int hitCount, List<KeywordInContext.Line> lines,
      List<KeywordInContext.Piece> passage) {}

  /**
   * A page of matching turns: {@code total} turns match in all; {@code rebuilding} when the index is
   * being built from the database and may miss some.
   */
  public record Results(String text, long total, int from, int size, List<Hit> hits, boolean rebuilding) {

    public boolean hasNext() {
      return from + hits.size() < total;
    }
  }

  /** The most turns on one page of results. */
  public static final int MAX_SIZE = 100;
  /** The most keyword-in-context lines of one turn (a long paragraph may hold hundreds of "the"). */
  public static final int MAX_LINES = 50;
  /** Turns per page of a source's page (its {@code ?page=} is the turn's seq divided by this). */
  public static final int TURNS_PER_SOURCE_PAGE = Passages.TURNS_PER_SOURCE_PAGE;

  private final JdbcClient db;
  private final EvidenceIndexer indexer;
  private final ResearchProjects projects;
  private final Codebook codebook;
  private final PersonReferences people;
  private final Passages passages;

  EvidenceSearch(JdbcClient db, EvidenceIndexer indexer, ResearchProjects projects, Codebook codebook,
      PersonReferences people, Passages passages) {
    this.passages = passages;
    this.db = db;
    this.indexer = indexer;
    this.projects = projects;
    this.codebook = codebook;
    this.people = people;
  }

  public Results search(Query q) {
    CurrentUser user = CurrentUser.require();
    ProjectAccess.requireResearchRole(user);
    if (q.from() < 0 || q.size() < 1 || q.size() > MAX_SIZE) {
      throw new IllegalArgumentException("Ask for between 1 and " + MAX_SIZE + " results from a position of 0 or more.");
    }
    SearchText text = SearchText.parse(q.text());
    List<Long> projectIds = q.projectId() != null ? List.of(projects.get(q.projectId()).id()) : visibleProjects(user);
    List<Long> segments = q.codeId() == null ? null : codedTurns(q.codeId(), q.projectId());
    if (q.caseId() != null) {
      List<Long> ofCase = turnsOfCase(q.caseId(), projectIds);
      segments = segments == null ? ofCase : segments.stream().filter(new HashSet<>(ofCase)::contains).toList();
    }
    Map<Long, Side> sides = new HashMap<>();
    List<Long> speakers = q.side() == null ? null : speakersOn(q.side(), sides);
    EvidenceIndex.Page page = indexer.index().search(text,
        new EvidenceIndex.Scope(projectIds, null, segments, speakers), q.from(), q.size());
    Map<Long, String> names = sourceNames(page.matches());
    List<Hit> hits = new ArrayList<>(page.matches().size());
    for (EvidenceIndex.Match m : page.matches()) {
      EvidenceIndex.Entry e = m.entry();
      Side side = e.speakerPersonId() == null ? null : sides.computeIfAbsent(e.speakerPersonId(), this::sideOf);
      hits.add(new Hit(e.projectId(), e.sourceId(), names.get(e.sourceId()), e.segmentId(), e.seq(),
          e.seq() / TURNS_PER_SOURCE_PAGE, e.speakerLabel(), side, m.hits().size(),
          m.hits().stream().limit(MAX_LINES).map(h -> KeywordInContext.line(e.text(), e.start(), h)).toList(),
          KeywordInContext.passage(e.text(), m.hits())));
    }
    return new Results(q.text(), page.total(), q.from(), q.size(), hits, indexer.rebuilding());
  }

  /** The cases of a project the user may open, for the filter: id and name, by name. */
  public List<Map.Entry<Long, String>> cases(long projectId) {
    projects.get(projectId);
    return db.sql("select id, name from evidence_case where project_id = ? and voided_at is null order by lower(name), id")
        .param(projectId).query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
  }

  private List<Long> visibleProjects(CurrentUser user) {
    SqlWhere where = ProjectAccess.visibleOn(user, "r.id");
    return db.sql("select r.id from research_project r" + where.sql()).params(where.params()).query(Long.class).list();
  }

  /** The turns overlapping a live coding of the code or of a code inside it. */
  private List<Long> codedTurns(long codeId, Long projectId) {
    Code code = codebook.get(codeId);
    if (projectId != null && code.projectId() != projectId) {
      throw new Conflict("codeId", "The code '" + code.name() + "' belongs to another project.");
    }
    return new ArrayList<>(passages.codedTurns(code.projectId(), Set.of(codeId)));
  }

  /**
   * The turns a case holds, in one of the projects searched (404 for a case the user may not open):
   * every turn of the sources linked to it, and every turn its person speaks (see {@code Cases}).
   */
  private List<Long> turnsOfCase(long caseId, List<Long> projectIds) {
    db.sql("select project_id from evidence_case where id = ?").param(caseId).query(Long.class).optional()
        .filter(projectIds::contains).orElseThrow(() -> new NotFound("case", caseId));
    return db.sql("""
            select t.id from source_segment t join evidence_case c on c.id = ?
              join evidence_source s on s.id = t.source_id and s.project_id = c.project_id
            where t.source_id in (select cs.source_id from case_source cs where cs.case_id = c.id)
              or (c.person_id is not null and t.speaker_person_id = c.person_id)""")
        .param(caseId).query(Long.class).list();
  }

  /** The people linked to indexed turns whose side (the network's rule) is the one asked for. */
  private List<Long> speakersOn(Side side, Map<Long, Side> sides) {
    List<Long> ids = new ArrayList<>();
    for (long person : indexer.index().speakerPeople()) {
      if (sides.computeIfAbsent(person, this::sideOf) == side) {
        ids.add(person);
      }
    }
    return ids;
  }

  private Side sideOf(long personId) {
    return people.sideOf(personId, List.of()).orElse(null);
  }

  private Map<Long, String> sourceNames(List<EvidenceIndex.Match> matches) {
    Set<Long> ids = new HashSet<>();
    matches.forEach(m -> ids.add(m.entry().sourceId()));
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      db.sql("select id, name from evidence_source where id in (:ids)").param("ids", ids)
          .query(rs -> {
            names.put(rs.getLong(1), rs.getString(2));
          });
    }
    return names;
  }
}
