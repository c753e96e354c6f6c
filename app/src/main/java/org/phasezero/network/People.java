package org.phasezero.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.phasezero.network.internal.NetworkAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Page;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Sorting;
import org.phasezero.shared.SqlWhere;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of the network, seen through the current user's scope (see {@code NetworkAccess}). */
@Service
public class People {

  private final JdbcClient db;
  private final PeopleScope scope;
  private final Consents consents;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PeopleSearch index;

  /** How an erasure's void reason begins (the search index leaves erased people out). */
  static final String ERASED_REASON = "Erased on request: ";

  People(JdbcClient db, PeopleScope scope, Consents consents, Organisations organisations,
      ApplicationEventPublisher events, Clock clock, PeopleSearch index) {
    this.db = db;
    this.index = index;
    this.scope = scope;
    this.consents = consents;
    this.organisations = organisations;
    this.events = events;
    this.clock = clock;
  }

  /**
   * What the people list is filtered by: the name typed, an organisation they belong to, a role, the
   * side of one of their organisations, and a consent that stands.
   */
  public record Query(String text, Long organisationId, PersonRole role, Side side, ConsentPurpose consent,
      boolean includeVoided) {

    public Query(String text, Long organisationId, PersonRole role, boolean includeVoided) {
      this(text, organisationId, role, null, null, includeVoided);
    }
  }

  /** The people list's columns; researchers' names sort by pseudonym, so the order cannot reveal real names. */
  public static final Sorting SORTING = Sorting.of("p.id", "name", false,
      "name", "p.search_key", "roles", "p.roles", "added", "p.created_at");
  private static final Sorting PSEUDONYM_SORTING = Sorting.of("p.id", "name", false,
      "name", "coalesce(p.pseudonym, '')", "roles", "p.roles", "added", "p.created_at");

  public Page<Person> search(Query q, Page.Request page) {
    return search(q, SORTING.defaultSort(), page);
  }

  public Page<Person> search(Query q, Sorting.Sort sort, Page.Request page) {
    CurrentUser u = CurrentUser.require();
    if (q.consent() != null && !u.worksWithPeople()) {
      throw new Forbidden("Consent records are for coordinators and site leads only.");
    }
    SqlWhere where = scope.where(u)
        .andIf(q.role() == null ? null : "%" + q.role().name() + "%", "p.roles like ?")
        .notVoided("p.", q.includeVoided());
    // The index finds who matches; the scope below still decides who may be seen. Researchers
    // search pseudonyms only, so that a name cannot be probed for.
    boolean searching = q.text() != null && !q.text().isBlank();
    long[] matched = searching ? index.matching(q.text(), u.seesPseudonymsOnly(), q.includeVoided()) : null;
    if (matched != null && matched.length == 0) {
      return new Page<>(List.of(), page.page(), page.size(), 0);
    }
    if (q.organisationId() != null) {
      where.and("exists (select 1 from membership m2 where m2.person_id = p.id and m2.organisation_id = ?"
          + " and m2.voided_at is null)", q.organisationId());
    }
    if (q.side() != null) {
      where.and("exists (select 1 from membership m3 join organisation o3 on o3.id = m3.organisation_id"
          + " where m3.person_id = p.id and m3.voided_at is null and o3.side = ?)", q.side().name());
    }
    if (q.consent() != null) {
      where.and("exists (select 1 from consent c3 where c3.person_id = p.id and c3.purpose = ?"
          + " and c3.withdrawn_on is null and c3.voided_at is null)", q.consent().name());
    }
    // The matches join as one array parameter, so that every search has the same SQL text and H2
    // reuses its plan: a list of ids written into the SQL made each search a new statement to parse
    // and plan, with the list sorted into a set twice per statement, which under 50 clients cost
    // more than rendering the page (docs/PERFORMANCE.md, People search).
    String from = matched == null ? " from person p" : " from person p join unnest(?) hits(id) on hits.id = p.id";
    List<Object> params = new java.util.ArrayList<>();
    if (matched != null) {
      params.add(java.util.Arrays.stream(matched).boxed().toArray(Long[]::new));
    }
    params.addAll(where.params());
    long total = db.sql("select count(*)" + from + where.sql()).params(params).query(Long.class).single();
    params.add(page.size());
    params.add(page.offset());
    List<Person> items = db.sql("select p.*" + from + where.sql()
            + (u.seesPseudonymsOnly() ? PSEUDONYM_SORTING : SORTING).orderBy(sort) + " limit ? offset ?")
        .params(params).query(People::map).list();
    // Lists leave special-category data out: only opening one person shows it, and that view is audited.
    return new Page<>(present(u, withMemberships(items)).stream().map(Person::withoutSpecialCategory).toList(),
        page.page(), page.size(), total);
  }

