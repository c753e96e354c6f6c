package org.phasezero.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.payments.AttendanceCheck.MeetingSummary;
import org.phasezero.payments.internal.PaymentAccess;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Dates;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.OptimisticLock;
import org.phasezero.shared.Page;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Sorting;
import org.phasezero.shared.Unique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims for taking part in meetings, within the user's scope: coordinators see every claim, site
 * leads the claims of their own organisation's people (any other answers 404), other roles none
 * (403; they see totals). A claim needs the person's recorded attendance, and its fee comes from
 * the rate valid on the meeting's date.
 */
@Service
public class Claims {

  static final String SELECT = "select c.*, p.display_name person_name from payment_claim c"
      + " join person p on p.id = c.person_id where 1 = 1";

  private final JdbcClient db;
  private final Rates rates;
  private final AttendanceCheck attendance;
  private final Partnerships partnerships;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Claims(JdbcClient db, Rates rates, AttendanceCheck attendance, Partnerships partnerships,
      ApplicationEventPublisher events, Clock clock) {
    this.db = db;
    this.rates = rates;
    this.attendance = attendance;
    this.partnerships = partnerships;
    this.events = events;
    this.clock = clock;
  }

  /** The columns the claims list sorts by; newest first unless asked otherwise. */
  public static final Sorting SORTING = Sorting.of("c.id", "date", true,
      "date", "c.activity_date", "person", "p.search_key", "total", "c.total", "status", "c.status");

  /** What a list of claims is filtered by; {@code spaceId} keeps the claims for meetings of one shared space. */
  public record Query(ClaimStatus status, Long personId, Long spaceId, LocalDate from, LocalDate to,
      boolean includeVoided) {

    public Query(ClaimStatus status, Long personId, LocalDate from, LocalDate to, boolean includeVoided) {
      this(status, personId, null, from, to, includeVoided);
    }

    public static Query all() {
      return new Query(null, null, null, null, null, false);
    }
  }

  public Page<Claim> search(Query q, Page.Request page) {
    return search(q, SORTING.defaultSort(), page);
  }

  public Page<Claim> search(Query q, Sorting.Sort sort, Page.Request page) {
    PaymentAccess.Condition scope = PaymentAccess.claimScope(CurrentUser.require());
    StringBuilder where = new StringBuilder(scope.sql());
    List<Object> params = new ArrayList<>(scope.params());
    filter(where, params, q.status() == null ? null : q.status().name(), " and c.status = ?");
    filter(where, params, q.personId(), " and c.person_id = ?");
    filter(where, params, Rows.sqlDate(q.from()), " and c.activity_date >= ?");
    filter(where, params, Rows.sqlDate(q.to()), " and c.activity_date <= ?");
    // A display join on the meeting's space: which claims the user sees is still the claim scope's rule.
    filter(where, params, q.spaceId(), " and exists (select 1 from meeting m where m.id = c.meeting_id and m.space_id = ?)");
    if (!q.includeVoided()) {
      where.append(" and c.voided_at is null");
    }
    long total = db.sql("select count(*) from payment_claim c where 1 = 1" + where).params(params)
        .query(Long.class).single();
    List<Object> paged = new ArrayList<>(params);
    paged.add(page.size());
    paged.add(page.offset());
    List<Claim> items = db.sql(SELECT + where + SORTING.orderBy(sort) + " limit ? offset ?")
        .params(paged).query(Claims::map).list();
    return new Page<>(items, page.page(), page.size(), total);
  }

  public Claim get(long id) {
    PaymentAccess.Condition scope = PaymentAccess.claimScope(CurrentUser.require());
    List<Object> params = new ArrayList<>(List.of(id));
    params.addAll(scope.params());
    Claim c = db.sql(SELECT + " and c.id = ?" + scope.sql()).params(params).query(Claims::map).optional()
        .orElseThrow(() -> new NotFound("claim", id));
    List<Claim.Expense> expenses = db.sql("select * from payment_expense where claim_id = ? order by id").param(id)
        .query((rs, i) -> new Claim.Expense(rs.getLong("id"), ExpenseCategory.valueOf(rs.getString("category")),
            rs.getBigDecimal("amount"), rs.getString("description"))).list();
    List<Claim.Receipt> receipts = db.sql("""
            select id, file_name, content_type, size_bytes, uploaded_at from payment_receipt
            where claim_id = ? and voided_at is null order by id""").param(id)
        .query((rs, i) -> new Claim.Receipt(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
            rs.getInt("size_bytes"), Rows.instant(rs, "uploaded_at"))).list();
    return c.with(expenses, receipts);
  }

