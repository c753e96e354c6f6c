package org.phasezero.evidence.refiqda;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the plain text a text element's {@code plainTextPath} names in the archive and decodes it
 * (UTF-8, as the standard requires), once per file. Lenient where real exports deviate, with a
 * warning each time: a path without {@code internal://} (qc writes {@code plainTextPath="a.txt"})
 * is read as a file in {@code sources/}; a missing file leaves the element without text; bytes
 * that are not UTF-8 are decoded with replacement characters.
 */
final class SourceTexts {

  static final String INTERNAL = "internal://";

  private final QdpxArchive archive;
  private final Warnings warnings;
  private final Map<String, String> decoded = new HashMap<>();
  private final Set<String> notUtf8 = new HashSet<>();
  private final Set<String> used = new HashSet<>();

  SourceTexts(QdpxArchive archive, Warnings warnings) {
    this.archive = archive;
    this.warnings = warnings;
  }

  /** The path as the model keeps it, and the raw text (null when it cannot be had). */
  record Resolved(String path, String rawText) {}

  /**
   * The text at {@code plainTextPath}.
   *
   * @param where the element, for warnings, e.g. {@code TextSource 68bb… 'interview 1'}
   */
  Resolved resolve(String plainTextPath, String richTextPath, String where) {
    if (plainTextPath == null) {
      return new Resolved(null, null);
    }
    String path = plainTextPath.strip();
    if (!path.contains("://")) {
      warnings.add(where + ": plainTextPath '" + path + "' lacks 'internal://'; read as a file in"
          + " sources/");
      path = INTERNAL + path;
    }
    if (!path.startsWith(INTERNAL)) {
      warnings.add(where + ": plain text '" + path + "' is outside the archive; kept without text");
      return new Resolved(path, null);
    }
    EmbeddedFile file = archive.sourceFile(path.substring(INTERNAL.length()));
    if (file == null) {
      warnings.defect(where + ": plain text '" + path + "' is not in the archive; kept without text");
      return new Resolved(path, null);
    }
    used.add(file.name());
    String raw = decoded(file);
    if (notUtf8.contains(file.name())) {
      warnings.add(where + ": '" + file.name() + "' is not UTF-8; unreadable bytes replaced by"
          + " U+FFFD, so positions after them may be off");
    }
    if (raw.isBlank()) {
      warnings.add(where + ": " + blankTextDiagnosis(raw, richTextPath));
    }
    return new Resolved(path, raw);
  }

  /** The raw text at {@code plainTextPath}, or null; no warnings (for a first pass). */
  String peek(String plainTextPath) {
    if (plainTextPath == null) {
      return null;
    }
    String path = plainTextPath.strip();
    String name = path.startsWith(INTERNAL) ? path.substring(INTERNAL.length())
        : path.contains("://") ? null : path;
    EmbeddedFile file = name == null ? null : archive.sourceFile(name);
    return file == null ? null : decoded(file);
  }

  /** Names of the sources-folder files read as plain text (the model holds them as text). */
  Set<String> usedFiles() {
    return used;
  }

  private String decoded(EmbeddedFile file) {
    return decoded.computeIfAbsent(file.name(), name -> decode(file));
  }

  private String decode(EmbeddedFile file) {
    byte[] bytes = file.bytesWithoutCopy();
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      notUtf8.add(file.name());
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private String blankTextDiagnosis(String raw, String richTextPath) {
    String plain = "its plain text is " + (raw.isEmpty() ? "empty" : "only " + raw.length()
        + " blank character" + (raw.length() == 1 ? "" : "s"));
    if (richTextPath == null || !richTextPath.toLowerCase(Locale.ROOT).endsWith(".docx")
        || !richTextPath.startsWith(INTERNAL)) {
      return plain;
    }
    EmbeddedFile docx = archive.sourceFile(richTextPath.substring(INTERNAL.length()));
    String rich = docx == null ? null : DocxText.of(docx);
    if (rich == null) {
      return plain + ", and its rich text '" + richTextPath + "' cannot be read";
    }
    if (rich.isBlank()) {
      return plain + ", and its rich text '" + richTextPath + "' has no text either";
    }
    return plain + ", though its rich text '" + richTextPath + "' has " + rich.length()
        + " characters; positions count in the plain text, so none can be placed";
  }
}
