package org.phasezero.evidence.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.refiqda.Code;
import org.phasezero.evidence.refiqda.CodeBook;
import org.phasezero.evidence.refiqda.CodebookCheck;
import org.phasezero.evidence.refiqda.ImportedCodebook;
import org.phasezero.evidence.refiqda.QdcReader;
import org.phasezero.evidence.refiqda.QdcWriter;
import org.phasezero.evidence.refiqda.QdpxException;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A project's codebook in and out as a REFI-QDA codebook ({@code .qdc}, REFI-QDA 1.5 section 5), so
 * that a codebook agreed in one project or program can be shared with another without its sources.
 *
 * <p><b>Export</b> is open to whoever may open the project: its live codes in tree order with GUID,
 * name, description, colour and whether they may be applied. Every export is audited.
 *
 * <p><b>Import</b> is open to whoever may add codes to the project (its members and the coordinator,
 * while it is open). The file is read safely and leniently ({@link QdcReader}), refused with nothing
 * stored when it is unreadable, too large or ambiguous ({@link QdcRefused}), then merged by GUID in
 * one transaction ({@link CodebookMerge}).
 */
@Service
public class CodebookInterchange {

  static final String ORIGIN = "PhaseZero";

  private final ResearchProjects projects;
  private final Codebook codebook;
  private final CodebookMerge merge;
  private final ApplicationEventPublisher events;

  CodebookInterchange(ResearchProjects projects, Codebook codebook, CodebookMerge merge,
      ApplicationEventPublisher events) {
    this.projects = projects;
    this.codebook = codebook;
    this.merge = merge;
    this.events = events;
  }

  /** The project's live codes as a REFI-QDA code tree, in the codebook's order. */
  public CodeBook codeBook(long projectId) {
    List<org.phasezero.evidence.Code> flat = codebook.tree(projectId);
    Map<Long, List<org.phasezero.evidence.Code>> children = new LinkedHashMap<>();
    flat.forEach(c -> children.computeIfAbsent(c.parentId() == null ? 0L : c.parentId(), k -> new ArrayList<>())
        .add(c));
    return new CodeBook(codes(children, 0L));
  }

  private static List<Code> codes(Map<Long, List<org.phasezero.evidence.Code>> children, long parent) {
    List<Code> codes = new ArrayList<>();
    for (org.phasezero.evidence.Code c : children.getOrDefault(parent, List.of())) {
      codes.add(new Code(c.guid(), c.name(), c.codable(), CodebookCheck.color(c.color()), c.description(), List.of(),
          codes(children, c.id())));
    }
    return codes;
  }

  /**
   * The project's codebook as a {@code .qdc} file, for anyone who may open the project; audited.
   *
   * @throws Conflict when the codebook has no codes (the standard wants at least one)
   */
  public byte[] export(long projectId) {
    ResearchProject p = projects.get(projectId);
    CodeBook book = codeBook(projectId);
    if (book.codes().isEmpty()) {
      throw new Conflict("The codebook of '" + p.name() + "' has no codes to export yet.");
    }
    byte[] bytes = new QdcWriter().write(book, ORIGIN);
    events.publishEvent(new AuditedAction("EXPORT", "research_project", String.valueOf(projectId),
        "Codebook of research project '" + p.name() + "' exported as REFI-QDA (" + book.allCodes().count()
            + " codes)", null, Map.of("bytes", bytes.length)));
    return bytes;
  }

  /** A file name for a project's codebook: its name with only letters, digits, spaces, dots, dashes. */
  public static String fileName(ResearchProject p) {
    return ProjectInterchange.fileName(p).replaceFirst("\\.qdpx$", "") + " codebook.qdc";
  }

  /**
   * Merges a {@code .qdc} codebook into the project's codebook by GUID.
   *
   * @param fileName the uploaded file's name, for messages and the audit trail
   * @throws QdcRefused when the file is unreadable, too large or ambiguous (nothing is stored)
   */
  public CodebookImportResult importCodebook(long projectId, byte[] qdc, String fileName) {
    ResearchProject project = projects.requireWorkable(projectId);
    String file = fileName == null || fileName.isBlank() ? "the file" : fileName.strip();
    if (qdc == null || qdc.length == 0) {
      throw QdcRefused.of(QdcRefused.Reason.UNREADABLE, file, "the file is empty");
    }
    if (qdc.length > QdcReader.MAX_BYTES) {
      throw QdcRefused.of(QdcRefused.Reason.TOO_LARGE, file, "a codebook may be at most "
          + QdcReader.MAX_BYTES / (1024 * 1024) + " MB; this file is " + qdc.length / 1024 + " kB");
    }
    ImportedCodebook read;
    try {
      read = new QdcReader().read(qdc, file);
    } catch (QdpxException e) {
      throw new QdcRefused(e.getMessage(), QdcRefused.Reason.UNREADABLE, List.of(e.getMessage()));
    }
    List<String> problems = CodebookCheck.problems(read.codeBook());
    if (!problems.isEmpty()) {
      throw QdcRefused.inconsistent(file, problems);
    }
    try {
      return merge.merge(project, read, file);
    } catch (DuplicateKeyException e) {
      throw new Conflict("file", "The codebook was changed by someone else while it was being imported; nothing"
          + " was imported. Try again.");
    }
  }
}
