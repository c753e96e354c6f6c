package org.phasezero.network;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.phasezero.network.internal.NetworkAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The network's rules about people that other capabilities apply when their records refer to
 * someone: whom a user may refer to, whose records they may see (as SQL on any person-id column),
 * which research codes they may see, and a person's side. One copy of each rule, so that no
 * module writes it again in its own SQL; none of them reads (or audits a view of) a person's record.
 */
@Service
public class PersonReferences {

  private final JdbcClient db;
  private final PeopleScope scope;

  PersonReferences(JdbcClient db, PeopleScope scope) {
    this.db = db;
    this.scope = scope;
  }

  /**
   * The network's rule for whose records the user may see, as conditions on any column holding a
   * person's id ({@code c.person_id} of a claim, say), so that other modules apply it rather than
   * write it again in their SQL. Refuses (403) roles that see no individual people.
   */
  public static SqlWhere visibleOn(CurrentUser u, String personIdColumn) {
    return PeopleScope.where(u, personIdColumn);
  }

  /**
   * Whether the user may refer to the person from another record (as a chair, an owner, a
   * participant, an attendee): exactly the live people the user may see in the network. Checked
   * without reading the person's record, so no view of special-category data is audited.
   */
  public boolean mayReferTo(long personId) {
    CurrentUser u = CurrentUser.require();
    return NetworkAccess.peopleView(u) != NetworkAccess.PeopleView.NONE && scope.sees(u, personId) && isLive(personId);
  }

  /** Whether the person exists and is not voided (nothing else about them is read). */
  public boolean isLive(long personId) {
    return db.sql("select count(*) from person where id = ? and voided_at is null").param(personId)
        .query(Long.class).single() > 0;
  }

  /**
   * Refuses a reference to someone the user may not refer to, with the same words whether the
   * person does not exist or is hidden, so that ids cannot be probed.
   */
  public void requireReferable(long personId, String field) {
    if (!mayReferTo(personId)) {
      throw new Conflict(field, "There is no person with id " + personId + " that you can choose here.");
    }
  }

  /**
   * A person's side: the side of the organisation they are a live member of, preferring one of
   * the given organisations (a partnership's members, say) when they belong to several. Empty when
   * they belong to none. The one copy of this rule; spaces and payments ask here.
   */
  public java.util.Optional<Side> sideOf(long personId, java.util.Collection<Long> preferredOrganisations) {
    List<Map.Entry<Long, Side>> memberships = db.sql("""
            select o.id, o.side from membership m join organisation o on o.id = m.organisation_id
            where m.person_id = ? and m.voided_at is null and o.voided_at is null order by m.id""")
        .param(personId).query((rs, i) -> Map.entry(rs.getLong("id"), Side.valueOf(rs.getString("side")))).list();
    return memberships.stream().filter(m -> preferredOrganisations.contains(m.getKey())).findFirst()
        .or(() -> memberships.stream().findFirst()).map(Map.Entry::getValue);
  }

  /**
   * The codes researchers may see for these people: only those who consented to research use
   * (others are left out), in the form researchers see everywhere ({@code P-000123}). None at all
   * for a user who may see no one (a peer researcher not assigned to projects, a statutory
   * partner), whatever the caller asks.
   */
  public List<String> researchCodes(java.util.Collection<Long> personIds) {
    if (personIds.isEmpty() || NetworkAccess.peopleView(CurrentUser.require()) == NetworkAccess.PeopleView.NONE) {
      return List.of();
    }
    String ids = personIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    return db.sql("select p.id from person p where p.id in (" + ids + ") and " + PeopleScope.RESEARCH_CONSENT
            + " order by p.id").query(Long.class).list().stream().map(id -> "P-%06d".formatted(id)).toList();
  }
  /**
   * Whether the person's consent to research use stands now. Evidence asks before a turn is
   * attributed to someone; nothing else about the person is read.
   */
  public boolean consentedToResearch(long personId) {
    return db.sql("select count(*) from person p where p.id = ? and p.voided_at is null and "
        + PeopleScope.RESEARCH_CONSENT).param(personId).query(Long.class).single() > 0;
  }

