package org.phasezero.evidence.interchange;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.phasezero.evidence.MemoTarget;
import org.phasezero.evidence.SourceMedia;
import org.phasezero.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A project's rows as an export needs them, voided ones included (they say what was removed). */
record ProjectRows(List<CodeRow> codes, List<SourceRow> sources, List<CodingRow> codings, List<MemoRow> memos,
    byte[] baseline) {

  record CodeRow(long id, String guid, Long parentId, String name, String description, String color, boolean codable,
      int sortOrder, boolean voided) {}

  record SourceRow(long id, String guid, String name, String description, SourceMedia media, boolean voided) {}

  record CodingRow(long id, long sourceId, String codeGuid, int start, int end, String coder, String selectionGuid,
      String guid, OffsetDateTime created, boolean voided) {}

  record MemoRow(long id, String guid, MemoTarget target, long targetId, String title, String body, String author,
      OffsetDateTime created, boolean voided) {}

  static ProjectRows load(JdbcClient db, long projectId) {
    List<CodeRow> codes = db.sql("select * from evidence_code where project_id = ? order by id").param(projectId)
        .query((rs, i) -> new CodeRow(rs.getLong("id"), rs.getString("guid"), Rows.longOrNull(rs, "parent_id"),
            rs.getString("name"), rs.getString("description"), rs.getString("color"), rs.getBoolean("codable"),
            rs.getInt("sort_order"), rs.getTimestamp("voided_at") != null)).list();
    List<SourceRow> sources = db.sql("select * from evidence_source where project_id = ? order by id")
        .param(projectId).query((rs, i) -> new SourceRow(rs.getLong("id"), rs.getString("guid"), rs.getString("name"),
            rs.getString("description"), SourceMedia.valueOf(rs.getString("media")),
            rs.getTimestamp("voided_at") != null)).list();
    List<CodingRow> codings = db.sql("""
            select g.*, c.guid code_guid from coding g join evidence_code c on c.id = g.code_id
            where g.project_id = ? order by g.id""")
        .param(projectId).query((rs, i) -> new CodingRow(rs.getLong("id"), rs.getLong("source_id"),
            rs.getString("code_guid"), rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("coder"),
            rs.getString("selection_guid"), rs.getString("guid"), utc(Rows.instant(rs, "created_at")),
            rs.getTimestamp("voided_at") != null)).list();
    List<MemoRow> memos = db.sql("select * from memo where project_id = ? order by id").param(projectId)
        .query((rs, i) -> new MemoRow(rs.getLong("id"), rs.getString("guid"),
            MemoTarget.valueOf(rs.getString("target_kind")), rs.getLong("target_id"), rs.getString("title"),
            rs.getString("body"), rs.getString("author"), utc(Rows.instant(rs, "created_at")),
            rs.getTimestamp("voided_at") != null)).list();
    byte[] baseline = db.sql("select qdpx from project_baseline where project_id = ?").param(projectId)
        .query((rs, i) -> rs.getBytes("qdpx")).optional().orElse(null);
    return new ProjectRows(codes, sources, codings, memos, baseline);
  }

  private static OffsetDateTime utc(java.time.Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC).withNano(0);
  }
}
