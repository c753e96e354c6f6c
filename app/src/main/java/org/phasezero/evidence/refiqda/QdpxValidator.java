package org.phasezero.evidence.refiqda;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a {@code .qdpx} file: {@code project.qde} against the official {@code Project.xsd} when
 * one is supplied, and in code, with or without it, the references between elements (every
 * {@code CodeRef}, {@code MemberCode}, {@code SourceRef}, {@code MemberSource}, {@code NoteRef},
 * {@code MemberNote} and user attribute reaches an element of the right kind), GUID syntax and
 * uniqueness, selections within their text and {@code internal://} files present.
 *
 * <p>The schema is not bundled: the repository holds no copy of third-party schema files, so the
 * caller passes the path of {@code Project.xsd} (the CLI takes {@code --schema} or
 * {@code PHASEZERO_QDA_SCHEMA}). Deviations that real exports commonly make and that
 * {@link QdpxReader} tolerates are warnings, not problems. A file the reader refuses outright (not
 * a zip, unsafe) raises {@link QdpxException}.
 */
public final class QdpxValidator {

  private final QdaSchema schema;
  private final QdpxLimits limits;

  /** Checks references only: no schema. */
  public QdpxValidator() {
    this(null, QdpxLimits.DEFAULT);
  }

  /**
   * Checks against the schema at {@code projectXsd} as well.
   *
   * @throws IllegalArgumentException when the schema cannot be read
   */
  public QdpxValidator(Path projectXsd) {
    this(projectXsd, QdpxLimits.DEFAULT);
  }

  public QdpxValidator(Path projectXsd, QdpxLimits limits) {
    this.schema = projectXsd == null ? null : QdaSchema.load(projectXsd);
    this.limits = limits;
  }

  public QdpxValidation validate(Path qdpx) {
    Warnings warnings = new Warnings();
    return validate(QdpxArchive.read(qdpx, limits, warnings), warnings);
  }

  public QdpxValidation validate(byte[] qdpx) {
    Warnings warnings = new Warnings();
    return validate(QdpxArchive.read(qdpx, limits, warnings), warnings);
  }

  private QdpxValidation validate(QdpxArchive archive, Warnings warnings) {
    List<String> problems = new ArrayList<>();
    if (schema != null) {
      problems.addAll(schema.problems(archive.projectXml(), QdpxArchive.PROJECT_ENTRY));
    }
    QdaProject project = null;
    try {
      ImportedProject imported = QdpxReader.read(archive, warnings);
      project = imported.project();
      problems.addAll(ReferenceCheck.problems(project));
    } catch (QdpxException e) {
      problems.add(e.getMessage());
    }
    return new QdpxValidation(project, schema != null, problems, warnings.deviations());
  }
}