  /**
   * How research records name a person: their pseudonym (never their name), or their research code
   * when they have none. Used for speakers of transcripts, whoever is looking.
   */
  public String researchName(long personId) {
    return db.sql("select pseudonym from person where id = ?").param(personId).query(String.class).optional()
        .filter(s -> !s.isBlank()).orElse("P-%06d".formatted(personId));
  }

  /**
   * Live people's names and pseudonyms, for replacing names in research sources at import. Only
   * the server reads these (researchers never see the names); every use is audited by the caller.
   */
  public Map<String, String> namesToPseudonyms() {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    db.sql("select id, display_name, pseudonym from person where voided_at is null order by id")
        .query((rs, i) -> {
          String pseudonym = rs.getString("pseudonym");
          names.putIfAbsent(rs.getString("display_name"),
              pseudonym == null || pseudonym.isBlank() ? "P-%06d".formatted(rs.getLong("id")) : pseudonym);
          return null;
        }).list();
    return names;
  }

  /** Live people by the pseudonym research records call them (a pseudonym several people share is left out). */
  public Map<String, Long> pseudonymsToPeople() {
    Map<String, Long> byPseudonym = new java.util.HashMap<>();
    java.util.Set<String> shared = new java.util.HashSet<>();
    db.sql("select id, pseudonym from person where voided_at is null").query((rs, i) -> {
      String pseudonym = rs.getString("pseudonym");
      if (pseudonym == null || pseudonym.isBlank()) {
        pseudonym = "P-%06d".formatted(rs.getLong("id"));
      }
      if (byPseudonym.putIfAbsent(pseudonym, rs.getLong("id")) != null) {
        shared.add(pseudonym);
      }
      return null;
    }).list();
    shared.forEach(byPseudonym::remove);
    return byPseudonym;
  }

  /** Where a person stands in the network: the organisation of their first live membership and its side. */
  public record Placement(long organisationId, String organisationName, Side side) {}

  /**
   * Every live person's placement, by person id, as {@link #sideOf} decides it for one person
   * (their first live membership of a live organisation). People in no organisation are absent.
   * Read in one query for whole-network analyses; nothing else about anyone is read.
   */
  public Map<Long, Placement> placements() {
    Map<Long, Placement> placements = new java.util.HashMap<>();
    db.sql("""
            select m.person_id, o.id, o.name, o.side from membership m
            join organisation o on o.id = m.organisation_id join person p on p.id = m.person_id
            where m.voided_at is null and o.voided_at is null and p.voided_at is null order by m.id""")
        .query((rs, i) -> {
          placements.putIfAbsent(rs.getLong("person_id"), new Placement(rs.getLong("id"), rs.getString("name"),
              Side.valueOf(rs.getString("side"))));
          return null;
        }).list();
    return placements;
  }

  /** The live people whose consent to research use stands now, by id (the rule of {@link #researchCodes}). */
  public java.util.Set<Long> researchConsented() {
    return db.sql("select p.id from person p where p.voided_at is null and " + PeopleScope.RESEARCH_CONSENT)
        .query(Long.class).set();
  }

  /**
   * The ids of live people the user may see in the network (their organisation's members for a site
   * lead, consented people for a researcher, everyone for the coordinator); empty for roles that see
   * no one.
   */
  public java.util.Set<Long> visiblePeople() {
    CurrentUser u = CurrentUser.require();
    if (NetworkAccess.peopleView(u) == NetworkAccess.PeopleView.NONE) {
      return java.util.Set.of();
    }
    SqlWhere where = PeopleScope.where(u, "p.id").and("p.voided_at is null");
    return db.sql("select p.id from person p" + where.sql()).params(where.params()).query(Long.class).set();
  }

  /**
   * Names that more than one live person has (namesakes): a transcript's speaker called by one of
   * them cannot be told apart, so research import refuses to attribute their turns by name.
   */
  public java.util.Set<String> sharedNames() {
    return db.sql("select display_name from person where voided_at is null group by display_name having count(*) > 1")
        .query(String.class).set();
  }
}
