package org.phasezero.discourse.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** How a post's parts are read: its date in the forms exports use, its author as a pseudonym, its text's fingerprint. */
public final class PostFields {

  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");
  private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]");

  private PostFields() {}

  /**
   * The day a post was written: ISO dates and date-times (with or without an offset, the date as
   * written), "2024-03-01 14:05", "1/3/2024" (day first, as in the UK) or Unix seconds. Null for blank.
   *
   * @throws IllegalArgumentException when the text is none of these
   */
  public static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      if (t.matches("\\d{9,10}")) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(t)), ZoneOffset.UTC);
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(t);
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
        return t.matches(".*(Z|[+-]\\d{2}:?\\d{2})$") ? OffsetDateTime.parse(t).toLocalDate()
            : LocalDateTime.parse(t).toLocalDate();
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2} .*")) {
        return LocalDateTime.parse(t, SPACED).toLocalDate();
      }
      if (t.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
        return LocalDate.parse(t, DAY_MONTH_YEAR);
      }
    } catch (DateTimeParseException e) {
      // fall through to the refusal
    }
    throw new IllegalArgumentException("the date '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t)
        + "' is not one PhaseZero reads (2024-03-01, 2024-03-01T14:05:00Z, 1/3/2024 or Unix seconds)");
  }

  /** The author's pseudonym in a corpus: the same name gives the same pseudonym there, and no way back. */
  public static String pseudonym(String salt, String author) {
    if (author == null || author.isBlank()) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(HexFormat.of().parseHex(salt), "HmacSHA256"));
      byte[] h = mac.doFinal(author.strip().getBytes(StandardCharsets.UTF_8));
      return "author-" + HexFormat.of().formatHex(h, 0, 6);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The text as compared for duplicates: the ends stripped, then each run of the white space
   * that the regular expression {@code \s} matches (space, tab, line feed, vertical tab, form
   * feed, carriage return) made one space. Written out rather than as {@code replaceAll}, which
   * compiles a pattern and copies every post even when nothing changes; the stored hashes depend
   * on this being exactly the same.
   */
  public static String normalised(String text) {
    String s = text.strip();
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < n && isSpace(s.charAt(end))) {
        end++;
      }
      if (b == null && (c != ' ' || end > i + 1)) {
        b = new StringBuilder(n).append(s, 0, i);
      }
      if (b != null) {
        b.append(' ');
      }
      i = end - 1;
    }
    return b == null ? s : b.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
