package org.phasezero.partnerships;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.phasezero.network.PersonReferences;
import org.phasezero.partnerships.internal.Access;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Page;
import org.phasezero.shared.Sorting;
import org.phasezero.shared.SqlWhere;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk register. Everyone signed in reads the network's risks and those of the partnerships
 * they see (funders and statutory partners need governance evidence); only coordinators record and
 * change risks. A risk's owner is named only to coordinators; others see the person's code.
 */
@Service
public class Risks {

  private static final String SELECT = "select r.*, pe.display_name owner_name from risk r"
      + " left join person pe on pe.id = r.owner_person_id";

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final PersonReferences references;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final List<ComputedRisks> computedRisks;

  Risks(JdbcClient db, Partnerships partnerships, PersonReferences references, ApplicationEventPublisher events, Clock clock,
      List<ComputedRisks> computedRisks) {
    this.computedRisks = computedRisks;
    this.db = db;
    this.partnerships = partnerships;
    this.references = references;
    this.events = events;
    this.clock = clock;
  }

  /** Risks, highest rating first; {@code networkOnly} keeps the risks that belong to no partnership. */
  public Page<Risk> search(Long partnershipId, boolean networkOnly, RiskCategory category, boolean includeVoided,
      Page.Request page) {
    return search(partnershipId, networkOnly, category, null, includeVoided, SORTING.defaultSort(), page);
  }

  /** The risk register's columns: highest rating first unless asked otherwise. */
  public static final Sorting SORTING = Sorting.of("r.id", "rating", true, "rating", "r.likelihood * r.impact",
      "title", "lower(r.title)", "category", "r.category", "review", "coalesce(r.review_on, date '2100-01-01')");

