package org.phasezero.payments;

import java.util.Optional;

/**
 * The file types a receipt may be, recognised by their first bytes ("magic numbers"), never by the
 * file's name or the type the browser claims: a renamed executable is refused.
 * PDF starts {@code %PDF-}; PNG with its eight-byte signature; JPEG with the SOI marker and the
 * start of the next marker ({@code FF D8 FF}).
 */
public enum ReceiptType {
  PDF("application/pdf", new int[] {0x25, 0x50, 0x44, 0x46, 0x2D}),
  PNG("image/png", new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
  JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF});

  private final String contentType;
  private final int[] magic;

  ReceiptType(String contentType, int[] magic) {
    this.contentType = contentType;
    this.magic = magic;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<ReceiptType> detect(byte[] content) {
    for (ReceiptType t : values()) {
      if (t.matches(content)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private boolean matches(byte[] content) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
