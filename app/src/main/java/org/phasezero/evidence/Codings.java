package org.phasezero.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.evidence.internal.SegmentStore;
import org.phasezero.network.PersonReferences;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.SqlWhere;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Codes applied to passages of sources. Each coding has its coder; a coder applies a code to a range
 * once (the database refuses a second live copy, so a double tap does not count twice). A range
 * must lie inside its source and must not touch a withheld turn.
 */
@Service
public class Codings {

  private static final String SELECT = """
      select g.*, c.name code_name, c.color code_color from coding g join evidence_code c on c.id = g.code_id""";
  private static final int CONTEXT = 120;

  private final JdbcClient db;
  private final Sources sources;
  private final Codebook codebook;
  private final SegmentStore segments;
  private final PersonReferences people;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Codings(JdbcClient db, Sources sources, Codebook codebook, SegmentStore segments, PersonReferences people,
      ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.sources = sources;
    this.codebook = codebook;
    this.segments = segments;
    this.people = people;
    this.events = events;
    this.clock = clock;
  }

  /** Applies a code to [start, end) of a source, as the signed-in coder. */
  @Transactional
  public Coding apply(long sourceId, long codeId, int start, int end) {
    return apply(sourceId, codeId, start, end, CurrentUser.require().username(), null);
  }

  /** Applies a code; {@code coder} and {@code selectionGuid} are given by an import, else the signed-in user's. */
  @Transactional
  public Coding apply(long sourceId, long codeId, int start, int end, String coder, String selectionGuid) {
    return get(insert(sourceId, codeId, start, end, coder, selectionGuid, null));
  }

  /**
   * Applies a code in a blind coding round as the signed-in coder, and returns the coding's id. The
   * round's own rules (open, its coders, sources and codes) are checked by {@code CodingRounds},
   * which is the only caller; a round's codings never appear among the project's own.
   */
  @Transactional
  public long applyInRound(long roundId, long sourceId, long codeId, int start, int end) {
    return insert(sourceId, codeId, start, end, CurrentUser.require().username(), null, roundId);
  }

