package org.phasezero.spaces;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.phasezero.network.Side;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.phasezero.shared.SqlWhere;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Unique;
import org.phasezero.spaces.internal.PersonSides;
import org.phasezero.spaces.internal.SpaceAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared spaces of partnerships, with their members by side. A site lead sees the spaces of the
 * partnerships their organisation belongs to; roles that see aggregates only get {@link #overviews}.
 */
@Service
public class SharedSpaces {

  private static final String SELECT = """
      select s.*, p.name partnership_name, c.display_name chair_name from shared_space s
      join partnership p on p.id = s.partnership_id left join person c on c.id = s.chair_person_id""";
  /** A site lead's scope: spaces of partnerships their organisation belongs to. */
  private final JdbcClient db;
  private final SpaceAccess access;
  private final PersonSides sides;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SharedSpaces(JdbcClient db, SpaceAccess access, PersonSides sides, ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.access = access;
    this.sides = sides;
    this.events = events;
    this.clock = clock;
  }

  /** Live spaces the user may see, optionally of one partnership, with their members. */
  public List<SharedSpace> search(Long partnershipId) {
    SpaceAccess.requirePeopleView();
    List<Object> params = new ArrayList<>();
    String where = scope(partnershipId, params);
    return db.sql(SELECT + where + " order by lower(s.name), s.id").params(params).query(SharedSpaces::map).list()
        .stream().map(this::withMembers).toList();
  }

  /** Names and kinds of the live spaces the user may see; for every role, since it names no one. */
  public List<SpaceOverview> overviews(Long partnershipId) {
    List<Object> params = new ArrayList<>();
    String where = scope(partnershipId, params);
    return db.sql(SELECT + where + " order by lower(s.name), s.id").params(params).query(SharedSpaces::map).list()
        .stream().map(SharedSpaces::overviewOf).toList();
  }

  /** The shared spaces list's columns, by name unless asked otherwise. */
  public static final Sorting SORTING = Sorting.of("s.id", "name", false, "name", "lower(s.name)", "kind", "s.kind",
      "partnership", "lower(p.name)");

  /** A page of the spaces the user may see, by partnership, kind and the words of their name. */
  public Page<SpaceOverview> overviews(Long partnershipId, SpaceKind kind, String text, Sorting.Sort sort,
      Page.Request page) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(scope(partnershipId, params));
    if (kind != null) {
      where.append(" and s.kind = ?");
      params.add(kind.name());
    }
    SqlWhere words = new SqlWhere().contains("lower(s.name)", text);
    where.append(words.conditions());
    params.addAll(words.params());
    long total = db.sql("select count(*) from shared_space s join partnership p on p.id = s.partnership_id" + where)
        .params(params).query(Long.class).single();
    List<Object> paged = new ArrayList<>(params);
    paged.add(page.size());
    paged.add(page.offset());
    List<SpaceOverview> items = db.sql(SELECT + where + SORTING.orderBy(sort) + " limit ? offset ?").params(paged)
        .query(SharedSpaces::map).list().stream().map(SharedSpaces::overviewOf).toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  public SharedSpace get(long id) {
    SpaceAccess.requirePeopleView();
    return withMembers(visibleRow(id));
  }

  public SpaceOverview overview(long id) {
    return overviewOf(visibleRow(id));
  }

  public boolean mayEdit(SharedSpace s) {
    return !s.voided() && access.mayContribute(s.partnershipId());
  }

  @Transactional
  public SharedSpace create(SpaceForm f) {
    access.requireContributor(f.getPartnershipId());
    requireChair(f.getChairPersonId(), null);
    var now = Rows.ts(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into shared_space (partnership_id, name, kind, terms_of_reference, chair_person_id, cadence,
              created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(f.getPartnershipId(), f.getName().strip(), f.getKind().name(),
            Rows.blankToNull(f.getTermsOfReference()), f.getChairPersonId(), Rows.blankToNull(f.getCadence()),
            now, now));
    SharedSpace created = get(id);
    events.publishEvent(AuditedAction.created("shared_space", id, "Shared space '" + created.name() + "' formed", created));
    return created;
  }

  @Transactional
  public SharedSpace update(long id, SpaceForm f) {
    SharedSpace before = get(id);
    access.requireContributor(before.partnershipId());
    requireChangeable(before, f.getVersion());
    if (f.getPartnershipId() != null && f.getPartnershipId() != before.partnershipId()) {
      throw new Conflict("partnershipId", "A shared space cannot move to another partnership; form a new one there.");
    }
    if (!java.util.Objects.equals(f.getChairPersonId(), before.chairPersonId())) {
      requireChair(f.getChairPersonId(), before);
    }
    int n = db.sql("""
            update shared_space set name = ?, kind = ?, terms_of_reference = ?, chair_person_id = ?, cadence = ?,
              updated_at = ?, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(f.getName().strip(), f.getKind().name(), Rows.blankToNull(f.getTermsOfReference()),
            f.getChairPersonId(), Rows.blankToNull(f.getCadence()), Rows.ts(clock.instant()), id,
            before.version())
        .update();
    OptimisticLock.requireUpdated(n, "shared space");
    SharedSpace after = get(id);
    events.publishEvent(AuditedAction.updated("shared_space", id, "Shared space '" + after.name() + "' changed", before, after));
    return after;
  }

  @Transactional
  public SharedSpace voidRecord(long id, String reason) {
    SharedSpace before = get(id);
    access.requireContributor(before.partnershipId());
    requireChangeable(before, null);
    db.sql("update shared_space set voided_at = ?, void_reason = ?, version = version + 1 where id = ? and voided_at is null")
        .params(Rows.ts(clock.instant()), reason.strip(), id).update();
    SharedSpace after = get(id);
    events.publishEvent(AuditedAction.voided("shared_space", id,
        "Shared space '" + after.name() + "' voided: " + reason.strip(), before, after));
    return after;
  }

  /** Adds a person as a member; their side is the side of their organisation. */
  @Transactional
  public SharedSpace addMember(long spaceId, long personId, LocalDate joinedOn) {
    SharedSpace before = get(spaceId);
    access.requireContributor(before.partnershipId());
    requireChangeable(before, null);
    if (before.members().stream().anyMatch(m -> m.personId() == personId)) {
      throw new Conflict("personId", "This person is already a member of the space.");
    }
    Side side = sides.sideOf(personId, before.partnershipId(), false);
    LocalDate joined = joinedOn == null ? LocalDate.now(clock) : joinedOn;
    Unique.orConflict("personId", "This person is already a member of the space.", () ->
        db.sql("insert into space_member (space_id, person_id, side, joined_on, created_at) values (?, ?, ?, ?, ?)")
            .params(spaceId, personId, side.name(), Rows.sqlDate(joined), Rows.ts(clock.instant())).update());
    SharedSpace after = get(spaceId);
    events.publishEvent(AuditedAction.updated("shared_space", spaceId,
        "Person " + personId + " joined shared space '" + after.name() + "'", before, after));
    return after;
  }

  /** Ends a membership (voided with a reason; the row stays). */
  @Transactional
  public SharedSpace removeMember(long spaceId, long memberId, String reason) {
    SharedSpace before = get(spaceId);
    access.requireContributor(before.partnershipId());
    int n = db.sql("update space_member set voided_at = ?, void_reason = ?, live_key = null where id = ? and space_id = ? and voided_at is null")
        .params(Rows.ts(clock.instant()), reason.strip(), memberId, spaceId).update();
    if (n != 1) {
      throw new NotFound("space member", memberId);
    }
    SharedSpace after = get(spaceId);
    events.publishEvent(AuditedAction.updated("shared_space", spaceId,
        "Member " + memberId + " left shared space '" + after.name() + "': " + reason.strip(), before, after));
    return after;
  }

  /** The space row if it exists and its partnership is visible to the user; otherwise 404. */
  SharedSpace visibleRow(long id) {
    SharedSpace s = db.sql(SELECT + " where s.id = ?").param(id).query(SharedSpaces::map).optional()
        .orElseThrow(() -> new NotFound("shared space", id));
    try {
      access.visible(s.partnershipId());
    } catch (NotFound hidden) {
      throw new NotFound("shared space", id);
    }
    return s;
  }

  static void requireChangeable(SharedSpace s, Integer version) {
    if (s.voided()) {
      throw new Conflict("This shared space was voided and can no longer be changed.");
    }
    OptimisticLock.requireVersion(version, s.version(), "shared space");
  }

  /**
   * The chair must be someone the user may refer to (the network's rule) or a member of the space;
   * anyone else, existing or not, gets the same answer, so that ids cannot be probed for names.
   */
  private void requireChair(Long personId, SharedSpace space) {
    if (personId == null) {
      return;
    }
    boolean member = space != null && space.members().stream().anyMatch(m -> m.personId() == personId);
    try {
      sides.requireReferable(personId, member);
    } catch (NotFound hidden) {
      throw new Conflict("chairPersonId", "There is no person with id " + personId + " that you can choose to chair the space.");
    }
  }

  private String scope(Long partnershipId, List<Object> params) {
    StringBuilder where = new StringBuilder(" where s.voided_at is null and p.voided_at is null");
    Partnerships.scope("s.partnership_id", where, params);
    if (partnershipId != null) {
      where.append(" and s.partnership_id = ?");
      params.add(partnershipId);
    }
    return where.toString();
  }

  private SharedSpace withMembers(SharedSpace s) {
    return s.withMembers(db.sql("""
            select m.id, m.person_id, m.side, m.joined_on, p.display_name from space_member m
            join person p on p.id = m.person_id
            where m.space_id = ? and m.voided_at is null order by m.side, p.search_key, m.id""")
        .param(s.id())
        .query((rs, i) -> new SharedSpace.Member(rs.getLong("id"), rs.getLong("person_id"), rs.getString("display_name"),
            Side.valueOf(rs.getString("side")), Rows.date(rs, "joined_on")))
        .list());
  }

  private static SpaceOverview overviewOf(SharedSpace s) {
    return new SpaceOverview(s.id(), s.name(), s.kind(), s.partnershipId(), s.partnershipName());
  }

  static SharedSpace map(ResultSet rs, int row) throws SQLException {
    return new SharedSpace(rs.getLong("id"), rs.getLong("partnership_id"), rs.getString("partnership_name"),
        rs.getString("name"), SpaceKind.valueOf(rs.getString("kind")), rs.getString("terms_of_reference"),
        Rows.longOrNull(rs, "chair_person_id"), rs.getString("chair_name"), rs.getString("cadence"), List.of(),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"), rs.getInt("version"),
        Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
