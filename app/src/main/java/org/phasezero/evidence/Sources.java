package org.phasezero.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.phasezero.evidence.files.ExtractedText;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.evidence.internal.SegmentStore;
import org.phasezero.network.PersonReferences;
import org.phasezero.network.Side;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.SqlWhere;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sources of research projects and their segments. A turn can be attributed to someone in the
 * network only while their consent to research use stands; a source opens a page of segments at a
 * time, so a 600,000-character transcript never travels whole.
 */
@Service
public class Sources {

  static final String SELECT = "select s.* from evidence_source s";

  private final JdbcClient db;
  private final SegmentStore segments;
  private final ResearchProjects projects;
  private final PersonReferences people;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Sources(JdbcClient db, SegmentStore segments, ResearchProjects projects, PersonReferences people,
      ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.segments = segments;
    this.projects = projects;
    this.people = people;
    this.events = events;
    this.clock = clock;
  }

  /** A project's live sources, by name. */
  public List<EvidenceSource> ofProject(long projectId) {
    projects.get(projectId);
    return db.sql(SELECT + " where s.project_id = ? and s.voided_at is null order by lower(s.name), s.id")
        .param(projectId).query(Sources::map).list();
  }

  /** A source the user may open (404 otherwise). */
  public EvidenceSource get(long id) {
    SqlWhere where = ProjectAccess.visibleOn(CurrentUser.require(), "s.project_id").and("s.id = ?", id);
    return db.sql(SELECT + where.sql()).params(where.params()).query(Sources::map).optional()
        .orElseThrow(() -> new NotFound("source", id));
  }

  /** A live source in a live project, which may gain codings, speakers and memos. */
  public EvidenceSource requireWorkable(long id) {
    EvidenceSource s = get(id);
    projects.requireWorkable(s.projectId());
    if (s.voided()) {
      throw new Conflict("This source was removed from the project and can no longer be coded.");
    }
    return s;
  }

  /**
   * Adds a source made of the given text and segments. {@code speakers} attributes the turns of
   * some speaker labels to people in the network; each must have consented to research use.
   */
  @Transactional
  public EvidenceSource add(long projectId, SourceDetails d, SourceMedia media, ExtractedText text, String fileName,
      String mediaType, Map<String, Long> speakers) {
    return add(projectId, d, media, text, fileName, mediaType, speakers, null);
  }

