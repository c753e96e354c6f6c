package org.phasezero.evidence.refiqda;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads REFI-QDA project exchange files ({@code .qdpx}).
 *
 * <p><b>Strict on safety:</b> a DOCTYPE (hence any DTD or external entity), a zip entry outside
 * the archive ({@code ../x}, {@code /x}, {@code C:\x}), more entries or more inflated bytes than
 * {@link QdpxLimits} allow (counted while inflating), a file that is not a zip and one without
 * {@code project.qde} are refused with a {@link QdpxException}; nothing is returned then.
 *
 * <p><b>Lenient where real exports deviate,</b> listing each deviation in
 * {@link ImportedProject#warnings()}: {@code Sources/} for {@code sources/} (NVivo for Windows),
 * {@code plainTextPath} without {@code internal://} (qc), empty containers such as
 * {@code <Sets/>}, missing source files (the source is kept without text), selections outside their
 * text (kept, and listed by {@link TextSource#selectionsOutsideText()}), elements in other
 * namespaces or unknown to QDA-XML 1.0 (skipped), files in the archive no source refers to (kept).
 *
 * <p>Text positions are moved into the model's convention (see the package documentation) with
 * the convention {@link ProducerPositions} finds for the producer. Reading is streaming (StAX) and
 * linear in the size of the file. A reader is immutable and may be shared between threads.
 */
public final class QdpxReader {

  private final QdpxLimits limits;

  public QdpxReader() {
    this(QdpxLimits.DEFAULT);
  }

  public QdpxReader(QdpxLimits limits) {
    this.limits = limits;
  }

  public ImportedProject read(Path qdpx) {
    Warnings warnings = new Warnings();
    return read(QdpxArchive.read(qdpx, limits, warnings), warnings);
  }

  public ImportedProject read(byte[] qdpx) {
    Warnings warnings = new Warnings();
    return read(QdpxArchive.read(qdpx, limits, warnings), warnings);
  }

  static ImportedProject read(QdpxArchive archive, Warnings warnings) {
    SourceTexts texts = new SourceTexts(archive, warnings);
    PositionConvention convention =
        PositionSurvey.convention(archive.projectXml(), texts, warnings);
    XmlCursor cursor = new XmlCursor(
        SecureXml.reader(archive.projectXml(), QdpxArchive.PROJECT_ENTRY),
        QdpxArchive.PROJECT_ENTRY, warnings);
    SourceElements sources = new SourceElements(cursor, archive, texts, convention, warnings);
    QdaProject project = new ProjectElements(cursor, sources, warnings).project();
    List<EmbeddedFile> files = embeddedFiles(archive, texts.usedFiles(), sources.referencedFiles(),
        warnings);
    return new ImportedProject(project.withFiles(files), convention, warnings.list());
  }

  /**
   * The archive's files other than the plain texts the model holds as text; a file nothing refers
   * to is kept too, so that writing the project back loses nothing.
   */
  private static List<EmbeddedFile> embeddedFiles(QdpxArchive archive, Set<String> texts,
      Set<String> referenced, Warnings warnings) {
    List<EmbeddedFile> files = new ArrayList<>();
    for (Map.Entry<String, EmbeddedFile> entry : archive.sourceFiles().entrySet()) {
      if (texts.contains(entry.getKey())) {
        continue;
      }
      if (!referenced.contains(entry.getKey())) {
        warnings.add("'sources/" + entry.getKey() + "' is referred to by no source; kept as is");
      }
      files.add(entry.getValue());
    }
    files.sort((a, b) -> a.name().compareTo(b.name()));
    return files;
  }
}
