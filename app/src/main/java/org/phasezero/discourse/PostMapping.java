package org.phasezero.discourse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Which column (CSV) or field (JSON) holds each part of a post; only the text is required.
 */
public record PostMapping(
    @NotBlank(message = "{discourse.text.required}") @Size(max = 200, message = "{field.tooLong}") String text,
    @Size(max = 200, message = "{field.tooLong}") String author,
    @Size(max = 200, message = "{field.tooLong}") String date,
    @Size(max = 200, message = "{field.tooLong}") String thread,
    @Size(max = 200, message = "{field.tooLong}") String forum) {

  /** Kept with the import as one line per part, {@code part=column}. */
  public String encode() {
    return "text=" + text + "\nauthor=" + nz(author) + "\ndate=" + nz(date) + "\nthread=" + nz(thread) + "\nforum="
        + nz(forum);
  }

  public static PostMapping decode(String s) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (String line : s.split("\n")) {
      int eq = line.indexOf('=');
      m.put(line.substring(0, eq), line.substring(eq + 1).isEmpty() ? null : line.substring(eq + 1));
    }
    return new PostMapping(m.get("text"), m.get("author"), m.get("date"), m.get("thread"), m.get("forum"));
  }

  private static String nz(String s) {
    return s == null || s.isBlank() ? "" : s.strip();
  }
}
