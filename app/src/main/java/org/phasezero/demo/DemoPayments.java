package org.phasezero.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.phasezero.network.Organisation;
import org.phasezero.network.Organisations;
import org.phasezero.network.People;
import org.phasezero.network.Person;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.payments.Activity;
import org.phasezero.payments.AttendanceCheck;
import org.phasezero.payments.BudgetForm;
import org.phasezero.payments.Budgets;
import org.phasezero.payments.Claim;
import org.phasezero.payments.ClaimDecisions;
import org.phasezero.payments.ClaimForm;
import org.phasezero.payments.Claims;
import org.phasezero.payments.DeclineForm;
import org.phasezero.payments.DeclineReason;
import org.phasezero.payments.ExpenseCategory;
import org.phasezero.payments.ExpenseLine;
import org.phasezero.payments.FundingForm;
import org.phasezero.payments.FundingRecords;
import org.phasezero.payments.PaymentForm;
import org.phasezero.payments.PaymentMethod;
import org.phasezero.payments.RateForm;
import org.phasezero.payments.RateUnit;
import org.phasezero.payments.Rates;
import org.phasezero.security.SystemActor;
import org.phasezero.shared.Page;
import org.springframework.stereotype.Component;

/**
 * The demo's payments: a rate card (demo figures, raised at the annual review), funding (the Thames
 * Community Foundation funds the network and two partnerships independently; the ICB funds the
 * African and Caribbean forum; the Somali women's partnership, still in phase zero, has none),
 * budgets, and claims for the community-side people who attended each demo meeting: most approved
 * and paid, some declined because of benefits, the latest still waiting for approval, and those of
 * the site lead's organisation at the latest meeting not yet submitted. The ICB's budget for the
 * forum ends within two months of the load day.
 */
@Component
class DemoPayments implements DemoHistory {

  private static final String FOUNDATION = "Thames Community Foundation";
  private static final String ICB = "Wandle Integrated Care Board";
  /** Meeting numbers are tried in order until this many in a row are missing. */
  private static final int MISSING_IN_A_ROW = 50;
  /** When the meeting rate went up, as written (see {@link DemoCalendar}). */
  static final LocalDate RATE_REVIEW = LocalDate.of(2025, 4, 1);

  private final Rates rates;
  private final FundingRecords funding;
  private final Budgets budgets;
  private final Claims claims;
  private final ClaimDecisions decisions;
  private final AttendanceCheck attendance;
  private final Partnerships partnerships;
  private final Organisations organisations;
  private final People people;
  private final DemoCalendar calendar;
  private final org.springframework.jdbc.core.simple.JdbcClient db;

  DemoPayments(Rates rates, FundingRecords funding, Budgets budgets, Claims claims, ClaimDecisions decisions,
      AttendanceCheck attendance, Partnerships partnerships, Organisations organisations, People people, DemoCalendar calendar,
      org.springframework.jdbc.core.simple.JdbcClient db) {
    this.db = db;
    this.rates = rates;
    this.funding = funding;
    this.budgets = budgets;
    this.claims = claims;
    this.decisions = decisions;
    this.attendance = attendance;
    this.partnerships = partnerships;
    this.organisations = organisations;
    this.people = people;
    this.calendar = calendar;
  }

  @Override
  public int order() {
    return 300;
  }

  @Override
  public void load(int scale, Random random) {
    String source = "Wandle network payment policy (demo figure, after the NIHR payment guidance)";
    rate(Activity.MEETING, RateUnit.HOUR, "20.00", calendar.on(2024, 1, 1), source);
    rate(Activity.MEETING, RateUnit.HOUR, "25.00", calendar.shift(RATE_REVIEW), source + ", annual review");
    rate(Activity.MEETING, RateUnit.SESSION, "75.00", calendar.on(2024, 1, 1), source);
    rate(Activity.CHAIRING, RateUnit.HOUR, "30.00", calendar.on(2024, 1, 1), source);
    rate(Activity.PREPARATION, RateUnit.HOUR, "20.00", calendar.on(2024, 1, 1), source);
    rate(Activity.PEER_RESEARCH, RateUnit.HOUR, "25.00", calendar.on(2024, 1, 1), source);
    rate(Activity.ANALYSIS_SESSION, RateUnit.HOUR, "25.00", calendar.on(2024, 1, 1), source);
    rate(Activity.TRAINING, RateUnit.DAY, "150.00", calendar.on(2024, 1, 1), source);

    List<Organisation> orgs = organisations.choices();
    long foundation = orgs.stream().filter(o -> o.name().equals(FOUNDATION)).findFirst().orElseThrow().id();
    long icb = orgs.stream().filter(o -> o.name().equals(ICB)).findFirst().orElseThrow().id();
    List<Partnership> all = partnerships.all();
    Partnership tamil = named(all, DemoPartnerships.NAMES.get(0));
    Partnership forum = named(all, DemoPartnerships.NAMES.get(1));
    LocalDate ongoing = coreFundingEnds(calendar);
    funding(foundation, null, "120000", calendar.on(2024, 1, 1), ongoing, false, true,
        "Core funding for the network hub");
    funding(foundation, tamil.id(), "45000", calendar.on(2024, 1, 1), ongoing, true, true,
        "Tamil talking therapies partnership");
    funding(foundation, forum.id(), "30000", calendar.on(2024, 2, 1), calendar.on(2026, 1, 31), true, true,
        "Forum running costs and involvement payments");
    funding(icb, forum.id(), "20000", calendar.on(2025, 4, 1), calendar.on(2026, 3, 31), true, false,
        "Community engagement contract");
    budget(tamil.id(), foundation, "6000", calendar.on(2024, 1, 1), calendar.on(2024, 12, 31));
    budget(tamil.id(), foundation, "8000", calendar.on(2025, 1, 1), ongoing);
    budget(forum.id(), foundation, "5000", calendar.on(2024, 2, 1), calendar.on(2025, 3, 31));
    budget(forum.id(), icb, "6000", calendar.on(2025, 4, 1), calendar.on(2026, 3, 31));

    int missing = 0;
    for (long meeting = 1; missing < MISSING_IN_A_ROW; meeting++) {
      var found = attendance.find(meeting);
      if (found.isEmpty()) {
        missing++;
        continue;
      }
      missing = 0;
      claimFor(found.get(), random);
    }
  }

