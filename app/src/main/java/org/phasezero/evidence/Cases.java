package org.phasezero.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.phasezero.evidence.internal.ProjectAccess;
import org.phasezero.network.ResearchSubjects;
import org.phasezero.network.ResearchSubjects.Subject;
import org.phasezero.network.Side;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Rows;
import org.phasezero.shared.SqlWhere;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's cases and the attributes they are compared by. People and sites come from the
 * network with their side and organisation as attributes ({@link #SIDE}, {@link #ORGANISATION});
 * researchers add attributes of their own. A person's case holds every turn that person speaks in
 * the project; any case also holds the whole sources linked to it (a site's case starts with the
 * sources observed there). One case per person and per site: the database holds that rule.
 */
@Service
public class Cases {

  /** The attributes every case from the network starts with. */
  public static final String SIDE = "Side";
  public static final String ORGANISATION = "Organisation";

  /** An attribute value some live cases share: what the retrieval filter offers. */
  public record Attribute(long variableId, String variable, String value) {

    /** How the filter names it in a link: {@code 12:Community}. */
    public String key() {
      return variableId + ":" + value;
    }
  }

  /**
   * Which passages a set of cases holds: those in the cases' linked sources, and those starting in a
   * turn spoken by one of the cases' people.
   */
  public record Scope(Set<Long> sourceIds, Set<Long> personIds) {

    public boolean holds(long sourceId, Long speakerPersonId) {
      return sourceIds.contains(sourceId) || (speakerPersonId != null && personIds.contains(speakerPersonId));
    }
  }

  /** A case with the number of live sources it holds passages of: those linked to it and, for a person, those they speak in. */
  private static final String SELECT = """
      select c.*, (select count(*) from evidence_source s where s.project_id = c.project_id and s.voided_at is null
        and (exists (select 1 from case_source cs where cs.case_id = c.id and cs.source_id = s.id)
          or (c.person_id is not null and exists (select 1 from source_segment t where t.source_id = s.id
            and t.speaker_person_id = c.person_id and t.withheld_reason is null)))) sources
      from evidence_case c""";

  private final JdbcClient db;
  private final ResearchProjects projects;
  private final Sources sources;
  private final ResearchSubjects subjects;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Cases(JdbcClient db, ResearchProjects projects, Sources sources, ResearchSubjects subjects,
      ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.projects = projects;
    this.sources = sources;
    this.subjects = subjects;
    this.events = events;
    this.clock = clock;
  }

  /** The live cases of a project the user may open, by name. */
  public List<EvidenceCase> ofProject(long projectId) {
    projects.get(projectId);
    List<EvidenceCase> list = db.sql(SELECT + " where c.project_id = ? and c.voided_at is null order by lower(c.name), c.id")
        .param(projectId).query(this::map).list();
    return withValues(projectId, list);
  }

  /** A case in a project the user may open (404 otherwise). */
  public EvidenceCase get(long id) {
    SqlWhere where = ProjectAccess.visibleOn(CurrentUser.require(), "c.project_id").and("c.id = ?", id);
    EvidenceCase c = db.sql(SELECT + where.sql()).params(where.params()).query(this::map).optional()
        .orElseThrow(() -> new NotFound("case", id));
    return withValues(c.projectId(), List.of(c)).get(0);
  }

  /** The project's attributes, in the order they were added. */
  public List<CaseVariable> variables(long projectId) {
    projects.get(projectId);
    return db.sql("select id, name, type_name from case_variable where project_id = ? order by id").param(projectId)
        .query((rs, i) -> new CaseVariable(rs.getLong("id"), rs.getString("name"), rs.getString("type_name"))).list();
  }

  /** Every attribute value live cases hold, by attribute then value: the choices of the retrieval filter. */
  public List<Attribute> attributes(long projectId) {
    projects.get(projectId);
    return db.sql("""
            select distinct v.id, v.name, x.var_value from case_value x join case_variable v on v.id = x.variable_id
              join evidence_case c on c.id = x.case_id and c.voided_at is null
            where v.project_id = ? and x.var_value is not null order by v.id, x.var_value""")
        .param(projectId).query((rs, i) -> new Attribute(rs.getLong("id"), rs.getString("name"), rs.getString("var_value")))
        .list();
  }

  /** The passages one case holds. */
  public Scope scopeOf(long caseId) {
    EvidenceCase c = get(caseId);
    return scope(List.of(c.id()));
  }

  /** The passages held by the cases with this attribute value ({@code 12:Community}); 404 for an unknown attribute. */
  public Scope scopeOf(long projectId, String attributeKey) {
    int colon = attributeKey == null ? -1 : attributeKey.indexOf(':');
    long variableId;
    try {
      variableId = Long.parseLong(attributeKey.substring(0, Math.max(colon, 0)));
    } catch (NumberFormatException | NullPointerException e) {
      throw new NotFound("attribute", attributeKey);
    }
    if (variables(projectId).stream().noneMatch(v -> v.id() == variableId)) {
      throw new NotFound("attribute", attributeKey);
    }
    List<Long> ids = db.sql("""
            select c.id from evidence_case c join case_value x on x.case_id = c.id
            where c.project_id = ? and c.voided_at is null and x.variable_id = ? and x.var_value = ?""")
        .params(projectId, variableId, attributeKey.substring(colon + 1)).query(Long.class).list();
    return scope(ids);
  }

  private Scope scope(List<Long> caseIds) {
    Set<Long> sourceIds = new HashSet<>();
    Set<Long> personIds = new HashSet<>();
    for (long id : caseIds) {
      sourceIds.addAll(db.sql("select source_id from case_source where case_id = ?").param(id).query(Long.class).list());
      db.sql("select person_id from evidence_case where id = ? and person_id is not null").param(id).query(Long.class)
          .optional().ifPresent(personIds::add);
    }
    return new Scope(sourceIds, personIds);
  }

  /**
   * The people who speak in the project's sources and have no case yet: id and research name. Only
   * people whose research-use consent stands are offered.
   */
  public List<Map.Entry<Long, String>> speakersWithoutCase(long projectId) {
    projects.get(projectId);
    return db.sql("""
            select distinct t.speaker_person_id from source_segment t join evidence_source s on s.id = t.source_id
            where s.project_id = ? and s.voided_at is null and t.speaker_person_id is not null
              and t.withheld_reason is null
              and not exists (select 1 from evidence_case c where c.project_id = s.project_id
                and c.person_id = t.speaker_person_id and c.voided_at is null)
            order by t.speaker_person_id""")
        .param(projectId).query(Long.class).list().stream()
        .map(id -> {
          try {
            return Map.entry(id, subjects.person(id).name());
          } catch (Conflict | NotFound e) {
            return null;
          }
        })
        .filter(java.util.Objects::nonNull).toList();
  }

  /** Live sites of the network that are not yet cases of the project: id and name. */
  public List<Map.Entry<Long, String>> sitesWithoutCase(long projectId) {
    projects.get(projectId);
    Set<Long> taken = new HashSet<>(db.sql("""
            select site_id from evidence_case where project_id = ? and site_id is not null and voided_at is null""")
        .param(projectId).query(Long.class).list());
    return subjects.sites().stream().filter(s -> !taken.contains(s.getKey())).toList();
  }

  /** Makes a consented person of the network a case, named by their pseudonym, with their side and organisation. */
  @Transactional
  public EvidenceCase addPerson(long projectId, long personId) {
    ResearchProject p = projects.requireWorkable(projectId);
    Subject subject = subjects.person(personId);
    long id = Unique.orConflict("personId", "This person is already a case in this project.",
        () -> insert(projectId, subject.name(), null, personId, null));
    setNetworkAttributes(projectId, id, subject);
    return created(p, id);
  }

  /**
   * Makes a site of the network a case, with its organisation and side, linked to the project's
   * sources observed there (at the site, or at a meeting held there).
   */
  @Transactional
  public EvidenceCase addSite(long projectId, long siteId) {
    ResearchProject p = projects.requireWorkable(projectId);
    Subject subject = subjects.site(siteId);
    long id = Unique.orConflict("siteId", "This site is already a case in this project.",
        () -> insert(projectId, subject.name(), null, null, siteId));
    setNetworkAttributes(projectId, id, subject);
    db.sql("""
            insert into case_source (case_id, source_id)
            select ?, s.id from evidence_source s left join meeting m on m.id = s.meeting_id
            where s.project_id = ? and s.voided_at is null and (s.site_id = ? or m.site_id = ?)""")
        .params(id, projectId, siteId, siteId).update();
    return created(p, id);
  }

  /** A case the researcher names: a focus group, a ward, a family. */
  @Transactional
  public EvidenceCase create(long projectId, CaseForm form) {
    ResearchProject p = projects.requireWorkable(projectId);
    long id = insert(projectId, IncomingText.clean(form.getName()).strip(),
        Rows.blankToNull(IncomingText.clean(form.getDescription())), null, null);
    writeValues(projectId, id, form.getValues());
    return created(p, id);
  }

  /** Renames, describes and sets attribute values, from the version the researcher read. */
  @Transactional
  public EvidenceCase update(long id, CaseForm form) {
    EvidenceCase before = requireLive(id);
    int n = db.sql("""
            update evidence_case set name = ?, description = ?, updated_at = ?, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(IncomingText.clean(form.getName()).strip(), Rows.blankToNull(IncomingText.clean(form.getDescription())),
            Rows.ts(clock.instant()), id, form.getVersion()).update();
    OptimisticLock.requireUpdated(n, "case");
    writeValues(before.projectId(), id, form.getValues());
    EvidenceCase after = get(id);
    events.publishEvent(AuditedAction.updated("evidence_case", id, "Case '" + after.name() + "' changed", before, after));
    return after;
  }

  /** Adds an attribute to the project (text, as REFI-QDA calls it); names are unique within a project. */
  @Transactional
  public CaseVariable addVariable(long projectId, String name) {
    projects.requireWorkable(projectId);
    String clean = name == null ? "" : IncomingText.clean(name).strip();
    if (clean.isEmpty() || clean.length() > 200) {
      throw new Conflict("name", "Name the attribute in 200 characters or fewer.");
    }
    long id = Unique.orConflict("name", "This project already has an attribute called '" + clean + "'.",
        () -> insertVariable(projectId, clean));
    events.publishEvent(AuditedAction.created("case_variable", id, "Case attribute '" + clean + "' added", null));
    return new CaseVariable(id, clean, "Text");
  }

  /** Links a whole source to a case: every passage in it belongs to the case. */
  @Transactional
  public EvidenceCase linkSource(long caseId, long sourceId) {
    EvidenceCase c = requireLive(caseId);
    EvidenceSource s = sources.get(sourceId);
    if (s.projectId() != c.projectId() || s.voided()) {
      throw new Conflict("sourceId", "Choose a source of this project.");
    }
    Unique.orConflict("sourceId", "'" + s.name() + "' is already linked to this case.",
        () -> db.sql("insert into case_source (case_id, source_id) values (?, ?)").params(caseId, sourceId).update());
    events.publishEvent(new AuditedAction("UPDATE", "evidence_case", String.valueOf(caseId),
        "Source '" + s.name() + "' linked to case '" + c.name() + "'", null, Map.of("sourceId", sourceId)));
    return get(caseId);
  }

  @Transactional
  public EvidenceCase unlinkSource(long caseId, long sourceId) {
    EvidenceCase c = requireLive(caseId);
    int n = db.sql("delete from case_source where case_id = ? and source_id = ?").params(caseId, sourceId).update();
    if (n == 0) {
      throw new Conflict("sourceId", "That source is not linked to this case.");
    }
    events.publishEvent(new AuditedAction("UPDATE", "evidence_case", String.valueOf(caseId),
        "Source " + sourceId + " unlinked from case '" + c.name() + "'", Map.of("sourceId", sourceId), null));
    return get(caseId);
  }

  /** The live sources linked to a case, by name: id and name. */
  public List<Map.Entry<Long, String>> linkedSources(long caseId) {
    get(caseId);
    return db.sql("""
            select s.id, s.name from case_source cs join evidence_source s on s.id = cs.source_id
            where cs.case_id = ? and s.voided_at is null order by lower(s.name), s.id""")
        .param(caseId).query((rs, i) -> Map.entry(rs.getLong("id"), rs.getString("name"))).list();
  }

  @Transactional
  public EvidenceCase remove(long id, String reason) {
    EvidenceCase before = requireLive(id);
    db.sql("update evidence_case set voided_at = ?, void_reason = ?, live_key = null where id = ?")
        .params(Rows.ts(clock.instant()), reason, id).update();
    EvidenceCase after = get(id);
    events.publishEvent(AuditedAction.voided("evidence_case", id, "Case '" + before.name() + "' removed: " + reason,
        before, after));
    return after;
  }

  private EvidenceCase requireLive(long id) {
    EvidenceCase c = get(id);
    projects.requireWorkable(c.projectId());
    if (c.voided()) {
      throw new Conflict("This case was removed and can no longer be changed.");
    }
    return c;
  }

  private long insert(long projectId, String name, String description, Long personId, Long siteId) {
    var now = Rows.ts(clock.instant());
    return Keys.insert(db.sql("""
            insert into evidence_case (project_id, guid, name, description, person_id, site_id, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(projectId, UUID.randomUUID().toString(), name, description, personId, siteId, now, now));
  }

  private EvidenceCase created(ResearchProject p, long id) {
    EvidenceCase c = get(id);
    events.publishEvent(AuditedAction.created("evidence_case", id, "Case '" + c.name() + "' added to '" + p.name()
        + "'", c));
    return c;
  }

  private void setNetworkAttributes(long projectId, long caseId, Subject subject) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(SIDE, subject.side().map(Cases::sideWord).orElse(null));
    values.put(ORGANISATION, subject.organisation().orElse(null));
    for (String name : values.keySet()) {
      variableId(projectId, name);
    }
    writeValues(projectId, caseId, values);
  }

  /** How a side is written as an attribute value: a word, the same in every language of the interface. */
  static String sideWord(Side side) {
    String lower = side.name().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** Sets the given attribute values (blank clears); an attribute the project lacks is refused. */
  private void writeValues(long projectId, long caseId, Map<String, String> values) {
    Map<String, Long> known = new LinkedHashMap<>();
    for (CaseVariable v : variables(projectId)) {
      known.put(v.name(), v.id());
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      Long variable = known.get(e.getKey());
      if (variable == null) {
        throw new Conflict("values", "This project has no attribute called '" + e.getKey() + "'. Add it first.");
      }
      String value = e.getValue() == null ? null : IncomingText.clean(e.getValue()).strip();
      if (value != null && value.length() > 4000) {
        throw new Conflict("values", "Keep the value of '" + e.getKey() + "' to 4,000 characters or fewer.");
      }
      db.sql("delete from case_value where case_id = ? and variable_id = ?").params(caseId, variable).update();
      if (value != null && !value.isEmpty()) {
        db.sql("insert into case_value (case_id, variable_id, var_value) values (?, ?, ?)")
            .params(caseId, variable, value).update();
      }
    }
  }

  /** The id of the project's attribute of this name, added when missing (the unique name decides a race). */
  private long variableId(long projectId, String name) {
    return db.sql("select id from case_variable where project_id = ? and name = ?").params(projectId, name)
        .query(Long.class).optional().orElseGet(() -> Unique.orConflict("name",
            "Another researcher added the attribute '" + name + "' at the same moment. Try again.",
            () -> insertVariable(projectId, name)));
  }

  private long insertVariable(long projectId, String name) {
    return Keys.insert(db.sql("insert into case_variable (project_id, guid, name, type_name) values (?, ?, ?, 'Text')")
        .params(projectId, UUID.randomUUID().toString(), name));
  }

  private List<EvidenceCase> withValues(long projectId, List<EvidenceCase> cases) {
    if (cases.isEmpty()) {
      return cases;
    }
    List<CaseVariable> variables = db.sql("select id, name, type_name from case_variable where project_id = ? order by id")
        .param(projectId).query((rs, i) -> new CaseVariable(rs.getLong("id"), rs.getString("name"),
            rs.getString("type_name"))).list();
    Map<Long, Map<Long, String>> byCase = new java.util.HashMap<>();
    db.sql("""
            select x.case_id, x.variable_id, x.var_value from case_value x join evidence_case c on c.id = x.case_id
            where c.project_id = ?""").param(projectId).query((rs, i) -> {
              byCase.computeIfAbsent(rs.getLong("case_id"), k -> new java.util.HashMap<>())
                  .put(rs.getLong("variable_id"), rs.getString("var_value"));
              return null;
            }).list();
    List<EvidenceCase> out = new ArrayList<>();
    for (EvidenceCase c : cases) {
      Map<String, String> values = new LinkedHashMap<>();
      Map<Long, String> held = byCase.getOrDefault(c.id(), Map.of());
      for (CaseVariable v : variables) {
        if (held.get(v.id()) != null) {
          values.put(v.name(), held.get(v.id()));
        }
      }
      out.add(new EvidenceCase(c.id(), c.projectId(), c.guid(), c.name(), c.description(), c.personId(), c.siteId(),
          values, c.sources(), c.version(), c.createdAt(), c.voidedAt(), c.voidReason()));
    }
    return out;
  }

  private EvidenceCase map(ResultSet rs, int row) throws SQLException {
    return new EvidenceCase(rs.getLong("id"), rs.getLong("project_id"), rs.getString("guid"), rs.getString("name"),
        rs.getString("description"), Rows.longOrNull(rs, "person_id"), Rows.longOrNull(rs, "site_id"), Map.of(),
        rs.getInt("sources"), rs.getInt("version"), Rows.instant(rs, "created_at"), Rows.instant(rs, "voided_at"),
        rs.getString("void_reason"));
  }
}