  /** Whether the user may approve and pay claims (the page shows those actions only to them). */
  public boolean mayDecide() {
    return CurrentUser.require().isCoordinator();
  }

  /** Refuses (403) a role that may not claim for anyone, before it fills in the form. */
  public void requireMayClaim() {
    PaymentAccess.requireClaimAccess(CurrentUser.require());
  }

  /** Id and name of the people the user may claim for, for choosing in forms. */
  public List<Map.Entry<Long, String>> claimants() {
    PaymentAccess.Condition scope = PaymentAccess.personScope(CurrentUser.require());
    return db.sql("select p.id, p.display_name from person p where p.voided_at is null" + scope.sql()
            + " order by p.search_key, p.id").params(scope.params())
        .query((rs, i) -> Map.entry(rs.getLong("id"), rs.getString("display_name"))).list();
  }

  /** How far back the claim form offers meetings to choose from (claims come within weeks of a meeting). */
  static final int MEETINGS_OFFERED_DAYS = 120;

  /** The meetings of the last {@value #MEETINGS_OFFERED_DAYS} days the user may see, newest first, to choose on the form. */
  public List<MeetingSummary> recentMeetings() {
    LocalDate today = LocalDate.now(clock);
    return attendance.heldBetween(today.minusDays(MEETINGS_OFFERED_DAYS), today, 500).stream()
        .filter(m -> partnerships.isVisible(m.partnershipId())).limit(100).toList();
  }

  /** The meeting a claim would be for, to show on the form. */
  public java.util.Optional<MeetingSummary> meeting(long meetingId) {
    // Only a meeting of a partnership the user may see: a meeting id must not reveal another's titles.
    return attendance.find(meetingId).filter(m -> partnerships.isVisible(m.partnershipId()));
  }

