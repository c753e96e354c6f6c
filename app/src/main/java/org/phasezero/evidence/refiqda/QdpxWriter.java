package org.phasezero.evidence.refiqda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a project as a REFI-QDA {@code .qdpx}: {@code project.qde} (UTF-8, namespace
 * {@code urn:QDA-XML:project:1.0}, valid against the official {@code Project.xsd}) followed by the
 * {@code sources} folder: each plain text at its {@code internal://} path as UTF-8 without a
 * byte-order mark, with LF line endings, then the embedded files byte for byte.
 *
 * <p>Positions are written as the standard counts them: Unicode code points of the text as written.
 * The output is deterministic (entries in a fixed order, a fixed timestamp), so the same project
 * always gives the same bytes. A text held inline in the model is written inline
 * ({@code PlainTextContent}).
 */
public final class QdpxWriter {

  // Zip timestamps carry no information here, and a fixed one makes the output reproducible.
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final Pattern ALREADY_COMPRESSED = Pattern.compile(
      "(?i).*\\.(docx|xlsx|pptx|jpe?g|png|gif|mp3|mp4|m4a|m4v|mov|zip)");

  public byte[] write(QdaProject project) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(project, bytes);
    return bytes.toByteArray();
  }

  public void write(QdaProject project, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(project, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes the {@code .qdpx} to {@code out} (not closed).
   *
   * @throws IllegalArgumentException when the model cannot be written as it is: a character XML
   *     cannot carry, two different texts for one file, an unsafe file name
   */
  public void write(QdaProject project, OutputStream out) {
    Map<String, String> texts = new TreeMap<>();
    byte[] projectXml = ProjectXml.write(project, texts).getBytes(StandardCharsets.UTF_8);
    Map<String, byte[]> files = new TreeMap<>();
    texts.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
    for (EmbeddedFile file : project.files()) {
      if (files.putIfAbsent(file.name(), file.bytesWithoutCopy()) != null) {
        throw new IllegalArgumentException("'sources/" + file.name()
            + "' is both a plain text and an embedded file");
      }
    }
    try {
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      entry(zip, QdpxArchive.PROJECT_ENTRY, projectXml);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        entry(zip, safeName(file.getKey()), file.getValue());
      }
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the .qdpx", e);
    }
  }

  private static String safeName(String name) {
    String entry = QdpxArchive.SOURCES_FOLDER + name;
    try {
      if (!ZipEntryNames.safe(entry).equals(entry)) {
        throw new IllegalArgumentException("unsafe file name in the sources folder: '" + name + "'");
      }
    } catch (QdpxException e) {
      throw new IllegalArgumentException("unsafe file name in the sources folder: " + e.getMessage());
    }
    return entry;
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    if (ALREADY_COMPRESSED.matcher(name).matches()) {
      // Deflating a .docx (itself a zip), JPEG or MP4 again costs time and saves nothing.
      CRC32 crc = new CRC32();
      crc.update(bytes);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(bytes.length);
      entry.setCompressedSize(bytes.length);
      entry.setCrc(crc.getValue());
    }
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }
}
