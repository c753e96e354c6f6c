package org.phasezero.evidence.files;

/**
 * The first bytes ("magic numbers") that identify the binary formats PhaseZero meets, so that a file
 * is read as what it is and not as what its name claims. Sources: the ZIP application note (APPNOTE
 * 4.3.7, local file header), ISO 32000-1 §7.5.2 (PDF header; readers also accept it further in, up
 * to byte 1,024, which {@link PdfReader} allows), the PNG specification §5.2, JPEG/JFIF (SOI marker
 * followed by another marker), and the OLE2 compound file header (old .doc files, and
 * password-protected Office files).
 */
enum FileSignature {
  ZIP("a zip file (such as a Word .docx)"),
  PDF("a PDF"),
  PNG("a PNG image"),
  JPEG("a JPEG image"),
  OLE2("an older Office file (such as a Word .doc) or a password-protected Office file");

  private final String description;

  FileSignature(String description) {
    this.description = description;
  }

  /** In words, for messages: "a PDF". */
  String description() {
    return description;
  }

  /** Whether {@code bytes} start as this format does. */
  boolean matches(byte[] bytes) {
    return switch (this) {
      case ZIP -> startsWith(bytes, 0x50, 0x4B, 0x03, 0x04);
      case PDF -> startsWith(bytes, '%', 'P', 'D', 'F', '-');
      case PNG -> startsWith(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
      case JPEG -> startsWith(bytes, 0xFF, 0xD8, 0xFF);
      case OLE2 -> startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    };
  }

  /** The format {@code bytes} start as, or null when none of these. */
  static FileSignature of(byte[] bytes) {
    for (FileSignature signature : values()) {
      if (signature.matches(bytes)) {
        return signature;
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** First index of the ASCII {@code marker} starting in {@code [from, from + window)}, or -1. */
  static int indexOf(byte[] bytes, String marker, int from, int window) {
    int last = Math.min(bytes.length - marker.length(), from + window - 1);
    outer:
    for (int i = Math.max(0, from); i <= last; i++) {
      for (int j = 0; j < marker.length(); j++) {
        if (bytes[i + j] != marker.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
