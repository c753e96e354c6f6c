package org.phasezero.security.audit;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phasezero.shared.PersonalDataErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one change ever made to existing audit rows: when a person's data is erased, their copies
 * in the trail go too. Who did what, and when, stays; the erasure itself is a new row.
 *
 * <p>What is scrubbed, and nothing else:
 * <ul>
 *   <li>The person's own rows (entity {@code person} with their id): the identifying and
 *       special-category fields of each snapshot are emptied, whatever their values; on a consent
 *       withdrawal only the special-category fields.</li>
 *   <li>Other records' rows that refer to the person: within a JSON object whose {@code personId}
 *       (or {@code …PersonId}) is theirs, a name, pseudonym, email or phone field whose whole
 *       value is one of their identifiers; and in such a row's summary, the identifiers as whole
 *       words. A row that never refers to the person is left alone, so erasing "Ali" leaves
 *       "Ali Khan", and a pseudonym "PAID" leaves every claim's status.</li>
 * </ul>
 */
@Component
class AuditScrubber {

  static final String ERASED = "[erased]";

  private static final Set<String> IDENTIFYING = Set.of("displayName", "name", "pseudonym", "email", "phone",
      "accessNeeds", "preferredLanguage");
  private static final Set<String> SPECIAL_CATEGORY = Set.of("ethnicGroup", "religion", "livedExperience");
  private static final Pattern NAME_FIELD = Pattern.compile("(?i).*(name|pseudonym|email|phone)$");

  private record Row(long id, String summary, String before, String after) {}

  private final JdbcClient db;
  private final ObjectMapper json;

  AuditScrubber(JdbcClient db, ObjectMapper json) {
    this.db = db;
    this.json = json;
  }

  @EventListener
  public void on(PersonalDataErased erased) {
    String personId = String.valueOf(erased.personId());
    for (Row row : rows("entity_type = 'person' and entity_id = ?", personId)) {
      update(row, words(row.summary(), erased.identifiers(), List.of()),
          own(row.before(), erased.everything()), own(row.after(), erased.everything()));
    }
    for (String identifier : erased.identifiers()) {
      String like = "%" + identifier + "%";
      for (Row row : rows("not (entity_type = 'person' and entity_id = ?)"
          + " and (summary like ? or before_state like ? or after_state like ?)", personId, like, like, like)) {
        List<String> othersNames = new java.util.ArrayList<>();
        Scrubbed before = references(row.before(), erased, othersNames);
        Scrubbed after = references(row.after(), erased, othersNames);
        if (before.referred() || after.referred()) {
          update(row, words(row.summary(), erased.identifiers(), othersNames), before.state(), after.state());
        }
      }
    }
  }

  private List<Row> rows(String where, Object... params) {
    return db.sql("select id, summary, before_state, after_state from audit_event where " + where).params(params)
        .query((rs, i) -> new Row(rs.getLong("id"), rs.getString("summary"), rs.getString("before_state"),
            rs.getString("after_state"))).list();
  }

  private void update(Row row, String summary, String before, String after) {
    db.sql("update audit_event set summary = ?, before_state = ?, after_state = ? where id = ?")
        .params(summary, before, after, row.id()).update();
  }

  /** A snapshot of the person's own record with the erased fields emptied. */
  private String own(String state, boolean everything) {
    JsonNode tree = parse(state);
    if (!(tree instanceof ObjectNode o)) {
      return state;
    }
    for (String field : SPECIAL_CATEGORY) {
      if (o.has(field)) {
        o.putNull(field);
      }
    }
    if (everything) {
      for (String field : IDENTIFYING) {
        if (o.has(field) && !o.get(field).isNull()) {
          o.put(field, ERASED);
        }
      }
    }
    return json.writeValueAsString(o);
  }

  private record Scrubbed(String state, boolean referred) {}

  /** Another record's snapshot with the person's identifiers removed where it refers to them. */
  private Scrubbed references(String state, PersonalDataErased erased, List<String> othersNames) {
    JsonNode tree = parse(state);
    if (tree == null) {
      return new Scrubbed(state, false);
    }
    boolean referred = walk(tree, erased, othersNames);
    return new Scrubbed(referred ? json.writeValueAsString(tree) : state, referred);
  }

  private boolean walk(JsonNode node, PersonalDataErased erased, List<String> othersNames) {
    boolean referred = false;
    if (node instanceof ObjectNode o) {
      if (!refersTo(o, erased.personId())) {
        // Someone else's name in the same row ("Ali Khan" beside "Ali") is kept whole in the summary.
        for (var field : o.properties()) {
          if (field.getValue().isString() && NAME_FIELD.matcher(field.getKey()).matches()) {
            othersNames.add(field.getValue().asString());
          }
        }
      } else {
        referred = true;
        for (var field : List.copyOf(o.properties())) {
          JsonNode v = field.getValue();
          if (v.isString() && NAME_FIELD.matcher(field.getKey()).matches()
              && erased.identifiers().contains(v.asString().strip())) {
            o.put(field.getKey(), ERASED);
          }
        }
      }
      for (var field : o.properties()) {
        referred |= walk(field.getValue(), erased, othersNames);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        referred |= walk(item, erased, othersNames);
      }
    }
    return referred;
  }

  private static boolean refersTo(ObjectNode o, long personId) {
    for (var field : o.properties()) {
      String key = field.getKey();
      if ((key.equals("personId") || key.endsWith("PersonId")) && field.getValue().isNumber()
          && field.getValue().asLong() == personId) {
        return true;
      }
    }
    return false;
  }

  /**
   * Replaces the identifiers where they stand as whole words ("Ali" in "for Ali (meeting 3)", not
   * in "Alison"), leaving whole any other person's name that contains them ("Ali Khan").
   */
  static String words(String text, List<String> identifiers, List<String> othersNames) {
    if (text == null) {
      return null;
    }
    List<String> kept = othersNames.stream().filter(n -> !identifiers.contains(n))
        .filter(n -> identifiers.stream().anyMatch(n::contains))
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).distinct().toList();
    String out = text;
    for (int i = 0; i < kept.size(); i++) {
      out = out.replace(kept.get(i), "\u0000" + i + "\u0000");
    }
    for (String id : identifiers) {
      out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(id) + "(?![\\p{L}\\p{N}])")
          .matcher(out).replaceAll(Matcher.quoteReplacement(ERASED));
    }
    for (int i = 0; i < kept.size(); i++) {
      out = out.replace("\u0000" + i + "\u0000", kept.get(i));
    }
    return out;
  }

  private JsonNode parse(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return json.readTree(state);
    } catch (JacksonException e) {
      // A snapshot cut at the size limit: it is not JSON, so nothing in it is matched.
      return null;
    }
  }
}
