package org.phasezero.spaces.internal;

import org.phasezero.network.People;
import org.phasezero.network.Side;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's side in a partnership: the side of the organisation they are a member of, preferring
 * an organisation that belongs to the partnership when they have several memberships.
 */
@Component
public class PersonSides {

  private final JdbcClient db;
  private final People people;

  PersonSides(JdbcClient db, People people) {
    this.db = db;
    this.people = people;
  }

  /**
   * Refuses (404) a person the user may not refer to: one they may see in the network (the network's
   * rule, without reading the record), or someone already known to the space, whom its members
   * have met there.
   */
  public void requireReferable(long personId, boolean knownToSpace) {
    boolean known = knownToSpace && db.sql("select count(*) from person where id = ? and voided_at is null")
        .param(personId).query(Long.class).single() > 0;
    if (!known && !people.mayReferTo(personId)) {
      throw new NotFound("person", personId);
    }
  }

  /**
   * The side of a person being added to a space or meeting. A site lead may add only people they
   * can see in the network (their organisation's members) unless the person is already known to
   * the space; a person who does not exist or is hidden answers 404.
   */
  public Side sideOf(long personId, long partnershipId, boolean knownToSpace) {
    requireReferable(personId, knownToSpace);
    return db.sql("""
            select o.side from membership m join organisation o on o.id = m.organisation_id
            where m.person_id = ? and m.voided_at is null and o.voided_at is null
            order by case when exists (select 1 from partnership_organisation po
              where po.partnership_id = ? and po.organisation_id = o.id) then 0 else 1 end, m.id""")
        .params(personId, partnershipId).query((rs, i) -> Side.valueOf(rs.getString("side"))).list()
        .stream().findFirst()
        .orElseThrow(() -> new Conflict("personId", "Person " + personId
            + " is not a member of any organisation, so their side is not known. Record their membership first."));
  }
}
