package org.phasezero.network;

import org.phasezero.network.internal.NetworkAccess;
import org.phasezero.shared.SqlWhere;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which people a user may see, as SQL conditions on {@code person p} and as a check for one person. */
@Component
class PeopleScope {

  private static final String ACTIVE_MEMBER = "exists (select 1 from membership m where m.person_id = p.id"
      + " and m.organisation_id = ? and m.voided_at is null)";
  static final String RESEARCH_CONSENT = "exists (select 1 from consent c where c.person_id = p.id"
      + " and c.purpose = 'RESEARCH_USE' and c.withdrawn_on is null and c.voided_at is null)";

  private final JdbcClient db;

  PeopleScope(JdbcClient db) {
    this.db = db;
  }

  /** Conditions limiting {@code person p} to those the user may see. */
  SqlWhere where(CurrentUser u) {
    NetworkAccess.requirePeopleAccess(u);
    SqlWhere where = new SqlWhere();
    if (u.is(Role.SITE_LEAD)) {
      where.and(ACTIVE_MEMBER, u.organisationId());
    } else if (u.is(Role.RESEARCHER)) {
      where.and(RESEARCH_CONSENT);
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
    return (u.is(Role.COORDINATOR) || u.is(Role.SITE_LEAD)) && sees(u, personId);
  }
}
