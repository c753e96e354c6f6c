package org.phasezero.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.phasezero.analysis.wellbeing.WellbeingScale;
import org.phasezero.network.ConsentPurpose;
import org.phasezero.network.Consents;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.payments.Activity;
import org.phasezero.payments.Rate;
import org.phasezero.payments.RateUnit;
import org.phasezero.payments.Rates;
import org.phasezero.value.EvidencePackForm;
import org.phasezero.value.EvidencePacks;
import org.phasezero.value.ProxyOrigin;
import org.phasezero.value.SroiAccountForm;
import org.phasezero.value.game.Cohort;
import org.phasezero.value.game.GameOutcome;
import org.phasezero.value.game.ValueGames;
import org.phasezero.value.SroiAccounts;
import org.phasezero.value.SroiOutcomeForm;
import org.phasezero.value.WellbeingAnswersForm;
import org.phasezero.value.WellbeingMeasureForm;
import org.phasezero.value.WellbeingMeasures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's value story: SWEMWBS answered at a baseline and a six-month follow-up by the Tamil
 * partnership's community members who consented to the use of health information (most improve a
 * little, some a lot, a few not at all), and an SROI account of the partnership over the twelve
 * months before the story's today, its inputs read from the demo ledger, with four outcomes for
 * three stakeholders, the wellbeing one measured on the SWEMWBS answers. The proxies are demo
 * figures, said so in their source, for users to replace with their own; and the partnership's
 * evidence pack made from them and published. The volunteers' outcome takes its proxy from the
 * value game both sides played ({@link DemoValueGame}). Loaded after the social capital story, with its own
 * random source. No questionnaire wording is loaded: it is licensed.
 */
@Component
class DemoValue implements DemoHistory {

  static final String TITLE = "Tamil talking therapies, first year of the reference group";
  private static final String DEMO_PROXY = "Demo figure: replace with a sourced proxy (for example from a value bank you hold a licence for)";

  static final String MEASURE = "Tamil talking therapy groups: SWEMWBS";
  private static final long SEED = 20250210L;

  private final SroiAccounts accounts;
  private final EvidencePacks packs;
  private final WellbeingMeasures measures;
  private final Consents consents;
  private final JdbcClient db;
  private final Partnerships partnerships;
  private final Rates rates;
  private final DemoCalendar calendar;
  private final DemoValueGame demoGame;
  private final ValueGames valueGame;

  DemoValue(SroiAccounts accounts, EvidencePacks packs, WellbeingMeasures measures, Consents consents, JdbcClient db,
      Partnerships partnerships, Rates rates, DemoCalendar calendar, DemoValueGame demoGame, ValueGames valueGame) {
    this.demoGame = demoGame;
    this.valueGame = valueGame;
    this.measures = measures;
    this.packs = packs;
    this.consents = consents;
    this.db = db;
    this.accounts = accounts;
    this.partnerships = partnerships;
    this.rates = rates;
    this.calendar = calendar;
  }

  @Override
  public int order() {
    return 600;
  }

