package org.phasezero.evidence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.phasezero.evidence.files.Segment;
import org.phasezero.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes a source's segments. The whole text is never loaded to show a page: a page is a
 * range of segments, and a selection's words are cut from the segments that overlap it.
 */
@Component
public class SegmentStore {

  /** Longest segment stored as one row; a longer paragraph is cut at a space so pages stay small. */
  public static final int MAX_SEGMENT = 20_000;

  /** A segment's stored columns, before anyone's side or name is looked up. */
  public record Row(long id, long sourceId, int seq, int start, int end, String body, String speakerLabel,
      Long speakerPersonId, Long startMillis, Long endMillis, String withheldReason) {}

  private final JdbcClient db;
  private final org.springframework.jdbc.core.JdbcTemplate jdbc;

  SegmentStore(JdbcClient db, org.springframework.jdbc.core.JdbcTemplate jdbc) {
    this.db = db;
    this.jdbc = jdbc;
  }

  // Typed, so that the driver is not asked for each null's type (a round of metadata per value on H2).
  private static final int[] ROW_TYPES = {java.sql.Types.BIGINT, java.sql.Types.INTEGER, java.sql.Types.INTEGER,
      java.sql.Types.INTEGER, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.BIGINT,
      java.sql.Types.BIGINT, java.sql.Types.BIGINT};

  /** Stores the segments of a new source in one batch; returns how many rows were written. */
  public int insert(long sourceId, String text, List<Segment> segments, java.util.Map<String, Long> speakers) {
    List<Object[]> rows = new ArrayList<>();
    int seq = 0;
    for (Segment s : split(text, segments)) {
      Long person = s.speakerLabel() == null ? null : speakers.get(s.speakerLabel());
      rows.add(new Object[] {sourceId, seq++, s.start(), s.end(), text.substring(s.start(), s.end()),
          s.speakerLabel(), person, s.startMillis(), s.endMillis()});
    }
    jdbc.batchUpdate("""
        insert into source_segment (source_id, seq, start_offset, end_offset, body, speaker_label, speaker_person_id,
          start_ms, end_ms) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, ROW_TYPES);
    return rows.size();
  }

  /** Segments longer than {@link #MAX_SEGMENT} cut at the last whitespace before the limit. */
  static List<Segment> split(String text, List<Segment> segments) {
    List<Segment> out = new ArrayList<>(segments.size());
    for (Segment s : segments) {
      int start = s.start();
      while (s.end() - start > MAX_SEGMENT) {
        int cut = start + MAX_SEGMENT;
        int space = cut;
        while (space > start + MAX_SEGMENT / 2 && !Character.isWhitespace(text.charAt(space - 1))) {
          space--;
        }
        cut = space > start + MAX_SEGMENT / 2 ? space : cut;
        if (Character.isLowSurrogate(text.charAt(cut))) {
          cut--;
        }
        out.add(new Segment(start, cut, s.speakerLabel(), s.startMillis(), s.endMillis()));
        start = cut;
      }
      out.add(new Segment(start, s.end(), s.speakerLabel(), s.startMillis(), s.endMillis()));
    }
    return out;
  }

  /** Segments from seq {@code from}, at most {@code count}. */
  public List<Row> page(long sourceId, int from, int count) {
    return db.sql("select * from source_segment where source_id = ? and seq >= ? and seq < ? order by seq")
        .params(sourceId, from, from + count).query(SegmentStore::map).list();
  }

  public java.util.Optional<Row> get(long segmentId) {
    return db.sql("select * from source_segment where id = ?").param(segmentId).query(SegmentStore::map).optional();
  }

  /** The segments overlapping [start, end) of a source's text, in order. */
  public List<Row> overlapping(long sourceId, int start, int end) {
    return db.sql("""
            select * from source_segment where source_id = ? and start_offset < ? and end_offset > ?
            order by seq""")
        .params(sourceId, Math.max(end, start + 1), start).query(SegmentStore::map).list();
  }

  /** The words of [start, end) of a source, cut from the segments that overlap it. */
  public String text(long sourceId, int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    for (Row r : overlapping(sourceId, start, end)) {
      b.append(r.body(), Math.max(start, r.start()) - r.start(), Math.min(end, r.end()) - r.start());
    }
    return b.toString();
  }

  /** Every segment of a source, in order (for export and indexing). */
  public List<Row> all(long sourceId) {
    return db.sql("select * from source_segment where source_id = ? order by seq").param(sourceId)
        .query(SegmentStore::map).list();
  }

  static Row map(ResultSet rs, int i) throws SQLException {
    return new Row(rs.getLong("id"), rs.getLong("source_id"), rs.getInt("seq"), rs.getInt("start_offset"),
        rs.getInt("end_offset"), rs.getString("body"), rs.getString("speaker_label"),
        Rows.longOrNull(rs, "speaker_person_id"), Rows.longOrNull(rs, "start_ms"), Rows.longOrNull(rs, "end_ms"),
        rs.getString("withheld_reason"));
  }
}
