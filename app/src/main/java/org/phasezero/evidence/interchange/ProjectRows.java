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
    List<VariableRow> variables, List<CaseRow> cases, byte[] baseline) {

  record VariableRow(String guid, String name, String typeName) {}

  /** A case with its values by variable GUID and the GUIDs of the live sources linked to it. */
  record CaseRow(long id, String guid, String name, String description, boolean voided,
      java.util.Map<String, String> values, List<String> sourceGuids) {}

  record CodeRow(long id, String guid, Long parentId, String name, String description, String color, boolean codable,
      int sortOrder, boolean voided) {}

  record SourceRow(long id, String guid, String name, String description, SourceMedia media, boolean voided) {}

  record CodingRow(long id, long sourceId, String codeGuid, int start, int end, String coder, String selectionGuid,
      String guid, OffsetDateTime created, boolean voided, String region) {}

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
            where g.project_id = ? and g.round_id is null order by g.id""")
        .param(projectId).query((rs, i) -> new CodingRow(rs.getLong("id"), rs.getLong("source_id"),
            rs.getString("code_guid"), rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("coder"),
            rs.getString("selection_guid"), rs.getString("guid"), utc(Rows.instant(rs, "created_at")),
            rs.getTimestamp("voided_at") != null, rs.getString("region"))).list();
    List<MemoRow> memos = db.sql("select * from memo where project_id = ? order by id").param(projectId)
        .query((rs, i) -> new MemoRow(rs.getLong("id"), rs.getString("guid"),
            MemoTarget.valueOf(rs.getString("target_kind")), rs.getLong("target_id"), rs.getString("title"),
            rs.getString("body"), rs.getString("author"), utc(Rows.instant(rs, "created_at")),
            rs.getTimestamp("voided_at") != null)).list();
    List<VariableRow> variables = db.sql("select * from case_variable where project_id = ? order by id")
        .param(projectId).query((rs, i) -> new VariableRow(rs.getString("guid"), rs.getString("name"),
            rs.getString("type_name"))).list();
    List<CaseRow> cases = db.sql("select * from evidence_case where project_id = ? order by id").param(projectId)
        .query((rs, i) -> new CaseRow(rs.getLong("id"), rs.getString("guid"), rs.getString("name"),
            rs.getString("description"), rs.getTimestamp("voided_at") != null, new java.util.LinkedHashMap<>(),
            new java.util.ArrayList<>())).list();
    java.util.Map<Long, CaseRow> byId = new java.util.HashMap<>();
    cases.forEach(c -> byId.put(c.id(), c));
    db.sql("""
            select x.case_id, v.guid, x.var_value from case_value x join case_variable v on v.id = x.variable_id
            where v.project_id = ? order by v.id""").param(projectId).query((rs, i) -> {
              CaseRow c = byId.get(rs.getLong("case_id"));
              if (c != null && rs.getString("var_value") != null) {
                c.values().put(rs.getString("guid"), rs.getString("var_value"));
              }
              return null;
            }).list();
    db.sql("""
            select cs.case_id, s.guid from case_source cs join evidence_source s on s.id = cs.source_id
            where s.project_id = ? and s.voided_at is null order by s.id""").param(projectId).query((rs, i) -> {
              CaseRow c = byId.get(rs.getLong("case_id"));
              if (c != null) {
                c.sourceGuids().add(rs.getString("guid"));
              }
              return null;
            }).list();
    byte[] baseline = db.sql("select qdpx from project_baseline where project_id = ?").param(projectId)
        .query((rs, i) -> rs.getBytes("qdpx")).optional().orElse(null);
    return new ProjectRows(codes, sources, codings, memos, variables, cases, baseline);
  }

  private static OffsetDateTime utc(java.time.Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC).withNano(0);
  }
}
