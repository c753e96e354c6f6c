package org.phasezero.network;

import org.phasezero.network.internal.NetworkAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which people a user may see, as SQL conditions on {@code person p} and as a check for one person. */
@Component
class PeopleScope {

  private static final String ACTIVE_MEMBER = "exists (select 1 from membership sm where sm.person_id = %s"
      + " and sm.organisation_id = ? and sm.voided_at is null)";
  private static final String CONSENTED = "exists (select 1 from consent sc where sc.person_id = %s"
      + " and sc.purpose = 'RESEARCH_USE' and sc.withdrawn_on is null and sc.voided_at is null)";
  static final String RESEARCH_CONSENT = CONSENTED.formatted("p.id");

  private final JdbcClient db;

  PeopleScope(JdbcClient db) {
    this.db = db;
  }

  /** Conditions limiting {@code person p} to those the user may see. */
  SqlWhere where(CurrentUser u) {
    return where(u, "p.id");
  }

  /** The same conditions on any column holding a person's id, e.g. {@code c.person_id} of a claim. */
  static SqlWhere where(CurrentUser u, String personIdColumn) {
    NetworkAccess.requirePeopleAccess(u);
    SqlWhere where = new SqlWhere();
    if (u.isSiteLead()) {
      where.and(ACTIVE_MEMBER.formatted(personIdColumn), u.organisationId());
    } else if (u.seesPseudonymsOnly()) {
      where.and(CONSENTED.formatted(personIdColumn));
    }
    return where;
  }

  boolean sees(CurrentUser u, long personId) {
    if (NetworkAccess.peopleView(u) == NetworkAccess.PeopleView.NONE) {
      return false;
    }
    SqlWhere where = where(u).and("p.id = ?", personId);
    return db.sql("select count(*) from person p" + where.sql()).params(where.params())
        .query(Long.class).single() > 0;
  }

  /** Coordinators manage everyone; site leads manage their organisation's members. */
  boolean managesPerson(CurrentUser u, long personId) {
    return u.worksWithPeople() && sees(u, personId);
  }
}
