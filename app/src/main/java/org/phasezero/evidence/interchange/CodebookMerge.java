package org.phasezero.evidence.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.phasezero.evidence.CodeForm;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.refiqda.Code;
import org.phasezero.evidence.refiqda.CodebookCheck;
import org.phasezero.evidence.refiqda.ImportedCodebook;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a checked codebook into a project's, all or nothing (one transaction), matching codes by
 * GUID within the project (a GUID names a code within one project: the same codebook may be merged
 * into several). A live code the file names takes the file's name, description, colour and place;
 * a code the file does not name is left as it is; nothing is removed. A GUID new to the project is a
 * new code under its parent in the file, after the codes already there; a GUID the project had on a
 * removed code is a new code with a new GUID (removed codes stay removed, and GUIDs stay unique).
 *
 * <p>Nesting is the only way a codebook says a code's parent, and parents are placed before their
 * children, so moving codes to their places in file order never puts a code under itself. A colour
 * is optional in the standard and some programs never write one, so a code without one keeps the
 * colour it has. Every change is audited by {@link Codebook}; the merge as a whole once more here.
 */
@Component
class CodebookMerge {

  private final JdbcClient db;
  private final JdbcTemplate jdbc;
  private final Codebook codebook;
  private final ApplicationEventPublisher events;

  CodebookMerge(JdbcClient db, JdbcTemplate jdbc, Codebook codebook, ApplicationEventPublisher events) {
    this.db = db;
    this.jdbc = jdbc;
    this.codebook = codebook;
    this.events = events;
  }

  private record Row(long id, String guid, Long parentId, String name, String description, String color, int version,
      boolean voided) {}

  /** Counts and warnings as the merge goes. */
  private static final class Tally {
    int added;
    int updated;
    int unchanged;
    int withoutColour;
    final List<Long> addedIds = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
  }

  @Transactional
  public CodebookImportResult merge(ResearchProject project, ImportedCodebook file, String fileName) {
    Map<String, Row> existing = new HashMap<>();
    db.sql("select * from evidence_code where project_id = ?").param(project.id())
        .query((rs, i) -> new Row(rs.getLong("id"), rs.getString("guid"), Rows.longOrNull(rs, "parent_id"),
            rs.getString("name"), rs.getString("description"), rs.getString("color"), rs.getInt("version"),
            rs.getTimestamp("voided_at") != null))
        .list().forEach(r -> existing.put(CodebookCheck.canonicalGuid(r.guid()), r));
    int nextSortOrder = db.sql("select coalesce(max(sort_order), -1) + 1 from evidence_code where project_id = ?")
        .param(project.id()).query(Integer.class).single();
    Tally tally = new Tally();
    tally.warnings.addAll(file.warnings());
    for (Code root : file.codeBook().codes()) {
      place(project.id(), root, null, existing, tally);
    }
    List<Object[]> sortOrders = new ArrayList<>();
    for (long id : tally.addedIds) {
      sortOrders.add(new Object[] {nextSortOrder++, id});
    }
    jdbc.batchUpdate("update evidence_code set sort_order = ? where id = ?", sortOrders);
    if (tally.withoutColour > 0) {
      tally.warnings.add(tally.withoutColour + " codes have no colour; codes already in the codebook kept theirs");
    }
    if (!file.sets().isEmpty()) {
      tally.warnings.add("the codebook's " + file.sets().size() + " sets of codes were not imported (PhaseZero has"
          + " no sets yet)");
    }
    CodebookImportResult result = new CodebookImportResult(project.id(), tally.added, tally.updated, tally.unchanged,
        tally.warnings);
    events.publishEvent(new AuditedAction("IMPORT", "research_project", String.valueOf(project.id()),
        "REFI-QDA codebook '" + fileName + "' merged into the codebook of '" + project.name() + "': " + tally.added
            + " codes added, " + tally.updated + " updated, " + tally.unchanged + " unchanged",
        null, Map.of("added", tally.added, "updated", tally.updated, "unchanged", tally.unchanged,
            "warnings", tally.warnings.size())));
    return result;
  }

  private void place(long projectId, Code code, Long parentId, Map<String, Row> existing, Tally tally) {
    String name = StoredText.cut(StoredText.name(code.name()), 300);
    name = name == null ? "(unnamed code)" : name;
    String description = StoredText.description(code.description());
    String color = CodebookCheck.color(code.color());
    if (color == null) {
      tally.withoutColour++;
    }
    Row row = existing.get(CodebookCheck.canonicalGuid(code.guid()));
    long id;
    if (row != null && !row.voided()) {
      id = row.id();
      String keptColor = color == null ? row.color() : color;
      if (name.equals(row.name()) && Objects.equals(description, row.description())
          && (keptColor == null ? row.color() == null : keptColor.equalsIgnoreCase(row.color()))
          && Objects.equals(parentId, row.parentId())) {
        tally.unchanged++;
      } else {
        CodeForm form = new CodeForm(name, description, keptColor, parentId);
        form.setVersion(row.version());
        codebook.updateFromImport(id, form);
        tally.updated++;
      }
    } else {
      String guid = row == null ? withoutBraces(code.guid()) : UUID.randomUUID().toString();
      if (row != null) {
        tally.warnings.add("Code '" + name + "': its GUID " + code.guid() + " belongs to a code removed from this"
            + " codebook; added as a new code with the GUID " + guid);
      }
      id = codebook.create(projectId, new CodeForm(name, description, color, parentId), guid, code.codable()).id();
      tally.addedIds.add(id);
      tally.added++;
    }
    for (Code child : code.children()) {
      place(projectId, child, id, existing, tally);
    }
  }

  /** A GUID as the database holds it: 36 characters, without the braces the schema allows. */
  private static String withoutBraces(String guid) {
    String g = guid.strip();
    return g.startsWith("{") && g.endsWith("}") ? g.substring(1, g.length() - 1) : g;
  }
}
