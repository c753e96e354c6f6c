package org.phasezero.demo;

import java.math.BigDecimal;
import java.util.Random;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.payments.Activity;
import org.phasezero.payments.Rate;
import org.phasezero.payments.RateUnit;
import org.phasezero.payments.Rates;
import org.phasezero.value.ProxyOrigin;
import org.phasezero.value.SroiAccountForm;
import org.phasezero.value.SroiAccounts;
import org.phasezero.value.SroiOutcomeForm;
import org.springframework.stereotype.Component;

/**
 * The demo's SROI account: the Tamil talking therapies partnership over the twelve months before
 * the story's today, its inputs read from the demo ledger, with four outcomes for three
 * stakeholders. The proxies are demo figures, said so in their source, for users to replace with
 * their own. Loaded after the social capital story; it uses no random numbers.
 */
@Component
class DemoValue implements DemoHistory {

  static final String TITLE = "Tamil talking therapies, first year of the reference group";
  private static final String DEMO_PROXY = "Demo figure: replace with a sourced proxy (for example from a value bank you hold a licence for)";

  private final SroiAccounts accounts;
  private final Partnerships partnerships;
  private final Rates rates;
  private final DemoCalendar calendar;

  DemoValue(SroiAccounts accounts, Partnerships partnerships, Rates rates, DemoCalendar calendar) {
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
    SroiAccountForm f = new SroiAccountForm();
    f.setPartnershipId(partnerships.all().stream().filter(p -> p.name().equals("Tamil talking therapies"))
        .findFirst().orElseThrow().id());
    f.setTitle(TITLE);
    f.setPeriodFrom(calendar.on(2025, 2, 10));
    f.setPeriodTo(calendar.on(2026, 2, 8));
    f.setHourRate(rates.validOn(Activity.MEETING, RateUnit.HOUR, f.getPeriodTo()).map(Rate::amount)
        .orElse(new BigDecimal("15.00")));
    f.setDiscountYearOne(true);
    f.setNotes("Built with the reference group in February: community members, the temple and the welfare"
        + " association valued the outcomes with the service's lead. The proxies are demo figures.");
    long id = accounts.create(f).id();
    accounts.addOutcome(id, outcome("Tamil community members", "Improved mental wellbeing",
        "A rise of 3 or more on SWEMWBS between baseline and 6 months", "18",
        "Baseline and 6-month SWEMWBS of the talking therapy groups", "1200.00", 2, "30", "0", "25", "30"));
    accounts.addOutcome(id, outcome("Tamil community members", "Started talking therapy in Tamil",
        "First appointments attended by people referred through the temple", "12",
        "The service's referral records", "600.00", 1, "20", "0", "30", "0"));
    accounts.addOutcome(id, outcome("Temple and welfare association volunteers", "More confident speaking with services",
        "Volunteers who say so at the reference group's review", "8", "The reference group's review in January",
        "400.00", 2, "20", "0", "20", "50"));
    accounts.addOutcome(id, outcome("NHS talking therapies service", "Fewer missed first appointments",
        "First appointments kept because an interpreter was booked ahead", "40", "The service's appointment records",
        "120.00", 1, "25", "0", "10", "0"));
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
