package org.phasezero.evidence.files;

import java.util.Locale;

/** File sizes in the decimal units people see in their file browser ("210 MB"). */
final class ByteSize {

  private ByteSize() {}

  static String describe(long bytes) {
    if (bytes < 1_000) {
      return bytes == 1 ? "1 byte" : bytes + " bytes";
    }
    if (bytes < 1_000_000) {
      return oneDecimal(bytes / 1e3) + " kB";
    }
    if (bytes < 1_000_000_000) {
      return oneDecimal(bytes / 1e6) + " MB";
    }
    return oneDecimal(bytes / 1e9) + " GB";
  }

  private static String oneDecimal(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
