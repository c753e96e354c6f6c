package org.phasezero.evidence.refiqda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds zip files for tests, hostile ones included. */
final class Zips {

  private Zips() {}

  /** A zip of the given entries, in order, deflated. */
  static byte[] of(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A .qdpx holding just this project.qde. */
  static byte[] project(String projectXml) {
    return of(Map.of("project.qde", projectXml.getBytes(StandardCharsets.UTF_8)));
  }

  /** A copy of {@code zip} with one text replaced in one entry. */
  static byte[] replaceInEntry(byte[] zip, String entryName, String from, String to) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals(entryName)) {
          String text = new String(content, StandardCharsets.UTF_8);
          if (!text.contains(from)) {
            throw new IllegalArgumentException(entryName + " does not contain " + from);
          }
          content = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(content);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