  @Transactional
  public Claim create(ClaimForm f) {
    CurrentUser u = CurrentUser.require();
    String personName = claimantName(u, f.getPersonId());
    MeetingSummary meeting = meeting(f.getMeetingId())
        .orElseThrow(() -> new Conflict("meetingId", "There is no meeting with number " + f.getMeetingId() + "."));
    if (!attendance.attended(f.getPersonId(), meeting.id())) {
      throw new Conflict("personId", personName + " is not recorded as attending '" + meeting.title() + "' on "
          + org.phasezero.shared.Dates.inWords(meeting.date()) + ". Record their attendance at the meeting before "
          + "claiming for it, or choose another meeting.");
    }
    if (f.getQuantity() == null || f.getQuantity().signum() <= 0) {
      throw new Conflict("quantity", "The hours, sessions or days claimed must be more than zero.");
    }
    f.dropBlankExpenses();
    if (f.getExpenses().stream().anyMatch(e -> e.getCategory() == null || e.getAmount() == null || e.getAmount().signum() <= 0)) {
      throw new Conflict("expenses", "Every expense needs a category and an amount of more than £0.");
    }
    requireNoOtherClaim(f.getPersonId(), meeting.id(), f.getActivity(), personName);
    Rate rate = rates.validOn(f.getActivity(), f.getUnit(), meeting.date()).orElseThrow(() -> new Conflict("unit",
        "There is no rate for " + f.getActivity().name().toLowerCase().replace('_', ' ') + " per "
            + f.getUnit().name().toLowerCase() + " valid on " + meeting.date() + ". A coordinator adds one to the rate card."));
    BigDecimal quantity = f.getQuantity().setScale(2, RoundingMode.HALF_UP);
    BigDecimal fee = rate.amount().multiply(quantity).setScale(2, RoundingMode.HALF_UP);
    BigDecimal expenses = f.getExpenses().stream().map(e -> e.getAmount().setScale(2, RoundingMode.HALF_UP))
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    Timestamp now = Timestamp.from(clock.instant());
    long id = Unique.orConflict("meetingId", personName + " already has a claim for this meeting and activity.",
        () -> Keys.insert(db.sql("""
            insert into payment_claim (person_id, meeting_id, partnership_id, activity_date, activity, unit, quantity,
              rate_id, rate_amount, fee, expenses_total, total, status, notes, created_by, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(f.getPersonId(), meeting.id(), meeting.partnershipId(), Rows.sqlDate(meeting.date()),
            f.getActivity().name(), f.getUnit().name(), quantity, rate.id(), rate.amount(), fee, expenses,
            fee.add(expenses), ClaimStatus.SUBMITTED.name(), Rows.blankToNull(f.getNotes()), u.username(), now, now)));
    for (ExpenseLine e : f.getExpenses()) {
      db.sql("insert into payment_expense (claim_id, category, amount, description) values (?, ?, ?, ?)")
          .params(id, e.getCategory().name(), e.getAmount().setScale(2, RoundingMode.HALF_UP),
              Rows.blankToNull(e.getDescription())).update();
    }
    Claim created = get(id);
    events.publishEvent(AuditedAction.created("payment_claim", id, "Claim of £" + created.total() + " for "
        + personName + " (meeting '" + meeting.title() + "' of " + Dates.inWords(meeting.date()) + ") submitted", created));
    return created;
  }

  @Transactional
  public Claim voidRecord(long id, String reason) {
    CurrentUser u = CurrentUser.require();
    Claim before = get(id);
    if (before.voided()) {
      throw new Conflict("This claim was already voided.");
    }
    if (before.status() == ClaimStatus.PAID && !u.isCoordinator()) {
      throw new Conflict("This claim has been paid; only a coordinator can void it.");
    }
    int n = db.sql("""
            update payment_claim set voided_at = ?, void_reason = ?, live_key = null, version = version + 1
            where id = ? and version = ? and voided_at is null""")
        .params(Timestamp.from(clock.instant()), reason.strip(), id, before.version()).update();
    OptimisticLock.requireUpdated(n, "claim");
    Claim after = get(id);
    events.publishEvent(AuditedAction.voided("payment_claim", id, "Claim " + id + " voided: " + reason.strip(), before, after));
    return after;
  }

  private String claimantName(CurrentUser u, Long personId) {
    PaymentAccess.Condition scope = PaymentAccess.personScope(u);
    List<Object> params = new ArrayList<>(List.of(personId));
    params.addAll(scope.params());
    return db.sql("select p.display_name from person p where p.id = ? and p.voided_at is null" + scope.sql())
        .params(params).query(String.class).optional().orElseThrow(() -> new NotFound("person", personId));
  }

  /** One claim per person, meeting and activity: a second would pay the same time twice. */
  private void requireNoOtherClaim(long personId, long meetingId, Activity activity, String personName) {
    long others = db.sql("""
            select count(*) from payment_claim where person_id = ? and meeting_id = ? and activity = ?
            and voided_at is null""").params(personId, meetingId, activity.name()).query(Long.class).single();
    if (others > 0) {
      throw new Conflict("meetingId", personName + " already has a claim for this meeting and activity.");
    }
  }

  private static void filter(StringBuilder where, List<Object> params, Object value, String condition) {
    if (value != null) {
      where.append(condition);
      params.add(value);
    }
  }

  static Claim map(ResultSet rs, int row) throws SQLException {
    return new Claim(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"), rs.getLong("meeting_id"),
        Rows.longOrNull(rs, "partnership_id"), Rows.date(rs, "activity_date"),
        Activity.valueOf(rs.getString("activity")), RateUnit.valueOf(rs.getString("unit")), rs.getBigDecimal("quantity"),
        rs.getLong("rate_id"), rs.getBigDecimal("rate_amount"), rs.getBigDecimal("fee"),
        rs.getBigDecimal("expenses_total"), rs.getBigDecimal("total"), ClaimStatus.valueOf(rs.getString("status")),
        rs.getString("notes"), Rows.longOrNull(rs, "budget_id"), Rows.instant(rs, "approved_at"),
        rs.getString("approved_by"), Rows.date(rs, "paid_on"), Rows.enumOrNull(rs, "payment_method", PaymentMethod.class),
        rs.getString("payment_reference"), Rows.date(rs, "declined_on"),
        Rows.enumOrNull(rs, "decline_reason", DeclineReason.class), rs.getBoolean("benefits_advice_offered"),
        List.of(), List.of(), rs.getString("created_by"), Rows.instant(rs, "created_at"), rs.getInt("version"),
        Rows.instant(rs, "voided_at"), rs.getString("void_reason"));
  }
}
