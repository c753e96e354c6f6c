package org.phasezero.partnerships;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.phasezero.network.Membership;
import org.phasezero.network.Organisation;
import org.phasezero.network.Organisations;
import org.phasezero.network.People;
import org.phasezero.network.Person;
import org.phasezero.network.Side;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resources given to partnerships, within the partnerships the user may see, and their summaries.
 * A person who gave is named only to coordinators; everyone else sees the person's code.
 */
@Service
public class Resources {

  private static final String SELECT = """
      select r.*, o.name organisation_name, pe.display_name person_name from resource_contribution r
      left join organisation o on o.id = r.giver_organisation_id
      left join person pe on pe.id = r.giver_person_id""";

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final Organisations organisations;
  private final People people;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Resources(JdbcClient db, Partnerships partnerships, Organisations organisations, People people,
      ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.partnerships = partnerships;
    this.organisations = organisations;
    this.people = people;
    this.events = events;
    this.clock = clock;
  }

  /** Resources, newest first, optionally of one partnership. */
  public Page<ResourceContribution> search(Long partnershipId, boolean includeVoided, Page.Request page) {
    return search(partnershipId, null, includeVoided, SORTING.defaultSort(), page);
  }

  /** The resources list's columns: newest first unless asked otherwise. */
  public static final Sorting SORTING = Sorting.of("r.id", "date", true, "date", "r.given_on", "kind", "r.kind",
      "side", "r.giver_side", "hours", "coalesce(r.hours, 0)", "money", "coalesce(r.money, 0)");