  /** Risks filtered as the register's page asks, {@code text} matching every word of the title. */
  public Page<Risk> search(Long partnershipId, boolean networkOnly, RiskCategory category, String text,
      boolean includeVoided, Sorting.Sort sort, Page.Request page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    StringBuilder scoped = new StringBuilder();
    Partnerships.scope("r.partnership_id", scoped, params);
    if (!scoped.isEmpty()) {
      where.append(" and (r.partnership_id is null").append(scoped).append(")");
    }
    if (partnershipId != null) {
      partnerships.get(partnershipId);
      where.append(" and r.partnership_id = ?");
      params.add(partnershipId);
    } else if (networkOnly) {
      where.append(" and r.partnership_id is null");
    }
    if (category != null) {
      where.append(" and r.category = ?");
      params.add(category.name());
    }
    if (!includeVoided) {
      where.append(" and r.voided_at is null");
    }
    SqlWhere words = new SqlWhere().contains("lower(r.title)", text);
    where.append(words.conditions());
    params.addAll(words.params());
    long total = db.sql("select count(*) from risk r" + where).params(params).query(Long.class).single();
    List<Object> paged = new ArrayList<>(params);
    paged.add(page.size());
    paged.add(page.offset());
    List<Risk> items = db.sql(SELECT + where + SORTING.orderBy(sort) + " limit ? offset ?")
        .params(paged).query(Risks::map).list().stream().map(this::forViewer).toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  /**
   * Risks computed from the records (key-person dependency from the social network), of the network
   * or of one partnership, highest rating first. Never stored: they change as the records do.
   */
  public List<ComputedRisk> computed(Long partnershipId) {
    if (partnershipId != null) {
      partnerships.get(partnershipId);
    }
    return computedRisks.stream().flatMap(c -> c.current(partnershipId).stream())
        .sorted(java.util.Comparator.comparingInt(ComputedRisk::rating).reversed()).toList();
  }

  public Risk get(long id) {
    Risk r = db.sql(SELECT + " where r.id = ?").param(id).query(Risks::map).optional().map(this::forViewer)
        .orElseThrow(() -> new NotFound("risk", id));
    if (r.partnershipId() != null) {
      try {
        partnerships.get(r.partnershipId());
      } catch (NotFound hidden) {
        throw new NotFound("risk", id);
      }
    }
    return r;
  }

  public boolean mayEdit(Risk r) {
    return !r.voided() && CurrentUser.require().isCoordinator();
  }

  /** Refuses (403) a user who may not record risks, before they fill in a form. */
  public void requireMayCreate() {
    Access.requireCoordinator("record a risk");
  }

  @Transactional
  public Risk create(RiskForm f) {
    Access.requireCoordinator("record a risk");
    check(f);
    var now = Timestamp.from(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into risk (partnership_id, category, title, owner_person_id, likelihood, impact, mitigation,
              review_on, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(f.getPartnershipId(), f.getCategory().name(), f.getTitle().strip(), f.getOwnerPersonId(),
            f.getLikelihood(), f.getImpact(), Rows.blankToNull(f.getMitigation()),
            f.getReviewOn() == null ? null : java.sql.Date.valueOf(f.getReviewOn()), now, now));
    Risk created = get(id);
    events.publishEvent(AuditedAction.created("risk", created.id(), "Risk '" + created.title() + "' recorded", created));
    return created;
  }

  @Transactional
  public Risk update(long id, RiskForm f) {
    Risk before = get(id);
    Access.requireCoordinator("change a risk");
    if (before.voided()) {
      throw new Conflict("This risk was voided and can no longer be changed.");
    }
    check(f);
    int n = db.sql("""
            update risk set partnership_id = ?, category = ?, title = ?, owner_person_id = ?, likelihood = ?, impact = ?,
              mitigation = ?, review_on = ?, updated_at = ?, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(f.getPartnershipId(), f.getCategory().name(), f.getTitle().strip(), f.getOwnerPersonId(),
            f.getLikelihood(), f.getImpact(), Rows.blankToNull(f.getMitigation()),
            f.getReviewOn() == null ? null : java.sql.Date.valueOf(f.getReviewOn()), Timestamp.from(clock.instant()),
            id, f.getVersion() == null ? before.version() : f.getVersion())
        .update();
    OptimisticLock.requireUpdated(n, "risk");
    Risk after = get(id);
    events.publishEvent(AuditedAction.updated("risk", id, "Risk '" + after.title() + "' changed", before, after));
    return after;
  }

  @Transactional
  public Risk voidRecord(long id, String reason) {
    Risk before = get(id);
    Access.requireCoordinator("void a risk");
    if (before.voided()) {
      throw new Conflict("This risk was already voided.");
    }
    db.sql("update risk set voided_at = ?, void_reason = ?, version = version + 1 where id = ? and voided_at is null")
        .params(Timestamp.from(clock.instant()), reason.strip(), id).update();
    Risk after = get(id);
    events.publishEvent(AuditedAction.voided("risk", id, "Risk '" + after.title() + "' voided: " + reason.strip(),
        before, after));
    return after;
  }

  private void check(RiskForm f) {
    if (f.getPartnershipId() != null) {
      Partnerships.requireLive(partnerships.get(f.getPartnershipId()));
    }
    if (f.getOwnerPersonId() != null) {
      references.requireReferable(f.getOwnerPersonId(), "ownerPersonId");
    }
  }

  /**
   * The owner as the viewer may see people: by name for the coordinator and for a site lead who may
   * see that person in the network; by research code for a researcher when the owner consented to
   * research use; not at all otherwise (statutory partners see risks, not who holds them).
   */
  private Risk forViewer(Risk r) {
    CurrentUser u = CurrentUser.require();
    Long owner = r.ownerPersonId();
    if (owner == null || u.isCoordinator() || (u.isSiteLead() && references.mayReferTo(owner))) {
      return r;
    }
    String code = u.seesPseudonymsOnly() ? references.researchCodes(List.of(owner)).stream().findFirst().orElse(null) : null;
    return r.withOwner(null, code);
  }

  static Risk map(ResultSet rs, int row) throws SQLException {
    Long owner = Rows.longOrNull(rs, "owner_person_id");
    return new Risk(rs.getLong("id"), Rows.longOrNull(rs, "partnership_id"),
        RiskCategory.valueOf(rs.getString("category")), rs.getString("title"), owner, rs.getString("owner_name"),
        rs.getInt("likelihood"), rs.getInt("impact"), rs.getString("mitigation"), Rows.date(rs, "review_on"),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"), rs.getInt("version"),
        Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
