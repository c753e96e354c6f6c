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
 * at) are left out. A snapshot that is not JSON (cut at the size limit) is shown whole.
 */
@Component
public class AuditChanges {

  private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt");

  /** One changed field: its name in words, and its value before and after ("" for none). */
  public record Change(String field, String before, String after) {}

  private final ObjectMapper json;

  AuditChanges(ObjectMapper json) {
    this.json = json;
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
      if (BOOKKEEPING.contains(field)) {
        continue;
      }
      String was = words(before == null ? null : before.get(field));
      String is = words(after == null ? null : after.get(field));
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
  static String words(JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(item -> items.add(words(item)));
      return String.join(", ", items);
    }
    if (v.isObject()) {
      for (String name : List.of("name", "displayName", "title")) {
        if (v.hasNonNull(name)) {
          return v.get(name).asString();
        }
      }
      return v.toString();
    }
    return v.asString();
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
