package org.phasezero.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phasezero.evidence.files.Segment;
import org.phasezero.network.PersonReferences;
import org.phasezero.network.Side;
import org.phasezero.shared.Conflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A project's words for analysis elsewhere (the discourse module's corpora): every live turn or
 * paragraph of its live sources, each with where it is and who spoke, or only those a selection
 * keeps. This module's rules apply on the way out: the project must be one the user may open, a turn
 * whose speaker withdrew research consent is left out, and a speaker's side is the network's.
 */
@Service
public class Passages {

  /** Turns per page of a source's page: a turn's page is its seq divided by this. */
  public static final int TURNS_PER_SOURCE_PAGE = 40;

  /** One turn or paragraph, and where it is: {@code page} opens it on its source's page. */
  public record Passage(long sourceId, String sourceName, SourceKind kind, LocalDate observedOn, long segmentId,
      int seq, int page, String speakerLabel, Side side, String text) {

    /** The words spoken, without the speaker label the turn starts with (see {@link Segment#spoken}). */
    public String spoken() {
      return Segment.spoken(text, speakerLabel);
    }
  }

  /**
   * What to keep; a null field keeps everything. {@code codeIds} keeps the turns overlapping a live
   * coding of one of the codes or of a code inside one of them.
   */
  public record Selection(Side side, Set<Long> codeIds, SourceKind kind, LocalDate from, LocalDate to) {

    public static final Selection ALL = new Selection(null, null, null, null, null);
  }

  private final JdbcClient db;
  private final ResearchProjects projects;
  private final Codebook codebook;
  private final PersonReferences people;

  Passages(JdbcClient db, ResearchProjects projects, Codebook codebook, PersonReferences people) {
    this.db = db;
    this.projects = projects;
    this.codebook = codebook;
    this.people = people;
  }

  /** The project's passages that the selection keeps, in source order (sources by id, turns by seq). */
  public List<Passage> of(long projectId, Selection s) {
    projects.get(projectId);
    Set<Long> coded = s.codeIds() == null ? null : codedTurns(projectId, s.codeIds());
    record Row(long sourceId, String sourceName, SourceKind kind, LocalDate observedOn, long segmentId, int seq,
        String speakerLabel, Long personId, String text) {}
    List<Row> rows = db.sql("""
            select s.id source_id, s.name, s.kind, s.observed_on, g.id segment_id, g.seq, g.speaker_label,
              g.speaker_person_id, g.body from source_segment g join evidence_source s on s.id = g.source_id
            where s.project_id = ? and s.voided_at is null and g.withheld_reason is null
            order by s.id, g.seq""").param(projectId)
        .query((rs, n) -> new Row(rs.getLong("source_id"), rs.getString("name"), SourceKind.valueOf(rs.getString("kind")),
            org.phasezero.shared.Rows.date(rs, "observed_on"), rs.getLong("segment_id"), rs.getInt("seq"),
            rs.getString("speaker_label"), org.phasezero.shared.Rows.longOrNull(rs, "speaker_person_id"),
            rs.getString("body"))).list();
    Map<Long, Side> sides = new HashMap<>();
    List<Passage> kept = new ArrayList<>();
    for (Row r : rows) {
      if (coded != null && !coded.contains(r.segmentId())) {
        continue;
      }
      if (s.kind() != null && r.kind() != s.kind()) {
        continue;
      }
      if ((s.from() != null || s.to() != null) && (r.observedOn() == null
          || (s.from() != null && r.observedOn().isBefore(s.from())) || (s.to() != null && r.observedOn().isAfter(s.to())))) {
        continue;
      }
      Side side = r.personId() == null ? null
          : sides.computeIfAbsent(r.personId(), p -> people.sideOf(p, List.of()).orElse(null));
      if (s.side() != null && side != s.side()) {
        continue;
      }
      kept.add(new Passage(r.sourceId(), r.sourceName(), r.kind(), r.observedOn(), r.segmentId(), r.seq(),
          r.seq() / TURNS_PER_SOURCE_PAGE, r.speakerLabel(), side, r.text()));
    }
    return kept;
  }

  /** The turns overlapping a live coding of one of the codes (of the project) or of a code inside them. */
  public Set<Long> codedTurns(long projectId, Set<Long> codeIds) {
    Set<Long> codes = new HashSet<>();
    for (long id : codeIds) {
      Code code = codebook.get(id);
      if (code.projectId() != projectId) {
        throw new Conflict("codeIds", "The code '" + code.name() + "' belongs to another project.");
      }
      codes.add(id);
    }
    for (Code c : codebook.tree(projectId)) {
      if (c.parentId() != null && codes.contains(c.parentId())) {
        codes.add(c.id()); // the tree lists each parent before its children
      }
    }
    if (codes.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(db.sql("""
            select distinct g.id from coding c join source_segment g on g.source_id = c.source_id
              and g.start_offset < c.end_offset and g.end_offset > c.start_offset
            where c.code_id in (:codes) and c.round_id is null and c.voided_at is null""")
        .param("codes", codes).query(Long.class).list());
  }
}
