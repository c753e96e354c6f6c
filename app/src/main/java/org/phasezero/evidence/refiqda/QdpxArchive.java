package org.phasezero.evidence.refiqda;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The files of a {@code .qdpx} zip, unpacked into memory under {@link QdpxLimits}: its
 * {@code project.qde} and the files of its {@code sources} folder. Sizes are counted while
 * inflating, names are checked by {@link ZipEntryNames}, and two entries whose names differ only in
 * case are refused (which one is meant cannot be told).
 */
final class QdpxArchive {

  static final String PROJECT_ENTRY = "project.qde";
  static final String SOURCES_FOLDER = "sources/";

  private final byte[] projectXml;
  private final Map<String, EmbeddedFile> sourceFiles;
  private final Map<String, EmbeddedFile> sourceFilesByLowerCase = new LinkedHashMap<>();

  private QdpxArchive(byte[] projectXml, Map<String, EmbeddedFile> sourceFiles) {
    this.projectXml = projectXml;
    this.sourceFiles = sourceFiles;
    sourceFiles.values().forEach(f -> sourceFilesByLowerCase.put(lower(f.name()), f));
  }

  static QdpxArchive read(Path file, QdpxLimits limits, Warnings warnings) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, limits, warnings);
    } catch (IOException e) {
      throw new QdpxException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  static QdpxArchive read(byte[] qdpx, QdpxLimits limits, Warnings warnings) {
    try {
      return read(new ByteArrayInputStream(qdpx), limits, warnings);
    } catch (IOException e) {
      throw new QdpxException("the .qdpx cannot be read: " + e.getMessage(), e);
    }
  }

  private static QdpxArchive read(InputStream raw, QdpxLimits limits, Warnings warnings)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw);
    requireZip(in);
    Unpacking unpacking = new Unpacking(limits);
    byte[] projectXml = null;
    String projectName = null;
    Map<String, EmbeddedFile> sourceFiles = new LinkedHashMap<>();
    String folderSpelling = null;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = unpacking.admit(entry.getName(), warnings);
        if (entry.isDirectory() || name.endsWith("/")) {
          continue;
        }
        byte[] bytes = unpacking.inflate(zip, name);
        if (!name.contains("/") && lower(name).endsWith(".qde")) {
          if (projectXml == null || name.equals(PROJECT_ENTRY)) {
            projectXml = bytes;
            projectName = name;
          }
        } else if (lower(name).startsWith(SOURCES_FOLDER)) {
          String folder = name.substring(0, SOURCES_FOLDER.length());
          if (!folder.equals(SOURCES_FOLDER) && folderSpelling == null) {
            folderSpelling = folder;
            warnings.add("source files are in '" + folder + "', not 'sources/' as the standard names"
                + " the folder");
          }
          String inFolder = name.substring(SOURCES_FOLDER.length());
          if (inFolder.contains("/")) {
            warnings.add("'" + name + "' is in a subfolder of sources/, which the standard keeps flat");
          }
          sourceFiles.put(inFolder, new EmbeddedFile(inFolder, bytes));
        } else {
          warnings.add("'" + name + "' is neither project.qde nor in sources/; ignored");
        }
      }
    } catch (ZipException | IllegalArgumentException e) {
      // IllegalArgumentException: an entry name that is not valid UTF-8.
      throw new QdpxException("the .qdpx is a damaged or unsupported zip: " + e.getMessage(), e);
    }
    if (projectXml == null) {
      throw new QdpxException("the .qdpx has no project.qde, so it is not a REFI-QDA project");
    }
    if (!projectName.equals(PROJECT_ENTRY)) {
      warnings.add("the project is in '" + projectName + "', not 'project.qde'");
    }
    return new QdpxArchive(projectXml, sourceFiles);
  }

  private static void requireZip(BufferedInputStream in) throws IOException {
    in.mark(4);
    byte[] magic = in.readNBytes(4);
    in.reset();
    boolean localHeader = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3
        && magic[3] == 4;
    boolean emptyZip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 5
        && magic[3] == 6;
    if (emptyZip) {
      throw new QdpxException("the .qdpx is an empty zip: it has no project.qde");
    }
    if (!localHeader) {
      throw new QdpxException("not a .qdpx file: it is not a zip archive");
    }
  }

  byte[] projectXml() {
    return projectXml;
  }

  /** Every file of the sources folder, keyed by its name inside the folder. */
  Map<String, EmbeddedFile> sourceFiles() {
    return sourceFiles;
  }

  /**
   * The file an {@code internal://} path names, matched exactly or else ignoring case (Windows
   * producers differ in case from the files they wrote); null when there is none.
   */
  EmbeddedFile sourceFile(String name) {
    EmbeddedFile exact = sourceFiles.get(name);
    return exact != null ? exact : sourceFilesByLowerCase.get(lower(name));
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Counts entries and inflated bytes against the limits as the zip is read. */
  private static final class Unpacking {
    private final QdpxLimits limits;
    private final Set<String> seen = new HashSet<>();
    private final byte[] buffer = new byte[64 * 1024];
    private int entries;
    private long totalBytes;

    Unpacking(QdpxLimits limits) {
      this.limits = limits;
    }

    String admit(String rawName, Warnings warnings) {
      if (++entries > limits.maxEntries()) {
        throw new QdpxException("the .qdpx has more than " + limits.maxEntries() + " entries");
      }
      String name = ZipEntryNames.safe(rawName);
      if (rawName.indexOf('\\') >= 0) {
        warnings.add("zip entry names use '\\' as separator, e.g. '" + rawName + "'");
      }
      if (!seen.add(lower(name))) {
        throw new QdpxException("the .qdpx has two entries named '" + name + "' (ignoring case)");
      }
      return name;
    }

    byte[] inflate(ZipInputStream zip, String name) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      long entryBytes = 0;
      for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
        entryBytes += n;
        totalBytes += n;
        if (entryBytes > limits.maxEntryBytes()) {
          throw new QdpxException("'" + name + "' expands to more than " + limits.maxEntryBytes()
              + " bytes, the limit for one file");
        }
        if (totalBytes > limits.maxTotalBytes()) {
          throw new QdpxException("the .qdpx expands to more than " + limits.maxTotalBytes()
              + " bytes in all, the limit");
        }
        bytes.write(buffer, 0, n);
      }
      return bytes.toByteArray();
    }
  }
}
