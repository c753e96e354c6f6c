package org.phasezero.evidence.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.internal.SegmentStore;
import org.phasezero.evidence.refiqda.ImportedProject;
import org.phasezero.evidence.refiqda.QdaProject;
import org.phasezero.evidence.refiqda.QdpxException;
import org.phasezero.evidence.refiqda.QdpxReader;
import org.phasezero.evidence.refiqda.QdpxWriter;
import org.phasezero.security.Accounts;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.IncomingText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whole research projects in and out as REFI-QDA {@code .qdpx} files (QDA-XML 1.0), so that work
 * moves between PhaseZero and NVivo, ATLAS.ti, MAXQDA, QualCoder or qc without loss.
 *
 * <p><b>Import</b> reads the file safely and leniently (see {@link QdpxReader}; each deviation is a
 * warning), refuses with nothing stored what would store wrong evidence ({@link ImportChecks}), then
 * stores it in one transaction ({@link ProjectImport}). Only the coordinator and researchers import
 * (a researcher becomes a member of the new project).
 *
 * <p><b>Export</b> is open to whoever may open the project: the imported project as the baseline,
 * with the database's codebook, texts, codings and memos laid over it ({@link ProjectExport}), so that
 * what PhaseZero cannot show yet (PDF, picture, audio and video sources, sets, graphs, links) comes
 * back out as it went in. Voided codings and withheld turns are not exported. Every export is audited.
 */
@Service
public class ProjectInterchange {

  private final ResearchProjects projects;
  private final ProjectImport store;
  private final SegmentStore segments;
  private final Accounts accounts;
  private final JdbcClient db;
  private final ApplicationEventPublisher events;

  ProjectInterchange(ResearchProjects projects, ProjectImport store, SegmentStore segments, Accounts accounts,
      JdbcClient db, ApplicationEventPublisher events) {
    this.projects = projects;
    this.store = store;
    this.segments = segments;
    this.accounts = accounts;
    this.db = db;
    this.events = events;
  }

  /** Whether the signed-in user may import a project (the coordinator and researchers). */
  public boolean mayImport() {
    return projects.mayCreate();
  }

  /**
   * Imports a {@code .qdpx} as a new research project.
   *
   * @param name the project's name; null or blank to take the file's (then a name already in use
   *     gets a number, e.g. {@code Study (2)}); a name given and already in use is refused
   * @param fileName the uploaded file's name, for messages and the audit trail
   * @throws QdpxRefused when the file is unreadable, unsafe or inconsistent (nothing is stored)
   */
  public ImportResult importProject(byte[] qdpx, String name, String fileName) {
    return importProject(qdpx, name, fileName, org.phasezero.evidence.ImportProgress.NONE);
  }

  /** The same, reporting its three phases to a progress page (a large file is imported in the background). */
  public ImportResult importProject(byte[] qdpx, String name, String fileName,
      org.phasezero.evidence.ImportProgress progress) {
    if (!mayImport()) {
      throw new Forbidden("Only the coordinator or a researcher can import a research project.");
    }
    String file = fileName == null || fileName.isBlank() ? "the file" : fileName.strip();
    if (qdpx == null || qdpx.length == 0) {
      throw QdpxRefused.unreadable(file, "the file is empty");
    }
    ImportedProject imported;
    progress.at("Reading the project file", 0, 3);
    try {
      imported = new QdpxReader().read(qdpx);
    } catch (QdpxException e) {
      throw QdpxRefused.unreadable(file, e.getMessage());
    }
    QdaProject project = imported.project();
    progress.at("Checking the project", 1, 3);
    List<String> problems = ImportChecks.problems(project);
    if (!problems.isEmpty()) {
      throw QdpxRefused.inconsistent(file, problems);
    }
    String chosen = chooseName(name, project.name(), fileName);
    byte[] baseline = new QdpxWriter().write(project);
    progress.at("Storing its codes, sources, codings and cases", 2, 3);
    return store.store(project, chosen, fileName, baseline, imported.warnings());
  }

  private String chooseName(String given, String inFile, String fileName) {
    String name = given == null ? "" : IncomingText.clean(given).strip();
    if (!name.isEmpty()) {
      if (name.length() > 200) {
        throw new Conflict("name", "A project's name has at most 200 characters.");
      }
      store.requireFreeName(name);
      return name;
    }
    String base = inFile != null && !inFile.isBlank() ? inFile
        : fileName != null && !fileName.isBlank() ? fileName.replaceFirst("(?i)\\.qdpx$", "") : "Imported project";
    base = IncomingText.clean(base).strip();
    base = base.length() > 190 ? base.substring(0, 190).strip() : base;
    String candidate = base;
    for (int n = 2; store.nameTaken(candidate); n++) {
      candidate = base + " (" + n + ")";
    }
    return candidate;
  }

  /** The project as a {@code .qdpx} file, for anyone who may open it; audited. */
  public byte[] export(long projectId) {
    QdaProject model = exportModel(projectId);
    byte[] bytes = new QdpxWriter().write(model);
    ResearchProject p = projects.get(projectId);
    events.publishEvent(new AuditedAction("EXPORT", "research_project", String.valueOf(projectId),
        "Research project '" + p.name() + "' exported as REFI-QDA (" + model.sources().size() + " sources, "
            + model.codeBook().allCodes().count() + " codes)", null, Map.of("bytes", bytes.length)));
    return bytes;
  }

  /** The project as a REFI-QDA model (what {@link #export} writes). */
  public QdaProject exportModel(long projectId) {
    ResearchProject p = projects.get(projectId);
    ProjectRows rows = ProjectRows.load(db, projectId);
    QdaProject base = rows.baseline() == null ? null : new QdpxReader().read(rows.baseline()).project();
    return new ProjectExport(p, rows, base, segments::all,
        username -> accounts.find(username).map(a -> a.displayName()).orElse(username), this::keptFile).build();
  }

  /** The file kept with a source (a workshop photo): its media type and bytes. */
  private java.util.Optional<java.util.Map.Entry<String, byte[]>> keptFile(long sourceId) {
    return db.sql("select media_type, bytes from source_file where source_id = ? order by id limit 1").param(sourceId)
        .query((rs, i) -> java.util.Map.entry(String.valueOf(rs.getString("media_type")), rs.getBytes("bytes")))
        .optional();
  }

  /** A file name for a project's export: its name with only letters, digits, spaces, dots, dashes. */
  public static String fileName(ResearchProject p) {
    String safe = p.name().replaceAll("[^\\p{L}\\p{N} ._-]+", "-").strip();
    return (safe.isEmpty() ? "project-" + p.id() : safe) + ".qdpx";
  }

  /** The warnings of the import a project came from (empty when it was made in PhaseZero). */
  public List<String> importWarnings(long projectId) {
    projects.get(projectId);
    String w = db.sql("select warnings from project_baseline where project_id = ?").param(projectId)
        .query(String.class).optional().orElse(null);
    return w == null || w.isEmpty() ? List.of() : new ArrayList<>(List.of(w.split("\n")));
  }
}
