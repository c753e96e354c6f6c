package org.phasezero.security.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An audit row's snapshots read as "who changed what": the fields whose value differs between
 * before and after (every filled-in field for a new record), each with both values in words, in
 * place of two JSON documents. Bookkeeping fields that change on every write (version, updated
 * at) are left out, and so are record numbers where the record's name is there too ({@code
 * personId} beside {@code personName}). Values read as the pages write them: coded values by their
 * label in the bundle ({@code SUBMITTED} as "Submitted"), times and dates as "1 Dec 2026 07:30",
 * yes and no, and money as "£54.80". A snapshot that is not JSON (cut at the size limit) is shown
 * whole.
 */
@Component
public class AuditChanges {

  private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "id");
  private static final Set<String> MONEY = Set.of("amount", "fee", "total", "expensesTotal", "rateAmount", "money",
      "spent", "remaining");
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]+");
  private static final java.util.regex.Pattern INSTANT = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final java.util.regex.Pattern DATE_IN_TEXT =
      java.util.regex.Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");
  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final java.time.format.DateTimeFormatter MINUTE =
      java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

  /** One changed field: its name in words, and its value before and after ("" for none). */
  public record Change(String field, String before, String after) {}

  private final ObjectMapper json;
  private final CodeLabels labels;

  AuditChanges(ObjectMapper json, CodeLabels labels) {
    this.json = json;
    this.labels = labels;
  }

  public List<Change> of(AuditRecord r) {
    if (r.before() == null && r.after() == null) {
      return List.of();
    }
    JsonNode before = parse(r.before());
    JsonNode after = parse(r.after());
    if ((r.before() != null && before == null) || (r.after() != null && after == null)) {
      return List.of(new Change("Record", nullToEmpty(r.before()), nullToEmpty(r.after())));
    }
    Set<String> fields = new LinkedHashSet<>();
    names(after, fields);
    names(before, fields);
    List<Change> changes = new ArrayList<>();
    for (String field : fields) {
      if (BOOKKEEPING.contains(field) || field.endsWith("Id") && fields.contains(field.substring(0, field.length() - 2) + "Name")) {
        continue;
      }
      String was = words(field, before == null ? null : before.get(field));
      String is = words(field, after == null ? null : after.get(field));
      if (!was.equals(is)) {
        changes.add(new Change(label(field), was, is));
      }
    }
    return changes;
  }

  private static void names(JsonNode node, Set<String> into) {
    if (node != null && node.isObject()) {
      node.properties().forEach(e -> into.add(e.getKey()));
    }
  }

  /** A value as a person reads it: text as it is, a record by its name, a list as its items. */
  String words(String field, JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(item -> items.add(words(field, item)));
      return String.join(", ", items);
    }
    if (v.isObject()) {
      for (String name : List.of("name", "displayName", "title")) {
        if (v.hasNonNull(name)) {
          return v.get(name).asString();
        }
      }
      // A line of a record (an expense): its values in words, without its number.
      List<String> parts = new ArrayList<>();
      v.properties().forEach(e -> {
        if (!e.getKey().equals("id") && !e.getKey().endsWith("Id")) {
          String w = words(e.getKey(), e.getValue());
          if (!w.isEmpty()) {
            parts.add(w);
          }
        }
      });
      return String.join(" ", parts);
    }
    if (v.isBoolean()) {
      return v.asBoolean() ? "Yes" : "No";
    }
    if (v.isNumber() && MONEY.contains(field)) {
      return org.phasezero.shared.Money.format(v.decimalValue());
    }
    String text = v.asString();
    if (INSTANT.matcher(text).matches()) {
      return MINUTE.format(java.time.Instant.parse(text).atZone(java.time.ZoneId.of("Europe/London")));
    }
    if (DATE.matcher(text).matches()) {
      return DAY.format(java.time.LocalDate.parse(text));
    }
    if (CODE.matcher(text).matches()) {
      return labels.label(field, text).orElse(text);
    }
    return text;
  }

  /**
   * A row's summary as the pages write dates: summaries are stored as they were written (some with
   * dates as 2025-04-01), so dates are put in words when shown, for old rows as for new.
   */
  public String summary(String text) {
    if (text == null) {
      return "";
    }
    return DATE_IN_TEXT.matcher(text).replaceAll(m -> {
      try {
        return DAY.format(java.time.LocalDate.parse(m.group()));
      } catch (java.time.format.DateTimeParseException notADate) {
        return m.group();
      }
    });
  }

  /** {@code voidReason} reads as "Void reason". */
  static String label(String field) {
    String spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    return spaced.isEmpty() ? field : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private JsonNode parse(String state) {
    if (state == null) {
      return null;
    }
    try {
      return json.readTree(state);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
