package org.phasezero.evidence.refiqda;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names a {@code .qdpx} zip may hold. A name that climbs out of the archive ({@code ../x}) or
 * is absolute ({@code /x}, {@code C:\x}, {@code \\server\x}) is refused on reading and never
 * written, so that no tool unpacking our files, nor we unpacking others', writes outside its
 * folder.
 */
final class ZipEntryNames {

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private ZipEntryNames() {}

  /**
   * The name with {@code \} read as {@code /} and {@code .} segments dropped.
   *
   * @throws QdpxException for an absolute name, a {@code ..} segment or a control character
   */
  static String safe(String raw) {
    if (raw.isEmpty()) {
      throw new QdpxException("zip entry with an empty name");
    }
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) < 0x20) {
        throw new QdpxException("zip entry '" + printable(raw) + "' has a control character in its name");
      }
    }
    String name = raw.replace('\\', '/');
    if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
      throw new QdpxException("zip entry '" + raw + "' has an absolute path; entries must stay inside the archive");
    }
    List<String> kept = new ArrayList<>();
    for (String segment : name.split("/", -1)) {
      if (segment.equals("..")) {
        throw new QdpxException("zip entry '" + raw + "' climbs out of the archive with '..'");
      }
      if (!segment.equals(".") && !segment.isEmpty()) {
        kept.add(segment);
      }
    }
    if (kept.isEmpty()) {
      throw new QdpxException("zip entry '" + raw + "' names nothing");
    }
    return String.join("/", kept) + (name.endsWith("/") ? "/" : "");
  }

  private static String printable(String raw) {
    return raw.replaceAll("\\p{Cntrl}", "?");
  }
}
