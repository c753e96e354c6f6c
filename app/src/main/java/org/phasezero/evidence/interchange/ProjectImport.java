package org.phasezero.evidence.interchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.phasezero.evidence.CodeForm;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.MemoTarget;
import org.phasezero.evidence.Memos;
import org.phasezero.evidence.ProjectForm;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.SourceDetails;
import org.phasezero.evidence.SourceKind;
import org.phasezero.evidence.SourceMedia;
import org.phasezero.evidence.Sources;
import org.phasezero.evidence.files.ExtractedText;
import org.phasezero.evidence.refiqda.AudioSource;
import org.phasezero.evidence.refiqda.Case;
import org.phasezero.evidence.refiqda.Code;
import org.phasezero.evidence.refiqda.Coding;
import org.phasezero.evidence.refiqda.PdfSource;
import org.phasezero.evidence.refiqda.PictureSource;
import org.phasezero.evidence.refiqda.PlainTextSelection;
import org.phasezero.evidence.refiqda.QdaProject;
import org.phasezero.evidence.refiqda.Source;
import org.phasezero.evidence.refiqda.TextSource;
import org.phasezero.evidence.refiqda.User;
import org.phasezero.evidence.refiqda.Variable;
import org.phasezero.evidence.refiqda.VariableValue;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a checked REFI-QDA project as a new research project, all or nothing (one transaction):
 * the codebook, every source (texts split into paragraphs; PDF, picture, audio and video sources as
 * rows that say their content is kept, not shown), each coding of a text selection as a coding row
 * with the selection's and its own GUID and its coder, memos from notes, cases and variables, and
 * the project itself as the baseline an export starts from.
 */
@Component
class ProjectImport {

  /** The coder of a coding made by a REFI-QDA user: {@code qdpx:<user GUID>}; {@code qdpx} when none is named. */
  static final String CODER_PREFIX = "qdpx";

  private final JdbcClient db;
  private final JdbcTemplate jdbc;
  private final ResearchProjects projects;
  private final Sources sources;
  private final Codebook codebook;
  private final Memos memos;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ProjectImport(JdbcClient db, JdbcTemplate jdbc, ResearchProjects projects, Sources sources, Codebook codebook,
      Memos memos, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.jdbc = jdbc;
    this.projects = projects;
    this.sources = sources;
    this.codebook = codebook;
    this.memos = memos;
    this.events = events;
    this.clock = clock;
  }

  static String coder(String userGuid) {
    return userGuid == null ? CODER_PREFIX : CODER_PREFIX + ":" + userGuid;
  }

  /** The REFI-QDA user GUID of a coder string written by {@link #coder}, or null. */
  static String userGuid(String coder) {
    return coder.startsWith(CODER_PREFIX + ":") ? coder.substring(CODER_PREFIX.length() + 1) : null;
  }

