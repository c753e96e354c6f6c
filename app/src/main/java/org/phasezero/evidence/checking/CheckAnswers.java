package org.phasezero.evidence.checking;

import java.util.HashMap;
import java.util.Map;

/**
 * A participant's answers as a form carries them: per theme {@code theme-ID} (AGREE, DISAGREE or
 * UNSURE) and {@code themeComment-ID}; per quote {@code quote-SEQ} (KEEP or WITHDRAW) and
 * {@code quoteComment-SEQ}; and an overall comment. Anything left blank stays unanswered.
 */
public record CheckAnswers(Map<Long, String> themes, Map<Long, String> themeComments, Map<Integer, String> quotes,
    Map<Integer, String> quoteComments, String overallComment) {

  /** Reads the answers from a form's parameters (or a JSON object's fields of the same names). */
  public static CheckAnswers of(Map<String, String> p) {
    Map<Long, String> themes = new HashMap<>();
    Map<Long, String> themeComments = new HashMap<>();
    Map<Integer, String> quotes = new HashMap<>();
    Map<Integer, String> quoteComments = new HashMap<>();
    p.forEach((k, v) -> {
      try {
        if (k.startsWith("theme-")) {
          themes.put(Long.parseLong(k.substring(6)), v);
        } else if (k.startsWith("themeComment-")) {
          themeComments.put(Long.parseLong(k.substring(13)), v);
        } else if (k.startsWith("quote-")) {
          quotes.put(Integer.parseInt(k.substring(6)), v);
        } else if (k.startsWith("quoteComment-")) {
          quoteComments.put(Integer.parseInt(k.substring(13)), v);
        }
      } catch (NumberFormatException ignored) {
        // Not one of ours: the form's other fields (the CSRF token, say).
      }
    });
    return new CheckAnswers(themes, themeComments, quotes, quoteComments, p.get("overallComment"));
  }
}