  private long insert(long sourceId, long codeId, int start, int end, String coder, String selectionGuid,
      Long roundId) {
    EvidenceSource source = sources.requireWorkable(sourceId);
    Code code = codebook.requireLive(codeId);
    if (code.projectId() != source.projectId()) {
      throw new Conflict("codeId", "The code '" + code.name() + "' belongs to another project.");
    }
    if (start < 0 || end <= start || end > source.charCount()) {
      throw new Conflict("start", "The selection " + start + "–" + end + " is outside the source, which has "
          + source.charCount() + " characters.");
    }
    if (segments.overlapping(sourceId, start, end).stream().anyMatch(r -> r.withheldReason() != null)) {
      throw new Conflict("start", "The selection includes a withheld turn (its speaker withdrew research consent).");
    }
    String message = "You have already applied '" + code.name() + "' to this passage.";
    long id = Unique.orConflict("codeId", message, () -> Keys.insert(db.sql("""
            insert into coding (project_id, source_id, code_id, start_offset, end_offset, coder, selection_guid, created_at,
              round_id, round_key)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(source.projectId(), sourceId, codeId, start, end, coder,
            selectionGuid == null ? UUID.randomUUID().toString() : selectionGuid, Rows.ts(clock.instant()), roundId,
            roundId == null ? 0L : roundId)));
    String where = roundId == null ? "" : " in a blind coding round";
    events.publishEvent(AuditedAction.created("coding", id, "'" + code.name() + "' applied to characters " + start
        + "–" + end + " of '" + source.name() + "'" + where, load(id)));
    return id;
  }

  /** A coding by id whatever its layer, for the audit record of what was just written. */
  private Coding load(long id) {
    return db.sql(SELECT + " where g.id = ?").param(id).query(Codings::map).single();
  }

  /** Codes a whole segment (a turn or paragraph): the form without JavaScript does this. */
  @Transactional
  public Coding applyToSegment(long sourceId, long segmentId, long codeId) {
    SegmentStore.Row row = segments.get(segmentId).filter(r -> r.sourceId() == sourceId)
        .orElseThrow(() -> new NotFound("turn", segmentId));
    return apply(row.sourceId(), codeId, row.start(), trimmedEnd(row));
  }

  /**
   * Codes a region of a picture source, given in whole percent of the picture (left, top, width,
   * height), as the signed-in coder. The coding's range is the picture's whole description.
   */
  @Transactional
  public Coding applyToRegion(long sourceId, long codeId, int left, int top, int width, int height) {
    EvidenceSource source = sources.requireWorkable(sourceId);
    if (source.media() != SourceMedia.PICTURE) {
      throw new Conflict("region", "Only a picture has regions to code; select words in this source instead.");
    }
    if (left < 0 || top < 0 || width < 1 || height < 1 || left + width > 100 || top + height > 100) {
      throw new Conflict("region", "The region must lie inside the picture: left and top from 0, width and height "
          + "from 1, and left + width and top + height at most 100 (percent).");
    }
    Code code = codebook.requireLive(codeId);
    if (code.projectId() != source.projectId()) {
      throw new Conflict("codeId", "The code '" + code.name() + "' belongs to another project.");
    }
    String region = left + "," + top + "," + width + "," + height;
    String coder = CurrentUser.require().username();
    long id = Unique.orConflict("codeId", "You have already applied '" + code.name() + "' to this region.",
        () -> Keys.insert(db.sql("""
            insert into coding (project_id, source_id, code_id, start_offset, end_offset, region, coder, selection_guid,
              created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(source.projectId(), sourceId, codeId, 0, Math.max(1, source.charCount()), region, coder,
            UUID.randomUUID().toString(), Rows.ts(clock.instant()))));
    Coding created = get(id);
    events.publishEvent(AuditedAction.created("coding", id, "'" + code.name() + "' applied to a region of the picture '"
        + source.name() + "'", created));
    return created;
  }

  /**
   * Codes several whole turns at once, all or nothing; a turn this coder already coded with this
   * code is left as it is. Returns how many codings were added.
   */
  @Transactional
  public int applyToSegments(long sourceId, List<Long> segmentIds, long codeId) {
    return applyToSegments(sourceId, segmentIds, codeId, null);
  }

  /** Codes several whole turns at once, in a blind coding round when {@code roundId} is given. */
  @Transactional
  public int applyToSegments(long sourceId, List<Long> segmentIds, long codeId, Long roundId) {
    String coder = CurrentUser.require().username();
    int added = 0;
    for (long segmentId : segmentIds) {
      SegmentStore.Row row = segments.get(segmentId).filter(r -> r.sourceId() == sourceId)
          .orElseThrow(() -> new NotFound("turn", segmentId));
      int end = trimmedEnd(row);
      boolean already = db.sql("""
              select count(*) from coding where source_id = ? and code_id = ? and coder = ? and start_offset = ?
              and end_offset = ? and round_key = ? and voided_at is null""")
          .params(sourceId, codeId, coder, row.start(), end, roundId == null ? 0L : roundId).query(Long.class)
          .single() > 0;
      if (!already) {
        insert(sourceId, codeId, row.start(), end, coder, null, roundId);
        added++;
      }
    }
    return added;
  }

  /** A turn's end without its trailing line breaks, so a coded turn does not run into the next. */
  private static int trimmedEnd(SegmentStore.Row row) {
    int end = row.end();
    while (end > row.start() + 1 && Character.isWhitespace(row.body().charAt(end - 1 - row.start()))) {
      end--;
    }
    return end;
  }

  public Coding get(long id) {
    SqlWhere where = ProjectAccess.visibleOn(CurrentUser.require(), "g.project_id").and("g.id = ?", id).and("g.round_id is null");
    return db.sql(SELECT + where.sql()).params(where.params()).query(Codings::map).optional()
        .orElseThrow(() -> new NotFound("coding", id));
  }

  /** Live codings overlapping [start, end) of a source, by position. */
  public List<Coding> overlapping(long sourceId, int start, int end) {
    sources.get(sourceId);
    return db.sql(SELECT + """
             where g.source_id = ? and g.round_id is null and g.voided_at is null and g.start_offset < ? and g.end_offset > ?
            order by g.start_offset, g.end_offset, g.id""")
        .params(sourceId, end, start).query(Codings::map).list();
  }

  /** Every live coding of a source. */
  public List<Coding> ofSource(long sourceId) {
    return overlapping(sourceId, 0, Integer.MAX_VALUE);
  }

  /** Every live coding of a code, with its words, context and speaker; withheld turns left out. */
  public List<CodedSegment> segmentsOf(long codeId) {
    return segmentsOf(codeId, null);
  }

  /** The passages of a code that a set of cases holds (all of them when {@code scope} is null). */
  public List<CodedSegment> segmentsOf(long codeId, Cases.Scope scope) {
    Code code = codebook.get(codeId);
    List<Coding> list = db.sql(SELECT + " where g.code_id = ? and g.round_id is null and g.voided_at is null order by g.source_id, g.start_offset")
        .param(codeId).query(Codings::map).list();
    java.util.Map<Long, EvidenceSource> named = new java.util.HashMap<>();
    return list.stream().map(g -> {
      EvidenceSource s = named.computeIfAbsent(g.sourceId(), sources::get);
      List<SegmentStore.Row> rows = segments.overlapping(g.sourceId(), g.start(), g.end());
      SegmentStore.Row first = rows.isEmpty() ? null : rows.get(0);
      String before = segments.text(g.sourceId(), Math.max(0, g.start() - CONTEXT), g.start());
      String after = segments.text(g.sourceId(), g.end(), Math.min(s.charCount(), g.end() + CONTEXT));
      Long person = first == null ? null : first.speakerPersonId();
      if (scope != null && !scope.holds(g.sourceId(), person)) {
        return null;
      }
      return new CodedSegment(g, s.name(), before, segments.text(g.sourceId(), g.start(), g.end()), after,
          first == null ? null : first.speakerLabel(),
          person == null ? null : people.sideOf(person, List.of()).orElse(null));
    }).filter(c -> c != null && code.projectId() == c.coding().projectId()).toList();
  }

  /** Records that a code's passages left the platform as a file (who, which code, how many). */
  public void auditDownload(Code code, int passages, String format) {
    events.publishEvent(new AuditedAction("EXPORT", "evidence_code", String.valueOf(code.id()),
        passages + " passages of code '" + code.name() + "' downloaded as " + format, null, null));
  }

  /** Removes a coding with a reason (any member of the project may, and it is audited). */
  @Transactional
  public Coding remove(long id, String reason) {
    Coding before = get(id);
    sources.requireWorkable(before.sourceId());
    if (before.voided()) {
      throw new Conflict("This coding was already removed.");
    }
    db.sql("update coding set voided_at = ?, void_reason = ?, live_key = null where id = ?")
        .params(Rows.ts(clock.instant()), reason, id).update();
    Coding after = get(id);
    events.publishEvent(AuditedAction.voided("coding", id, "'" + before.codeName() + "' removed from a passage: "
        + reason, before, after));
    return after;
  }

  /** Reads a row of {@code coding} joined with its code's name and colour. */
  public static Coding map(ResultSet rs, int row) throws SQLException {
    return new Coding(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("source_id"), rs.getLong("code_id"),
        rs.getString("code_name"), rs.getString("code_color"), rs.getInt("start_offset"), rs.getInt("end_offset"),
        rs.getString("coder"), Rows.instant(rs, "created_at"), Rows.instant(rs, "voided_at"),
        rs.getString("void_reason"), rs.getString("region"));
  }
}
