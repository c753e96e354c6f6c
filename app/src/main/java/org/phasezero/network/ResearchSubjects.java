package org.phasezero.network;

import java.util.List;
import java.util.Optional;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * People and sites as research cases see them: a person by their pseudonym (never their name) and
 * only with research-use consent standing; a site by its name. Each comes with the attributes a
 * researcher compares cases by, taken from the network when the case is made: the side and the
 * organisation (for a person, the first organisation they are a live member of).
 */
@Service
public class ResearchSubjects {

  /** What a case is called and the attributes it starts with; side and organisation may be unknown. */
  public record Subject(String name, Optional<Side> side, Optional<String> organisation) {}

  private final JdbcClient db;
  private final PersonReferences people;

  ResearchSubjects(JdbcClient db, PersonReferences people) {
    this.db = db;
    this.people = people;
  }

  /** A consented person; a person without research-use consent is refused, naming the consent to record. */
  public Subject person(long personId) {
    if (!people.isLive(personId)) {
      throw new NotFound("person", personId);
    }
    if (!people.consentedToResearch(personId)) {
      throw new Conflict("personId", "This person has no consent to research use recorded. Record their "
          + "research-use consent on their page before making them a case.");
    }
    List<String[]> memberships = db.sql("""
            select o.name, o.side from membership m join organisation o on o.id = m.organisation_id
            where m.person_id = ? and m.voided_at is null and o.voided_at is null order by m.id""")
        .param(personId).query((rs, i) -> new String[] {rs.getString("name"), rs.getString("side")}).list();
    Optional<String[]> first = memberships.stream().findFirst();
    return new Subject(people.researchName(personId), first.map(m -> Side.valueOf(m[1])), first.map(m -> m[0]));
  }

  /** A live site, with the side and name of the organisation that runs it. */
  public Subject site(long siteId) {
    return db.sql("""
            select s.name, o.name organisation, o.side from site s join organisation o on o.id = s.organisation_id
            where s.id = ? and s.voided_at is null""")
        .param(siteId).query((rs, i) -> new Subject(rs.getString("name"), Optional.of(Side.valueOf(rs.getString("side"))),
            Optional.of(rs.getString("organisation")))).optional()
        .orElseThrow(() -> new NotFound("site", siteId));
  }

  /** Live sites, by name, for choosing one as a case: id and name. */
  public List<java.util.Map.Entry<Long, String>> sites() {
    return db.sql("select id, name from site where voided_at is null order by lower(name), id")
        .query((rs, i) -> java.util.Map.entry(rs.getLong("id"), rs.getString("name"))).list();
  }
}
