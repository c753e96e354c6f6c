package org.phasezero.evidence.refiqda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The codebook of a real project export as a {@code .qdc} file, cut from its {@code project.qde}
 * as text (not through the reader or writer under test): the {@code CodeBook} element, moved into
 * the codebook namespace, as a program exporting only its codebook would write it.
 */
public final class SharedCodebooks {

  private SharedCodebooks() {}

  /** Writes the codebook of {@code qdpx} to {@code folder} and returns the file. */
  public static Path extract(Path qdpx, Path folder) {
    try {
      String project = new String(projectQde(Files.readAllBytes(qdpx)), StandardCharsets.UTF_8);
      int start = project.indexOf("<CodeBook");
      int end = project.indexOf("</CodeBook>") + "</CodeBook>".length();
      String element = project.substring(start, end);
      String qdc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + element.replaceFirst("^<CodeBook[^>]*>",
              "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"" + qdpx.getFileName() + "\">");
      Path file = folder.resolve(qdpx.getFileName().toString().replaceFirst("\\.qdpx$", ".qdc"));
      Files.writeString(file, qdc, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] projectQde(byte[] zip) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("project.qde")) {
          return in.readAllBytes();
        }
      }
    }
    throw new IllegalArgumentException("no project.qde");
  }
}