  @Transactional
  public ImportResult store(QdaProject p, String name, String fileName, byte[] baseline, List<String> fileWarnings) {
    List<String> warnings = new ArrayList<>(fileWarnings);
    ResearchProject project = projects.create(
        new ProjectForm(name, StoredText.cut(p.description(), 4000)), null, StoredText.cut(p.origin(), 200));
    long id = project.id();
    storeUsers(id, p.users());
    Map<String, Long> codes = storeCodes(id, p);
    Map<String, Long> sourceIds = new HashMap<>();
    int selections = 0;
    List<Object[]> codingRows = new ArrayList<>();
    for (Source s : p.sources()) {
      long sourceId = storeSource(id, s, warnings);
      sourceIds.put(s.guid(), sourceId);
      if (s instanceof TextSource t && t.text() != null) {
        selections += codingRows(id, sourceId, t, codes, codingRows, warnings);
      }
    }
    jdbc.batchUpdate("""
        insert into coding (project_id, source_id, code_id, start_offset, end_offset, coder, selection_guid, guid,
          created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", codingRows);
    int memoCount = storeMemos(id, p, codes, sourceIds, warnings);
    int cases = storeCases(id, p, sourceIds, warnings);
    db.sql("""
            insert into project_baseline (project_id, qdpx, file_name, warnings, imported_by, imported_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(id, baseline, StoredText.cut(fileName, 300), StoredText.cut(String.join("\n", warnings), 100_000),
            CurrentUser.require().username(), Rows.ts(clock.instant())).update();
    ImportResult result = new ImportResult(project, codes.size(), sourceIds.size(), selections, codingRows.size(),
        memoCount, cases, warnings);
    events.publishEvent(new AuditedAction("IMPORT", "research_project", String.valueOf(id),
        "REFI-QDA project '" + (fileName == null ? p.name() : fileName) + "' imported as '" + project.name() + "': "
            + codes.size() + " codes, " + sourceIds.size() + " sources, " + codingRows.size() + " codings",
        null, Map.of("codes", codes.size(), "sources", sourceIds.size(), "codings", codingRows.size(),
            "memos", memoCount, "cases", cases, "warnings", warnings.size())));
    return result;
  }

  private void storeUsers(long projectId, List<User> users) {
    Set<String> seen = new HashSet<>();
    List<Object[]> rows = new ArrayList<>();
    for (User u : users) {
      if (seen.add(u.guid())) {
        rows.add(new Object[] {projectId, u.guid(), StoredText.cut(u.name(), 300), StoredText.cut(u.id(), 100),
            coder(u.guid())});
      }
    }
    jdbc.batchUpdate("insert into project_user (project_id, guid, name, short_id, coder) values (?, ?, ?, ?, ?)", rows);
  }

  /** The codebook, parents first, in the file's order; returns each code's id by GUID. */
  private Map<String, Long> storeCodes(long projectId, QdaProject p) {
    Map<String, Long> ids = new LinkedHashMap<>();
    for (Code root : p.codeBook().codes()) {
      storeCode(projectId, root, null, ids);
    }
    List<Object[]> order = new ArrayList<>();
    int i = 0;
    for (Long codeId : ids.values()) {
      order.add(new Object[] {i++, codeId});
    }
    jdbc.batchUpdate("update evidence_code set sort_order = ? where id = ?", order);
    return ids;
  }

  private void storeCode(long projectId, Code c, Long parent, Map<String, Long> ids) {
    String color = c.color() != null && c.color().matches("#[0-9A-Fa-f]{6}") ? c.color() : null;
    String name = StoredText.cut(c.name(), 300);
    long id = codebook.create(projectId, new CodeForm(name == null ? "(unnamed code)" : name,
        StoredText.cut(c.description(), 4000), color, parent), c.guid(), c.codable()).id();
    ids.put(c.guid(), id);
    for (Code child : c.children()) {
      storeCode(projectId, child, id, ids);
    }
  }

  private long storeSource(long projectId, Source s, List<String> warnings) {
    SourceMedia media = s instanceof PdfSource ? SourceMedia.PDF : s instanceof PictureSource ? SourceMedia.PICTURE
        : s instanceof AudioSource ? SourceMedia.AUDIO : s instanceof TextSource ? SourceMedia.TEXT : SourceMedia.VIDEO;
    String path = SourcePaths.path(s);
    SourceDetails d = new SourceDetails(SourcePaths.displayName(s), kindOf(s.name()));
    d.setDescription(StoredText.cut(s.description(), 4000));
    String text = s instanceof TextSource t && t.text() != null ? StoredText.of(t.text()) : "";
    long id = sources.add(projectId, d, media, new ExtractedText(text, Paragraphs.of(text), "qdpx", List.of()),
        SourcePaths.fileName(path), SourcePaths.mediaType(path, media), Map.of(), s.guid()).id();
    String kept = SourcePaths.keptSummary(s);
    if (kept != null) {
      db.sql("update evidence_source set kept_xml = ? where id = ?").params(kept, id).update();
      warnings.add("'" + SourcePaths.displayName(s) + "': " + kept);
    }
    return id;
  }

  /** Interviews and focus groups where the name says so; any other text is a document. */
  static SourceKind kindOf(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return n.contains("focus group") ? SourceKind.FOCUS_GROUP : n.contains("interview") ? SourceKind.INTERVIEW
        : SourceKind.DOCUMENT;
  }

  private int codingRows(long projectId, long sourceId, TextSource t, Map<String, Long> codes, List<Object[]> rows,
      List<String> warnings) {
    Set<String> seen = new HashSet<>();
    int selections = 0;
    Timestamp now = Rows.ts(clock.instant());
    for (PlainTextSelection sel : t.selections()) {
      if (sel.codings().isEmpty()) {
        continue;
      }
      if (sel.start() == sel.end()) {
        warnings.add("PlainTextSelection " + sel.guid() + " selects no characters: its codings are kept in the"
            + " project file but not shown");
        continue;
      }
      selections++;
      for (Coding c : sel.codings()) {
        String coder = coder(c.creatingUser());
        if (!seen.add(c.codeGuid() + "/" + coder + "/" + sel.start() + "/" + sel.end())) {
          warnings.add("Coding " + c.guid() + " repeats another coding of the same code, coder and passage: kept in"
              + " the project file, counted once");
          continue;
        }
        rows.add(new Object[] {projectId, sourceId, codes.get(c.codeGuid()), sel.start(), sel.end(), coder,
            sel.guid(), c.guid(), c.created() == null ? now : Timestamp.from(c.created().toInstant())});
      }
    }
    return selections;
  }

  private int storeMemos(long projectId, QdaProject p, Map<String, Long> codes, Map<String, Long> sourceIds,
      List<String> warnings) {
    Map<String, Long> codings = new HashMap<>();
    db.sql("select id, guid from coding where project_id = ? and guid is not null").param(projectId)
        .query((rs, i) -> codings.put(rs.getString("guid"), rs.getLong("id"))).list();
    int count = 0;
    for (NoteLinks.Link link : NoteLinks.of(p)) {
      var note = NoteLinks.note(p, link.noteGuid());
      Long target = switch (link.kind()) {
        case PROJECT -> projectId;
        case SOURCE -> sourceIds.get(link.target());
        case CODE -> codes.get(link.target());
        case CODING -> codings.get(link.target());
        case DECISION -> null; // a file never links a note to PhaseZero's analytic decisions
      };
      String body = note == null || note.text() == null ? null : IncomingText.clean(note.text()).strip();
      if (target == null || body == null || body.isEmpty()) {
        continue;
      }
      if (body.length() > 100_000) {
        warnings.add("Note " + note.guid() + " is longer than a memo can be: kept in the project file, not shown");
        continue;
      }
      String title = StoredText.cut(note.name(), 300);
      memos.write(link.kind(), target, title, body, link.memoGuid(), coder(note.provenance().creatingUser()));
      count++;
    }
    return count;
  }

  private int storeCases(long projectId, QdaProject p, Map<String, Long> sourceIds, List<String> warnings) {
    var now = Rows.ts(clock.instant());
    Map<String, Long> variables = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (Variable v : p.variables()) {
      String name = StoredText.cut(v.name(), 200);
      if (name == null || !names.add(name) || variables.containsKey(v.guid())) {
        warnings.add("Variable " + v.guid() + " repeats another variable's name or GUID: kept in the project file");
        continue;
      }
      variables.put(v.guid(), Keys.insert(db.sql(
              "insert into case_variable (project_id, guid, name, type_name) values (?, ?, ?, ?)")
          .params(projectId, v.guid(), name, v.type() == null ? "Unknown" : v.type().lexical())));
    }
    Set<String> seen = new HashSet<>();
    for (Case c : p.cases()) {
      if (!seen.add(c.guid())) {
        continue;
      }
      String name = StoredText.cut(c.name(), 300);
      long caseId = Keys.insert(db.sql("""
              insert into evidence_case (project_id, guid, name, description, created_at) values (?, ?, ?, ?, ?)""")
          .params(projectId, c.guid(), name == null ? "(unnamed case)" : name, StoredText.cut(c.description(), 4000),
              now));
      Set<Long> valued = new HashSet<>();
      for (VariableValue v : c.variableValues()) {
        Long variable = variables.get(v.variableGuid());
        if (variable != null && valued.add(variable)) {
          db.sql("insert into case_value (case_id, variable_id, var_value) values (?, ?, ?)")
              .params(caseId, variable, StoredText.cut(v.value(), 4000)).update();
        }
      }
      c.sourceRefs().stream().map(sourceIds::get).filter(java.util.Objects::nonNull).distinct()
          .forEach(s -> db.sql("insert into case_source (case_id, source_id) values (?, ?)").params(caseId, s).update());
    }
    return seen.size();
  }

  /** Refuses a name that is taken, before anything is written (PostgreSQL aborts a transaction on a failed insert). */
  void requireFreeName(String name) {
    if (nameTaken(name)) {
      throw new Conflict("name", "There is already a project called '" + name + "'. Choose another name.");
    }
  }

  boolean nameTaken(String name) {
    return db.sql("select count(*) from research_project where name_key = ? and voided_at is null")
        .param(IncomingText.key(name)).query(Long.class).single() > 0;
  }
}