  /** The way a person prefers to be contacted needs its detail: an email address, or a phone number. */
  private static void requireContactDetail(PersonForm f) {
    if (f.getContactPreference() == ContactPreference.EMAIL && (f.getEmail() == null || f.getEmail().isBlank())) {
      throw new Conflict("email", "Enter their email address: they prefer to be contacted by email.");
    }
    if (f.getContactPreference() == ContactPreference.PHONE && (f.getPhone() == null || f.getPhone().isBlank())) {
      throw new Conflict("phone", "Enter their phone number: they prefer to be contacted by phone.");
    }
  }

  /**
   * A possible duplicate: someone of the same name is already in the organisation. Namesakes are
   * common (the same given and family names in one congregation), so this only asks the person
   * adding them to say that it is a different person.
   */
  private void requireNoNamesake(String name, long organisationId) {
    boolean namesake = db.sql("""
            select count(*) from person p join membership m on m.person_id = p.id
            where m.organisation_id = ? and m.voided_at is null and p.voided_at is null
            and lower(p.display_name) = ?""")
        .params(organisationId, name.strip().toLowerCase(Locale.ROOT)).query(Long.class).single() > 0;
    if (namesake) {
      throw new Conflict("displayName", "There is already someone called " + name.strip() + " in this organisation."
          + " Check it is not the same person. If it is someone else, tick 'This is a different person' and save again.");
    }
  }

  /** Id and shown name of everyone the user may see who is not voided, for choosing in forms. */
  public List<Map.Entry<Long, String>> choices() {
    CurrentUser u = CurrentUser.require();
    SqlWhere where = scope.where(u).notVoided("p.", false);
    boolean pseudonymised = NetworkAccess.peopleView(u) == NetworkAccess.PeopleView.PSEUDONYMISED;
    return db.sql("select p.id, p.display_name, p.pseudonym from person p" + where.sql() + " order by p.search_key")
        .params(where.params())
        .query((rs, i) -> Map.entry(rs.getLong("id"), pseudonymised
            ? (rs.getString("pseudonym") != null ? rs.getString("pseudonym") : "P-%06d".formatted(rs.getLong("id")))
            : rs.getString("display_name")))
        .list();
  }

