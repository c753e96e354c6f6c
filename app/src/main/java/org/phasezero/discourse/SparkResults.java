package org.phasezero.discourse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results that {@code phasezero spark} computed on data too large for the platform, kept with a
 * research project and shown as tables. They inherit the project's access, as corpora do. A file
 * is accepted when it is the JSON Spark writes ({@code --format json}): an object with one table
 * of rows ({@code top}, {@code keywords}, {@code collocates} or {@code groups}), every row an object
 * with the same fields, and figures about the whole beside it.
 */
@Service
public class SparkResults {

  /** The most characters a result may have (the column's size). */
  public static final int MAX_CHARACTERS = 1_000_000;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SELECT = "select s.id, s.project_id, r.name project_name, s.name, s.kind, s.created_by,"
      + " s.created_at, s.voided_at, s.void_reason from discourse_spark_result s"
      + " join research_project r on r.id = s.project_id";

  private final JdbcClient db;
  private final ResearchProjects projects;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SparkResults(JdbcClient db, ResearchProjects projects, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.projects = projects;
    this.events = events;
    this.clock = clock;
  }

  /** The live results of the projects the user may open (of one, when given), by project and name. */
  public List<SparkResult> list(Long projectId) {
    Corpora.requireResearchRole();
    List<Long> ids = projectId != null ? List.of(projects.get(projectId).id())
        : projects.visible().stream().map(ResearchProject::id).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.sql(SELECT + " where s.voided_at is null and s.project_id in (:ids) order by lower(r.name), lower(s.name)")
        .param("ids", ids)
        .query(SparkResults::map).list();
  }

  /** A result the user may open (404 otherwise, whether it exists or not). */
  public SparkResult get(long id) {
    Corpora.requireResearchRole();
    SparkResult s = db.sql(SELECT + " where s.id = ?").param(id).query(SparkResults::map).optional()
        .orElseThrow(() -> new NotFound("Spark result", id));
    try {
      projects.get(s.projectId());
    } catch (NotFound e) {
      throw new NotFound("Spark result", id);
    }
    return s;
  }

  /** The result with its figures and its table. */
  public SparkResult.Table table(long id) {
    SparkResult s = get(id);
    String json = db.sql("select result from discourse_spark_result where id = ?").param(id).query(String.class).single();
    Parsed p = parse(json);
    return new SparkResult.Table(s, p.summary(), p.columns(), p.rows());
  }

  /** Keeps a result in a project, under a name the project does not use yet. */
  @Transactional
  public SparkResult add(long projectId, String name, String json) {
    Corpora.requireResearchRole();
    ResearchProject p = projects.requireWorkable(projectId);
    if (name == null || name.isBlank()) {
      throw new Conflict("name", "Enter a name for the result.");
    }
    if (name.strip().length() > 200) {
      throw new Conflict("name", "The name must be 200 characters or fewer.");
    }
    Parsed parsed = parse(json);
    long id = Unique.orConflict("name", "This project already has a Spark result called '" + name.strip() + "'.",
        () -> Keys.insert(db.sql("""
            insert into discourse_spark_result (project_id, name, name_key, kind, result, created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?)""").params(p.id(), name.strip(), IncomingText.key(name), parsed.kind().name(),
            json, CurrentUser.require().username(), Timestamp.from(clock.instant()))));
    SparkResult s = get(id);
    events.publishEvent(AuditedAction.created("discourse-spark-result", id, "Spark result '" + s.name() + "' ("
        + parsed.rows().size() + " rows) added to project '" + p.name() + "'", s));
    return s;
  }

  /** Voids a live result of a live project with a reason; its name may then be used again. */
  @Transactional
  public SparkResult voidRecord(long id, String reason) {
    SparkResult before = get(id);
    if (before.voided()) {
      throw new Conflict("This Spark result was voided already.");
    }
    projects.requireWorkable(before.projectId());
    if (reason == null || reason.isBlank()) {
      throw new Conflict("reason", "Enter why the result is voided.");
    }
    int voided = db.sql("""
        update discourse_spark_result set voided_at = ?, void_reason = ?, live_key = null
        where id = ? and voided_at is null""").params(Timestamp.from(clock.instant()), reason.strip(), id).update();
    if (voided == 0) {
      throw new Conflict("This Spark result was voided already.");
    }
    SparkResult after = get(id);
    events.publishEvent(AuditedAction.voided("discourse-spark-result", id, "Spark result '" + after.name()
        + "' voided: " + reason.strip(), before, after));
    return after;
  }

  /** A result file read: what it is, its figures, its columns and rows. */
  record Parsed(SparkResultKind kind, List<SparkResult.Field> summary, List<String> columns, List<List<String>> rows) {}

  /** Reads the JSON {@code phasezero spark --format json} writes; anything else is refused, saying why. */
  static Parsed parse(String json) {
    if (json == null || json.isBlank()) {
      throw new Conflict("file", "The file is empty. Choose the JSON that 'phasezero spark … --format json' wrote.");
    }
    if (json.length() > MAX_CHARACTERS) {
      throw new Conflict("file", "The file has more than " + MAX_CHARACTERS + " characters; ask Spark for fewer rows "
          + "(--top).");
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new Conflict("file", "The file is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new Conflict("file", "The file is not a result of 'phasezero spark': it is not a JSON object.");
    }
    SparkResultKind kind = null;
    for (SparkResultKind k : SparkResultKind.values()) {
      if (root.path(k.table()).isArray()) {
        kind = k;
      }
    }
    if (kind == null) {
      throw new Conflict("file", "The file is not a result of 'phasezero spark': it has no table of rows (top, "
          + "keywords, collocates or groups).");
    }
    List<SparkResult.Field> summary = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (e.getKey().equals(kind.table())) {
        continue;
      }
      JsonNode v = e.getValue();
      if (v.isValueNode()) {
        summary.add(new SparkResult.Field(e.getKey(), text(v)));
      } else if (v.isArray()) {
        List<String> values = new ArrayList<>();
        v.forEach(x -> values.add(x.isValueNode() ? text(x) : x.toString()));
        summary.add(new SparkResult.Field(e.getKey(), String.join(", ", values)));
      }
    }
    List<String> columns = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    int n = 0;
    for (JsonNode row : root.get(kind.table())) {
      n++;
      if (!row.isObject()) {
        throw new Conflict("file", "Row " + n + " of '" + kind.table() + "' is not an object of named values.");
      }
      List<String> names = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : row.properties()) {
        if (!field.getValue().isValueNode()) {
          throw new Conflict("file", "Row " + n + " of '" + kind.table() + "' holds a list or an object where a "
              + "value belongs.");
        }
        names.add(field.getKey());
        values.add(text(field.getValue()));
      }
      if (n == 1) {
        columns.addAll(names);
      } else if (!names.equals(columns)) {
        throw new Conflict("file", "Row " + n + " of '" + kind.table() + "' has the fields " + names + ", not "
            + columns + " as the first row has.");
      }
      rows.add(values);
    }
    return new Parsed(kind, summary, columns, rows);
  }

  private static String text(JsonNode v) {
    return v.isNull() ? "" : v.asString();
  }

  static SparkResult map(ResultSet rs, int row) throws SQLException {
    return new SparkResult(rs.getLong("id"), rs.getLong("project_id"), rs.getString("project_name"),
        rs.getString("name"), SparkResultKind.valueOf(rs.getString("kind")), rs.getString("created_by"),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