  /** Resources of a partnership (or all the user sees), optionally of one kind. */
  public Page<ResourceContribution> search(Long partnershipId, ResourceKind kind, boolean includeVoided,
      Sorting.Sort sort, Page.Request page) {
    if (partnershipId != null) {
      partnerships.get(partnershipId); // 404 for a partnership the user may not see, rather than an empty page
    }
    StringBuilder where = where(partnershipId, includeVoided);
    List<Object> params = params(partnershipId);
    if (kind != null) {
      where.append(" and r.kind = ?");
      params.add(kind.name());
    }
    long total = db.sql("select count(*) from resource_contribution r" + where).params(params).query(Long.class).single();
    List<Object> paged = new ArrayList<>(params);
    paged.add(page.size());
    paged.add(page.offset());
    boolean named = CurrentUser.require().isCoordinator();
    List<ResourceContribution> items = db.sql(SELECT + where + SORTING.orderBy(sort) + " limit ? offset ?")
        .params(paged).query((rs, i) -> map(rs, named)).list();
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** Every live resource of a partnership, or of every partnership the user sees when null. */
  public List<ResourceContribution> all(Long partnershipId) {
    if (partnershipId != null) {
      partnerships.get(partnershipId);
    }
    boolean named = CurrentUser.require().isCoordinator();
    return db.sql(SELECT + where(partnershipId, false) + " order by r.given_on desc, r.id desc")
        .params(params(partnershipId)).query((rs, i) -> map(rs, named)).list();
  }

  /** What phase zero cost and who carried it: totals by kind, by the giver's side and by quarter. */
  public ResourceSummary summary(Long partnershipId) {
    return ResourceSummary.of(all(partnershipId));
  }

  public ResourceContribution get(long id) {
    boolean named = CurrentUser.require().isCoordinator();
    ResourceContribution r = db.sql(SELECT + " where r.id = ?").param(id).query((rs, i) -> map(rs, named)).optional()
        .orElseThrow(() -> new NotFound("resource", id));
    try {
      partnerships.get(r.partnershipId());
    } catch (NotFound hidden) {
      throw new NotFound("resource", id);
    }
    return r;
  }

  @Transactional
  public ResourceContribution create(ResourceForm f) {
    Partnership p = partnerships.forRecording(f.getPartnershipId(), "record a resource");
    if ((f.getGiverOrganisationId() == null) == (f.getGiverPersonId() == null)) {
      throw new Conflict("giverOrganisationId", "Choose who gave it: an organisation or a person, not both.");
    }
    if (f.getHours() != null && f.getHours().signum() < 0) {
      throw new Conflict("hours", "Hours cannot be negative.");
    }
    if (f.getMoney() != null && f.getMoney().signum() < 0) {
      throw new Conflict("money", "Money cannot be negative.");
    }
    Side side = f.getGiverOrganisationId() != null ? organisation(f.getGiverOrganisationId()).side()
        : personSide(f.getGiverPersonId());
    long id = Keys.insert(db.sql("""
            insert into resource_contribution (partnership_id, giver_organisation_id, giver_person_id, giver_side, kind,
              sub_type, description, hours, money, given_on, recorded_by, created_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(p.id(), f.getGiverOrganisationId(), f.getGiverPersonId(), side.name(), f.getType().kind().name(),
            f.getType().name(), f.getDescription().strip(), f.getHours(), f.getMoney(),
            java.sql.Date.valueOf(f.getGivenOn()), CurrentUser.require().username(), Timestamp.from(clock.instant())));
    ResourceContribution created = get(id);
    events.publishEvent(AuditedAction.created("resource", created.id(), "Resource (" + created.type() + ") from "
        + created.giverName() + " recorded for partnership '" + p.name() + "'", created));
    return created;
  }

  @Transactional
  public ResourceContribution voidRecord(long id, String reason) {
    ResourceContribution before = get(id);
    partnerships.forRecording(before.partnershipId(), "void a resource");
    if (before.voided()) {
      throw new Conflict("This resource was already voided.");
    }
    db.sql("update resource_contribution set voided_at = ?, void_reason = ?, version = version + 1"
            + " where id = ? and voided_at is null")
        .params(Timestamp.from(clock.instant()), reason.strip(), id).update();
    ResourceContribution after = get(id);
    events.publishEvent(AuditedAction.voided("resource", id, "Resource " + id + " voided: " + reason.strip(),
        before, after));
    return after;
  }

  private Organisation organisation(long id) {
    try {
      return organisations.get(id);
    } catch (NotFound e) {
      throw new Conflict("giverOrganisationId", "There is no organisation with id " + id + " that you can see.");
    }
  }

  /** A person stands on the side of the first organisation they belong to. */
  private Side personSide(long personId) {
    Person person;
    try {
      person = people.get(personId);
    } catch (NotFound e) {
      throw new Conflict("giverPersonId", "There is no person with id " + personId + " that you can record here.");
    }
    return person.memberships().stream().map(Membership::side).findFirst()
        .orElseThrow(() -> new Conflict("giverPersonId", person.displayName()
            + " belongs to no organisation, so their side is not known. Record the organisation instead, or add the membership first."));
  }

  private static StringBuilder where(Long partnershipId, boolean includeVoided) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Partnerships.scope("r.partnership_id", where, new ArrayList<>());
    if (partnershipId != null) {
      where.append(" and r.partnership_id = ?");
    }
    if (!includeVoided) {
      where.append(" and r.voided_at is null");
    }
    return where;
  }

  private static List<Object> params(Long partnershipId) {
    List<Object> params = new ArrayList<>();
    Partnerships.scope("r.partnership_id", new StringBuilder(), params);
    if (partnershipId != null) {
      params.add(partnershipId);
    }
    return params;
  }

  static ResourceContribution map(ResultSet rs, boolean named) throws SQLException {
    Long personId = Rows.longOrNull(rs, "giver_person_id");
    String giver = personId == null ? rs.getString("organisation_name")
        : named ? rs.getString("person_name") : "P-%06d".formatted(personId);
    return new ResourceContribution(rs.getLong("id"), rs.getLong("partnership_id"),
        Rows.longOrNull(rs, "giver_organisation_id"), personId, giver, Side.valueOf(rs.getString("giver_side")),
        ResourceKind.valueOf(rs.getString("kind")), ResourceType.valueOf(rs.getString("sub_type")),
        rs.getString("description"), Rows.decimal(rs, "hours"), Rows.decimal(rs, "money"),
        rs.getDate("given_on").toLocalDate(), rs.getString("recorded_by"), Rows.instant(rs, "created_at"),
        rs.getInt("version"), Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