  @Transactional
  public EvidenceSource add(long projectId, SourceDetails d, SourceMedia media, ExtractedText text, String fileName,
      String mediaType, Map<String, Long> speakers, String guid) {
    ResearchProject project = projects.requireWorkable(projectId);
    speakers.forEach((label, person) -> requireConsented(label, person));
    var now = Rows.ts(clock.instant());
    String name = IncomingText.clean(d.getName()).strip();
    long id = Keys.insert(db.sql("""
            insert into evidence_source (project_id, guid, kind, media, name, description, observed_on, meeting_id,
              site_id, file_name, media_type, char_count, created_by, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(projectId, guid == null ? UUID.randomUUID().toString() : guid, d.getKind().name(), media.name(), name,
            Rows.blankToNull(d.getDescription()), d.getObservedOn() == null ? null : Rows.sqlDate(d.getObservedOn()),
            d.getMeetingId(), d.getSiteId(), fileName, mediaType, text.text().length(),
            CurrentUser.require().username(), now, now));
    int count = segments.insert(id, text.text(), text.segments(), speakers);
    db.sql("update evidence_source set segment_count = ? where id = ?").params(count, id).update();
    EvidenceSource added = get(id);
    events.publishEvent(AuditedAction.created("evidence_source", id,
        "Source '" + name + "' added to research project '" + project.name() + "'", added));
    events.publishEvent(new SourceChanged(id));
    return added;
  }

  /** Keeps a file the source came with (a workshop photo, a PDF, media an import carried). */
  @Transactional
  public void keepFile(long sourceId, String path, String mediaType, byte[] bytes) {
    requireWorkable(sourceId);
    db.sql("insert into source_file (source_id, path, media_type, bytes) values (?, ?, ?, ?)")
        .params(sourceId, path, mediaType, bytes).update();
  }

  /** A kept file's bytes and media type, for a source the user may open. */
  public java.util.Optional<Map.Entry<String, byte[]>> file(long sourceId) {
    get(sourceId);
    return db.sql("select media_type, bytes from source_file where source_id = ? order by id").param(sourceId)
        .query((rs, i) -> Map.entry(String.valueOf(rs.getString("media_type")), rs.getBytes("bytes"))).optional();
  }

  /** A page of a source's segments, with each speaker's side. */
  public List<SourceSegment> page(long sourceId, int from, int count) {
    get(sourceId);
    return withSides(segments.page(sourceId, from, count));
  }

  /** The words of [start, end) of a source the user may open. */
  public String text(long sourceId, int start, int end) {
    get(sourceId);
    return segments.text(sourceId, start, end);
  }

  /** The speaker labels of a source, with how many turns each has and who they are linked to. */
  public List<Speaker> speakers(long sourceId) {
    get(sourceId);
    return db.sql("""
            select speaker_label, min(speaker_person_id) person_id, count(*) turns from source_segment
            where source_id = ? and speaker_label is not null group by speaker_label order by min(seq)""")
        .param(sourceId).query((rs, i) -> new Speaker(rs.getString("speaker_label"), Rows.longOrNull(rs, "person_id"),
            null, null, rs.getInt("turns"))).list().stream()
        // Names and sides are asked after the query: a row mapper holds its connection, and a query inside
        // it would take a second one from the pool.
        .map(s -> s.personId() == null ? s : new Speaker(s.label(), s.personId(), people.researchName(s.personId()),
            people.sideOf(s.personId(), List.of()).orElse(null), s.turns()))
        .toList();
  }

  /** A speaker label in a source: how the transcript names someone, and whom it was linked to. */
  public record Speaker(String label, Long personId, String researchName, Side side, int turns) {}

  /** Links every turn of a speaker label in a source to a person who consented to research use. */
  @Transactional
  public void linkSpeaker(long sourceId, String label, long personId) {
    EvidenceSource s = requireWorkable(sourceId);
    requireConsented(label, personId);
    int n = db.sql("update source_segment set speaker_person_id = ? where source_id = ? and speaker_label = ?")
        .params(personId, sourceId, label).update();
    if (n == 0) {
      throw new Conflict("label", "This source has no turns by '" + label + "'.");
    }
    events.publishEvent(new AuditedAction("UPDATE", "evidence_source", String.valueOf(sourceId),
        n + " turns by '" + label + "' in '" + s.name() + "' attributed to " + people.researchName(personId), null,
        Map.of("label", label, "personId", personId, "turns", n)));
  }

  @Transactional
  public EvidenceSource remove(long id, String reason) {
    EvidenceSource before = requireWorkable(id);
    db.sql("update evidence_source set voided_at = ?, void_reason = ? where id = ?")
        .params(Rows.ts(clock.instant()), reason, id).update();
    EvidenceSource after = get(id);
    events.publishEvent(AuditedAction.voided("evidence_source", id, "Source '" + before.name() + "' removed: " + reason,
        before, after));
    events.publishEvent(new SourceChanged(id));
    return after;
  }

  private void requireConsented(String label, Long personId) {
    if (personId == null) {
      return;
    }
    if (!people.isLive(personId)) {
      throw new Conflict("speaker", "There is no person with id " + personId + " to attribute '" + label + "' to.");
    }
    if (!people.consentedToResearch(personId)) {
      throw new Conflict("speaker", "The turns of '" + label + "' cannot be attributed to this person: they have "
          + "no consent to research use recorded. Record their consent to research use on their page first.");
    }
  }

  private List<SourceSegment> withSides(List<SegmentStore.Row> rows) {
    Map<Long, Side> sides = new HashMap<>();
    return rows.stream().map(r -> {
      Side side = r.speakerPersonId() == null ? null
          : sides.computeIfAbsent(r.speakerPersonId(), p -> people.sideOf(p, List.of()).orElse(null));
      return new SourceSegment(r.id(), r.sourceId(), r.seq(), r.start(), r.end(),
          r.withheldReason() == null ? r.body() : "", r.speakerLabel(), r.speakerPersonId(), side, r.startMillis(),
          r.endMillis(), r.withheldReason());
    }).toList();
  }

  static EvidenceSource map(ResultSet rs, int row) throws SQLException {
    return new EvidenceSource(rs.getLong("id"), rs.getLong("project_id"), rs.getString("guid"),
        SourceKind.valueOf(rs.getString("kind")), SourceMedia.valueOf(rs.getString("media")), rs.getString("name"),
        rs.getString("description"), Rows.date(rs, "observed_on"), Rows.longOrNull(rs, "meeting_id"),
        Rows.longOrNull(rs, "site_id"), rs.getString("file_name"), rs.getString("media_type"), rs.getInt("char_count"),
        rs.getInt("segment_count"), rs.getString("kept_xml") != null, rs.getString("created_by"),
        Rows.instant(rs, "created_at"), rs.getInt("version"), Rows.instant(rs, "voided_at"),
        rs.getString("void_reason"));
  }
}