  @Override
  public void load(int scale, Random ignored) {
    long tamil = partnerships.all().stream().filter(p -> p.name().equals("Tamil talking therapies"))
        .findFirst().orElseThrow().id();
    long measure = wellbeing(tamil, new Random(SEED));
    Map<String, GameOutcome> game = demoGame.play(tamil, new Random(SEED + 1));
    SroiAccountForm f = new SroiAccountForm();
    f.setPartnershipId(tamil);
    f.setTitle(TITLE);
    f.setPeriodFrom(calendar.on(2025, 2, 10));
    f.setPeriodTo(calendar.on(2026, 2, 8));
    f.setHourRate(rates.validOn(Activity.MEETING, RateUnit.HOUR, f.getPeriodTo()).map(Rate::amount)
        .orElse(new BigDecimal("15.00")));
    f.setDiscountYearOne(true);
    f.setNotes("Built with the reference group in February: community members, the temple and the welfare"
        + " association valued the outcomes with the service's lead. The proxies are demo figures.");
    long id = accounts.create(f).id();
    SroiOutcomeForm wellbeing = outcome("Tamil community members", "Improved mental wellbeing",
        "A rise of 1 metric point or more on SWEMWBS between baseline and 6 months", "0",
        "Baseline and 6-month SWEMWBS of the talking therapy groups", "1200.00", 2, "30", "0", "25", "30");
    wellbeing.setMeasureId(measure);
    accounts.addOutcome(id, wellbeing);
    accounts.addOutcome(id, outcome("Tamil community members", "Started talking therapy in Tamil",
        "First appointments attended by people referred through the temple", "12",
        "The service's referral records", "600.00", 1, "20", "0", "30", "0"));
    // The volunteers' outcome is valued by the community organisations' own staff and volunteers in the game.
    SroiOutcomeForm confident = valueGame.proxyFrom(game.get("More confident speaking with services").id(),
        Cohort.COMMUNITY_STAFF, 2);
    SroiOutcomeForm volunteers = outcome("Temple and welfare association volunteers", "More confident speaking with services",
        "Volunteers who say so at the reference group's review", "8", "The reference group's review in January",
        confident.getProxyValue().toPlainString(), 2, "20", "0", "20", "50");
    volunteers.setProxySource(confident.getProxySource());
    volunteers.setProxyYear(confident.getProxyYear());
    volunteers.setProxyOrigin(ProxyOrigin.STAKEHOLDER_DERIVED);
    volunteers.setValueGameOutcomeId(confident.getValueGameOutcomeId());
    accounts.addOutcome(id, volunteers);
    accounts.addOutcome(id, outcome("NHS talking therapies service", "Fewer missed first appointments",
        "First appointments kept because an interpreter was booked ahead", "40", "The service's appointment records",
        "120.00", 1, "25", "0", "10", "0"));
    EvidencePackForm pack = new EvidencePackForm();
    pack.setPartnershipId(tamil);
    pack.setPeriodFrom(f.getPeriodFrom());
    pack.setPeriodTo(f.getPeriodTo());
    pack.setSroiAccountId(id);
    packs.publish(packs.makeNow(pack).id());
  }

  /** The SWEMWBS measure and its answers: baseline in March, follow-up six months on. */
  private long wellbeing(long partnership, Random random) {
    WellbeingMeasureForm m = new WellbeingMeasureForm();
    m.setPartnershipId(partnership);
    m.setTitle(MEASURE);
    m.setScale(WellbeingScale.SWEMWBS);
    long id = measures.create(m).id();
    List<Long> people = db.sql("""
            select distinct m.person_id from membership m join organisation o on o.id = m.organisation_id
            where o.name in ('Sri Murugan Temple', 'Tamil Welfare Association') and m.voided_at is null
            order by m.person_id""").query(Long.class).list().stream()
        .filter(p -> consents.stands(p, ConsentPurpose.SPECIAL_CATEGORY_DATA)).toList();
    for (long person : people) {
      List<Integer> before = new ArrayList<>();
      List<Integer> after = new ArrayList<>();
      int lift = random.nextInt(10) < 2 ? 0 : random.nextInt(10) < 6 ? 1 : 2;
      for (int i = 0; i < 7; i++) {
        int b = 2 + random.nextInt(2);
        before.add(b);
        after.add(Math.min(5, b + (random.nextInt(3) < lift ? 1 : 0)));
      }
      answers(id, person, 0, calendar.on(2025, 3, 10), before);
      answers(id, person, 1, calendar.on(2025, 9, 8), after);
    }
    return id;
  }

  private void answers(long measure, long person, int timePoint, java.time.LocalDate on, List<Integer> items) {
    WellbeingAnswersForm a = new WellbeingAnswersForm();
    a.setPersonId(person);
    a.setTimePoint(timePoint);
    a.setCompletedOn(on);
    a.setMode(org.phasezero.value.ResponseMode.PAPER);
    a.setItems(items);
    measures.record(measure, a);
  }

  private static SroiOutcomeForm outcome(String stakeholder, String name, String indicator, String quantity,
      String quantitySource, String proxy, int years, String deadweight, String displacement, String attribution,
      String dropOff) {
    SroiOutcomeForm o = new SroiOutcomeForm();
    o.setStakeholder(stakeholder);
    o.setName(name);
    o.setIndicator(indicator);
    o.setQuantity(new BigDecimal(quantity));
    o.setQuantitySource(quantitySource);
    o.setProxyValue(new BigDecimal(proxy));
    o.setProxySource(DEMO_PROXY);
    o.setProxyYear(2025);
    o.setProxyOrigin(ProxyOrigin.ENTERED);
    o.setDuration(years);
    o.setDeadweightPercent(new BigDecimal(deadweight));
    o.setDisplacementPercent(new BigDecimal(displacement));
    o.setAttributionPercent(new BigDecimal(attribution));
    o.setDropOffPercent(new BigDecimal(dropOff));
    return o;
  }
}
