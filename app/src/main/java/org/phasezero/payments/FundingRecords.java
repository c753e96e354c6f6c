package org.phasezero.payments;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.phasezero.network.Organisation;
import org.phasezero.network.Organisations;
import org.phasezero.network.Side;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.payments.internal.PaymentAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding of the network and its partnerships, and how much of it is independent of the statutory
 * bodies. The evaluation of phase zero found it possible only because core funding came from a
 * third party rather than from the statutory bodies' funding cycles, so the figure is shown to
 * funders and counts towards readiness.
 */
@Service
public class FundingRecords {

  private static final String SELECT = """
      select f.*, o.name funder_name, p.name partnership_name
      from funding f join organisation o on o.id = f.funder_id left join partnership p on p.id = f.partnership_id""";

  private final JdbcClient db;
  private final Partnerships partnerships;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FundingRecords(JdbcClient db, Partnerships partnerships, Organisations organisations,
      ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.partnerships = partnerships;
    this.organisations = organisations;
    this.events = events;
    this.clock = clock;
  }

  /** Live funding the user may see (site leads: their partnerships' and the network's core funding). */
  public List<Funding> list(Long partnershipId) {
    PaymentAccess.requireFundingAccess(CurrentUser.require());
    List<Funding> all = partnershipId == null
        ? db.sql(SELECT + " where f.voided_at is null order by f.term_from desc, f.id").query(FundingRecords::map).list()
        : db.sql(SELECT + " where f.voided_at is null and f.partnership_id = ? order by f.term_from desc, f.id")
            .param(partnershipId).query(FundingRecords::map).list();
    Set<Long> mine = visiblePartnerships();
    return all.stream().filter(f -> f.partnershipId() == null || mine == null || mine.contains(f.partnershipId())).toList();
  }

  public Funding get(long id) {
    PaymentAccess.requireFundingAccess(CurrentUser.require());
    Funding f = db.sql(SELECT + " where f.id = ?").param(id).query(FundingRecords::map).optional()
        .orElseThrow(() -> new NotFound("funding", id));
    if (f.partnershipId() != null) {
      partnerships.get(f.partnershipId());
    }
    return f;
  }

  /** The independent share of each visible partnership's live funding, in partnership order. */
  public List<FundingIndependence> independence() {
    PaymentAccess.requireFundingAccess(CurrentUser.require());
    return partnerships.all().stream().map(p -> independenceOf(p.id(), p.name())).toList();
  }

  /** Unchecked: readiness and the statutory view call it for a partnership already shown to the user. */
  FundingIndependence independenceOf(long partnershipId, String name) {
    return db.sql("""
            select coalesce(sum(amount), 0) total,
              coalesce(sum(case when independent then amount else 0 end), 0) independent_total
            from funding where partnership_id = ? and voided_at is null""")
        .param(partnershipId)
        .query((rs, i) -> FundingIndependence.of(partnershipId, name, rs.getBigDecimal("total"),
            rs.getBigDecimal("independent_total")))
        .single();
  }

  /** Whether independent funding for the partnership covers the date. */
  boolean independentInPlace(long partnershipId, LocalDate on) {
    return db.sql("""
            select count(*) from funding where partnership_id = ? and independent and term_from <= ? and term_to >= ?
            and voided_at is null""")
        .params(partnershipId, Rows.sqlDate(on), Rows.sqlDate(on)).query(Long.class).single() > 0;
  }

  @Transactional
  public Funding create(FundingForm f) {
    PaymentAccess.requireCoordinator(CurrentUser.require(), "record funding");
    Organisation funder = organisations.get(f.getFunderId());
    Partnership partnership = f.getPartnershipId() == null ? null : partnerships.get(f.getPartnershipId());
    if (f.getTermTo().isBefore(f.getTermFrom())) {
      throw new Conflict("termTo", "The end of the term must be on or after its start.");
    }
    if (f.getAmount().signum() < 0) {
      throw new Conflict("amount", "Funding cannot be negative.");
    }
    if (f.isIndependent() && funder.side() == Side.STATUTORY) {
      throw new Conflict("independent", funder.name() + " is a statutory body, so its funding is not independent of"
          + " the statutory bodies.");
    }
    Timestamp now = Timestamp.from(clock.instant());
    long id = Keys.insert(db.sql("""
            insert into funding (funder_id, partnership_id, amount, term_from, term_to, restricted, independent,
              description, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(funder.id(), partnership == null ? null : partnership.id(), f.getAmount().setScale(2, RoundingMode.HALF_UP),
            Rows.sqlDate(f.getTermFrom()), Rows.sqlDate(f.getTermTo()), f.isRestricted(), f.isIndependent(),
            Rows.blankToNull(f.getDescription()), now, now));
    Funding created = get(id);
    events.publishEvent(AuditedAction.created("funding", id, "Funding of £" + created.amount() + " from "
        + funder.name() + (partnership == null ? " for the network" : " for '" + partnership.name() + "'") + " added",
        created));
    return created;
  }

  @Transactional
  public Funding voidRecord(long id, String reason) {
    PaymentAccess.requireCoordinator(CurrentUser.require(), "void funding");
    Funding before = get(id);
    if (before.voided()) {
      throw new Conflict("This funding record was already voided.");
    }
    db.sql("update funding set voided_at = ?, void_reason = ?, version = version + 1 where id = ? and voided_at is null")
        .params(Timestamp.from(clock.instant()), reason.strip(), id).update();
    Funding after = get(id);
    events.publishEvent(AuditedAction.voided("funding", id, "Funding " + id + " voided: " + reason.strip(), before, after));
    return after;
  }

  /** The partnerships a site lead sees; null for everyone else (all of them). */
  private Set<Long> visiblePartnerships() {
    return CurrentUser.require().isSiteLead()
        ? partnerships.all().stream().map(Partnership::id).collect(Collectors.toSet()) : null;
  }

  static Funding map(ResultSet rs, int row) throws SQLException {
    return new Funding(rs.getLong("id"), rs.getLong("funder_id"), rs.getString("funder_name"),
        Rows.longOrNull(rs, "partnership_id"), rs.getString("partnership_name"), rs.getBigDecimal("amount"),
        Rows.date(rs, "term_from"), Rows.date(rs, "term_to"), rs.getBoolean("restricted"),
        rs.getBoolean("independent"), rs.getString("description"), Rows.instant(rs, "created_at"),
        rs.getInt("version"), Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