  /**
   * One person the user may refer to from a form (live and within their scope), as lists show
   * people: without special-category data, so no view is audited. Empty for anyone else.
   */
  public java.util.Optional<Person> referable(long id) {
    if (!scope.sees(CurrentUser.require(), id)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(find(id)).filter(p -> !p.voided()).map(Person::withoutSpecialCategory);
  }

  /** One person; viewing special-category data is audited. */
  public Person get(long id) {
    Person p = find(id);
    if (p.hasSpecialCategoryData()) {
      events.publishEvent(AuditedAction.viewed("person", id, "Special-category data of " + p.displayName() + " viewed"));
    }
    return p;
  }

  private Person find(long id) {
    CurrentUser u = CurrentUser.require();
    if (!scope.sees(u, id)) {
      throw new NotFound("person", id);
    }
    Person p = db.sql("select * from person where id = ?").param(id).query(People::map).single();
    return present(u, withMemberships(List.of(p))).get(0);
  }

  public boolean mayEdit(Person p) {
    return !p.voided() && scope.managesPerson(CurrentUser.require(), p.id());
  }

  /** Refuses (403) a user who may not add these records, before they fill in a form. */
  public void requireMayCreate() {
    NetworkAccess.requireEditor(CurrentUser.require(), "add records here");
  }

  private static final String PSEUDONYM_TAKEN = "Another person already has this pseudonym: choose another, or leave"
      + " it empty for one to be made.";

  /** A made pseudonym no one has yet (the unique index settles a race between two new people). */
  private String freePseudonym() {
    for (int i = 0; i < 50; i++) {
      String candidate = Pseudonyms.next();
      if (db.sql("select count(*) from person where pseudonym = ?").param(candidate).query(Long.class).single() == 0) {
        return candidate;
      }
    }
    throw new Conflict("pseudonym", "No free pseudonym could be made; enter one.");
  }

  private void requirePseudonymFree(String pseudonym, Long self) {
    long taken = db.sql("select count(*) from person where pseudonym = ? and id <> ?")
        .params(pseudonym.strip(), self == null ? -1L : self).query(Long.class).single();
    if (taken > 0) {
      throw new Conflict("pseudonym", PSEUDONYM_TAKEN);
    }
  }

  @Transactional
  public Person create(PersonForm f) {
    CurrentUser u = CurrentUser.require();
    NetworkAccess.requireEditor(u, "add a person");
    Long orgId = u.isSiteLead() ? u.organisationId() : f.getOrganisationId();
    if (orgId != null) {
      organisations.get(orgId); // must exist and be visible
    }
    if (f.hasSpecialCategoryData()) {
      throw new Conflict("ethnicGroup", "Record the person's consent to special-category data before adding"
          + " ethnic group, religion or lived experience.");
    }
    requireContactDetail(f);
    if (orgId != null && !f.isDifferentPerson()) {
      requireNoNamesake(f.getDisplayName(), orgId);
    }
    if (f.getPseudonym() == null || f.getPseudonym().isBlank()) {
      f.setPseudonym(freePseudonym());
    } else {
      requirePseudonymFree(f.getPseudonym(), null);
    }
    var now = Rows.ts(clock.instant());
    long id = Unique.orConflict("pseudonym", PSEUDONYM_TAKEN, () -> Keys.insert(db.sql("""
            insert into person (display_name, search_key, pseudonym, roles, preferred_language, access_needs,
              contact_preference, email, phone, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(f.getDisplayName().strip(), searchKey(f), Rows.blankToNull(f.getPseudonym()), roles(f.getRoles()),
            Rows.blankToNull(f.getPreferredLanguage()), Rows.blankToNull(f.getAccessNeeds()),
            f.getContactPreference().name(), Rows.blankToNull(f.getEmail()), Rows.blankToNull(f.getPhone()), now, now)));
    if (orgId != null) {
      insertMembership(id, orgId, null, LocalDate.now(clock));
    }
    Person created = find(id);
    events.publishEvent(AuditedAction.created("person", id, created.displayName() + " added", created));
    return created;
  }

  @Transactional
  public Person update(long id, PersonForm f) {
    Person before = find(id);
    if (!scope.managesPerson(CurrentUser.require(), id)) {
      throw new Forbidden("Only a coordinator or the person's site lead can change their record.");
    }
    requireContactDetail(f);
    if (before.voided()) {
      throw new Conflict("This person's record was voided and can no longer be changed.");
    }
    if (f.hasSpecialCategoryData() && !consents.stands(id, ConsentPurpose.SPECIAL_CATEGORY_DATA)) {
      throw new Conflict("ethnicGroup", "Record the person's consent to special-category data before adding"
          + " ethnic group, religion or lived experience.");
    }
    if (f.getPseudonym() != null && !f.getPseudonym().isBlank()) {
      requirePseudonymFree(f.getPseudonym(), id);
    }
    int n = Unique.orConflict("pseudonym", PSEUDONYM_TAKEN, () -> db.sql("""
            update person set display_name = ?, search_key = ?, pseudonym = ?, roles = ?, preferred_language = ?,
              access_needs = ?, contact_preference = ?, email = ?, phone = ?, ethnic_group = ?, religion = ?,
              lived_experience = ?, updated_at = ?, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(f.getDisplayName().strip(), searchKey(f), Rows.blankToNull(f.getPseudonym()), roles(f.getRoles()),
            Rows.blankToNull(f.getPreferredLanguage()), Rows.blankToNull(f.getAccessNeeds()),
            f.getContactPreference().name(), Rows.blankToNull(f.getEmail()), Rows.blankToNull(f.getPhone()),
            f.getEthnicGroup() == null ? null : f.getEthnicGroup().name(),
            f.getReligion() == null ? null : f.getReligion().name(), Rows.blankToNull(f.getLivedExperience()),
            Rows.ts(clock.instant()), id, f.getVersion() == null ? before.version() : f.getVersion())
        .update());
    OptimisticLock.requireUpdated(n, "record");
    Person after = find(id);
    events.publishEvent(AuditedAction.updated("person", id, after.displayName() + " changed", before, after));
    return after;
  }

  @Transactional
  public Person voidRecord(long id, String reason) {
    Person before = find(id);
    if (!scope.managesPerson(CurrentUser.require(), id)) {
      throw new Forbidden("Only a coordinator or the person's site lead can void their record.");
    }
    if (before.voided()) {
      throw new Conflict("This person's record is already voided.");
    }
    db.sql("update person set voided_at = ?, void_reason = ?, version = version + 1 where id = ?")
        .params(Rows.ts(clock.instant()), reason.strip(), id).update();
    Person after = find(id);
    events.publishEvent(AuditedAction.voided("person", id, "Person " + id + " voided: " + reason.strip(), before, after));
    return after;
  }

  /**
   * Erases a person on a data-protection request (coordinators only): their identifying and
   * special-category fields are cleared, the record is voided, and the identifying values are
   * removed from the audit trail's copies. Ties, memberships and consents stay, by id, so that
   * network figures and the lawful basis of past processing remain.
   */
  /** Refuses (403) anyone but a coordinator before they fill in the erasure form. */
  public void requireMayErase() {
    NetworkAccess.requireCoordinator(CurrentUser.require(), "erase a person's data");
  }

  @Transactional
  public Person erase(long id, String reason) {
    requireMayErase();
    Person before = db.sql("select * from person where id = ?").param(id).query(People::map).optional()
        .orElseThrow(() -> new NotFound("person", id));
    List<String> identifiers = java.util.stream.Stream.of(before.displayName(), before.pseudonym(), before.email(),
            before.phone())
        .filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    db.sql("""
            update person set display_name = ?, search_key = ?, pseudonym = null, email = null, phone = null,
              access_needs = null, preferred_language = null, ethnic_group = null, religion = null,
              lived_experience = null, contact_preference = 'NONE', updated_at = ?, version = version + 1,
              voided_at = coalesce(voided_at, ?), void_reason = ?
            where id = ?""")
        .params("Erased person " + before.code(), "erased person", Rows.ts(clock.instant()), Rows.ts(clock.instant()),
            ERASED_REASON + reason.strip(), id)
        .update();
    events.publishEvent(org.phasezero.shared.PersonalDataErased.person(id, identifiers));
    events.publishEvent(new AuditedAction("ERASE", "person", String.valueOf(id),
        "Person " + id + " erased on request: " + reason.strip(), null, null));
    return find(id);
  }

  @Transactional
  public Person addMembership(long personId, long organisationId, String roleInOrg, LocalDate since) {
    Person p = find(personId);
    if (!mayEdit(p)) {
      throw new Forbidden("Only a coordinator or the person's site lead can change memberships.");
    }
    Organisation o = organisations.get(organisationId);
    if (o.voided()) {
      throw new Conflict("organisationId", "That organisation was voided.");
    }
    if (p.memberships().stream().anyMatch(m -> m.organisationId() == organisationId)) {
      throw new Conflict("organisationId", "This person is already a member of " + o.name() + ".");
    }
    insertMembership(personId, organisationId, roleInOrg, since);
    events.publishEvent(AuditedAction.created("membership", personId + ":" + organisationId,
        "Person " + personId + " joined " + o.name(), Map.of("person_id", personId, "organisation_id", organisationId)));
    return find(personId);
  }

  /** People counted by the side of the organisations they belong to, within the user's scope. */
  public Map<Side, Long> countBySide() {
    CurrentUser u = CurrentUser.require();
    SqlWhere where = NetworkAccess.peopleView(u) == NetworkAccess.PeopleView.NONE
        ? new SqlWhere() : scope.where(u);
    where.and("p.voided_at is null").and("m.voided_at is null");
    Map<Side, Long> counts = new java.util.EnumMap<>(Side.class);
    for (Side s : Side.values()) {
      counts.put(s, 0L);
    }
    db.sql("select o.side, count(distinct p.id) n from person p join membership m on m.person_id = p.id"
            + " join organisation o on o.id = m.organisation_id" + where.sql() + " group by o.side")
        .params(where.params())
        .query((rs, i) -> counts.put(Side.valueOf(rs.getString("side")), rs.getLong("n"))).list();
    return counts;
  }

  private void insertMembership(long personId, long organisationId, String roleInOrg, LocalDate since) {
    Unique.orConflict("organisationId", "This person is already a member of that organisation.", () ->
        db.sql("insert into membership (person_id, organisation_id, role_in_org, since, created_at) values (?, ?, ?, ?, ?)")
            .params(personId, organisationId, Rows.blankToNull(roleInOrg), Rows.sqlDate(since), Rows.ts(clock.instant()))
            .update());
  }

  private List<Person> withMemberships(List<Person> people) {
    if (people.isEmpty()) {
      return people;
    }
    // One SQL text for every page of people (see search): the ids join as an array parameter.
    Long[] ids = people.stream().map(Person::id).toArray(Long[]::new);
    Map<Long, List<Membership>> byPerson = db.sql("""
            select m.*, o.name, o.side from unnest(?) listed(id) join membership m on m.person_id = listed.id
            join organisation o on o.id = m.organisation_id where m.voided_at is null order by o.name_key""")
        .param(ids).query((rs, i) -> new Membership(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("organisation_id"),
            rs.getString("name"), Side.valueOf(rs.getString("side")), rs.getString("role_in_org"),
            Rows.date(rs, "since")))
        .list().stream().collect(Collectors.groupingBy(Membership::personId));
    return people.stream().map(p -> p.withMemberships(byPerson.getOrDefault(p.id(), List.of()))).toList();
  }

  private List<Person> present(CurrentUser u, List<Person> people) {
    if (NetworkAccess.peopleView(u) != NetworkAccess.PeopleView.PSEUDONYMISED) {
      return people;
    }
    return people.stream().map(p -> p.pseudonymise(
        consents.stands(p.id(), ConsentPurpose.IDENTIFIABLE_RESEARCH), true)).toList();
  }

  private static String searchKey(PersonForm f) {
    String pseudonym = f.getPseudonym() == null ? "" : " " + f.getPseudonym().strip();
    return (f.getDisplayName().strip() + pseudonym).toLowerCase(Locale.ROOT);
  }

  private static String roles(Set<PersonRole> roles) {
    return roles == null ? "" : roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  static Person map(ResultSet rs, int row) throws SQLException {
    String roleText = rs.getString("roles");
    Set<PersonRole> roles = roleText == null || roleText.isBlank() ? EnumSet.noneOf(PersonRole.class)
        : Arrays.stream(roleText.split(",")).map(PersonRole::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(PersonRole.class)));
    String eg = rs.getString("ethnic_group");
    String rel = rs.getString("religion");
    return new Person(rs.getLong("id"), rs.getString("display_name"), rs.getString("pseudonym"), roles,
        rs.getString("preferred_language"), rs.getString("access_needs"),
        ContactPreference.valueOf(rs.getString("contact_preference")), rs.getString("email"), rs.getString("phone"),
        eg == null ? null : EthnicGroup.valueOf(eg), rel == null ? null : Religion.valueOf(rel),
        rs.getString("lived_experience"), List.of(), false, Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"), rs.getInt("version"), Rows.instant(rs, "voided_at"),
        rs.getString("void_reason"));
  }
}