  /** Claims by the community-side attendees of one meeting; most are paid a fortnight later. */
  private void claimFor(AttendanceCheck.MeetingSummary meeting, Random random) {
    Partnership p = partnerships.get(meeting.partnershipId());
    LocalDate today = calendar.today();
    boolean recent = meeting.date().isAfter(today.minusDays(21));
    for (Partnership.Member m : p.members()) {
      if (!"COMMUNITY".equals(m.side()) || recent && m.name().equals(DemoNetwork.SITE_LEAD_ORGANISATION)) {
        continue;
      }
      for (Person person : people.search(new People.Query(null, m.organisationId(), null, false),
          new Page.Request(0, Page.MAX_SIZE)).items()) {
        if (!attendance.attended(person.id(), meeting.id()) || random.nextInt(10) >= 8) {
          continue;
        }
        ClaimForm f = new ClaimForm();
        f.setPersonId(person.id());
        f.setMeetingId(meeting.id());
        f.setActivity(Activity.MEETING);
        f.setUnit(RateUnit.HOUR);
        f.setQuantity(new BigDecimal(random.nextBoolean() ? "2" : "2.5"));
        if (random.nextInt(3) == 0) {
          f.setExpenses(List.of(new ExpenseLine(ExpenseCategory.TRAVEL, new BigDecimal("4.80"), "Bus fare, return")));
        } else if (random.nextInt(12) == 0) {
          f.setExpenses(List.of(new ExpenseLine(ExpenseCategory.CHILDCARE_OR_CARER, new BigDecimal("24.00"), "Childminder")));
        }
        // Submitted on the organisation's behalf and approved by the hub: two actors, as separation of duties asks.
        Claim c = SystemActor.call("demo claims", () -> claims.create(f));
        if (recent) {
          continue;
        }
        if (random.nextInt(12) == 0) {
          DeclineForm d = new DeclineForm();
          d.setReason(DeclineReason.STATE_BENEFITS);
          d.setDeclinedOn(meeting.date().plusDays(1));
          d.setOfferBenefitsAdvice(true);
          decisions.decline(c.id(), d);
          continue;
        }
        decisions.approve(c.id());
        // Approved a week after the meeting, as history would have it, not on the day the demo is loaded.
        db.sql("update payment_claim set approved_at = ? where id = ?").params(java.sql.Timestamp.from(
            meeting.date().plusDays(7).atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant()), c.id())
            .update();
        PaymentForm pay = new PaymentForm();
        pay.setPaidOn(meeting.date().plusDays(14));
        pay.setMethod(random.nextInt(5) == 0 ? PaymentMethod.VOUCHER : PaymentMethod.BANK_TRANSFER);
        pay.setReference("PZ-" + c.id());
        decisions.pay(c.id(), pay);
      }
    }
  }

  private static Partnership named(List<Partnership> all, String name) {
    return all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  private void rate(Activity activity, RateUnit unit, String amount, LocalDate from, String source) {
    RateForm f = new RateForm();
    f.setActivity(activity);
    f.setUnit(unit);
    f.setAmount(new BigDecimal(amount));
    f.setValidFrom(from);
    f.setSource(source);
    rates.create(f);
  }

  private void funding(long funder, Long partnership, String amount, LocalDate from, LocalDate to, boolean restricted,
      boolean independent, String description) {
    FundingForm f = new FundingForm();
    f.setFunderId(funder);
    f.setPartnershipId(partnership);
    f.setAmount(new BigDecimal(amount));
    f.setTermFrom(from);
    f.setTermTo(to);
    f.setRestricted(restricted);
    f.setIndependent(independent);
    f.setDescription(description);
    funding.create(f);
  }

  private void budget(long partnership, long funder, String amount, LocalDate from, LocalDate to) {
    BudgetForm f = new BudgetForm();
    f.setPartnershipId(partnership);
    f.setFunderId(funder);
    f.setAmount(new BigDecimal(amount));
    f.setPeriodFrom(from);
    f.setPeriodTo(to);
    f.setDescription("Involvement payments");
    budgets.create(f);
  }

  /** The foundation's core grants run to the end of next year, whenever the demo is loaded. */
  static LocalDate coreFundingEnds(DemoCalendar calendar) {
    return calendar.today().plusYears(1).withMonth(12).withDayOfMonth(31);
  }
}
