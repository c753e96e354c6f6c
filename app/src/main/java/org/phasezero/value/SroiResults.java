package org.phasezero.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.analysis.value.AssumptionRanges;
import org.phasezero.analysis.value.DiscountSchedule;
import org.phasezero.analysis.value.Histogram;
import org.phasezero.analysis.value.ImpactMap;
import org.phasezero.analysis.value.MonteCarloSroi;
import org.phasezero.analysis.value.OneWaySensitivity;
import org.phasezero.analysis.value.SocialReturnOnInvestment;
import org.phasezero.analysis.value.SroiResult;
import org.phasezero.analysis.value.Stakeholder;
import org.phasezero.shared.IncomingText;
import org.phasezero.value.internal.Ledger;
import org.springframework.stereotype.Service;

/**
 * An account's inputs from the ledger and its figures from the analysis library. Computed on each
 * read, so they follow the records; nothing computed is stored.
 */
@Service
public class SroiResults {

  private static final int HISTOGRAM_BINS = 24;

  private final SroiAccounts accounts;
  private final Ledger ledger;
  private final WellbeingChanges wellbeing;

  SroiResults(SroiAccounts accounts, Ledger ledger, WellbeingChanges wellbeing) {
    this.accounts = accounts;
    this.ledger = ledger;
    this.wellbeing = wellbeing;
  }

  /** The account's inputs line by line, and its outputs. */
  public AccountInputs inputs(SroiAccount a) {
    return ledger.read(a.partnershipId(), a.periodFrom(), a.periodTo(), a.hourRate(),
        accounts.otherInputs(a.id()));
  }

  public SroiFigures figures(long accountId) {
    SroiAccount a = accounts.get(accountId);
    return figures(a, inputs(a), accounts.outcomes(accountId));
  }

  /** The figures of an account whose inputs and outcomes are already read. */
  public SroiFigures figures(SroiAccount a, AccountInputs inputs, List<SroiOutcome> outcomes) {
    BigDecimal total = inputs.total();
    List<SroiFigures.Measured> measured = measured(outcomes);
    if (outcomes.isEmpty() || total.signum() <= 0) {
      return new SroiFigures(a.id(), total, null, null, null, List.of(), List.of(), List.of(), null, null,
          outcomes.isEmpty() ? "NO_OUTCOMES" : "NO_INPUTS", measured);
    }
    Map<Long, BigDecimal> quantities = new java.util.HashMap<>();
    measured.forEach(m -> quantities.put(m.outcomeId(), BigDecimal.valueOf(m.improved())));
    ImpactMap map = model(a, total, outcomes, quantities);
    SroiResult r = SocialReturnOnInvestment.of(map);
    long seed = a.id();
    var simulated = MonteCarloSroi.run(map, SroiFigures.DRAWS, seed, AssumptionRanges.DEFAULT);
    double[] ratios = MonteCarloSroi.ratios(map, SroiFigures.DRAWS, seed, AssumptionRanges.DEFAULT);
    BigDecimal pv = pennies(r.presentValue());
    return new SroiFigures(a.id(), total, pv, pennies(r.npv()), r.ratio(), r.stakeholders(), r.outcomes(),
        OneWaySensitivity.of(map), simulated, Histogram.of(ratios, HISTOGRAM_BINS), null, measured);
  }

  /** The measured outcomes' quantities, read now from their wellbeing measures. */
  private List<SroiFigures.Measured> measured(List<SroiOutcome> outcomes) {
    List<SroiFigures.Measured> measured = new ArrayList<>();
    for (SroiOutcome o : outcomes) {
      if (o.measureId() != null) {
        WellbeingSummary s = wellbeing.summary(o.measureId(), null);
        Integer improved = s.overall().improved();
        Integer people = s.overall().n();
        measured.add(new SroiFigures.Measured(o.id(), o.measureId(), s.measure().title(), s.followUp(),
            improved == null ? 0 : improved, people == null ? 0 : people));
      }
    }
    return measured;
  }

  /** The account as the analysis library's model, every quantity as recorded. */
  static ImpactMap model(SroiAccount a, BigDecimal inputs, List<SroiOutcome> outcomes) {
    return model(a, inputs, outcomes, Map.of());
  }

  /**
   * The account as the analysis library's model. Outcomes arrive ordered by stakeholder, so the
   * result's outcomes are in the same order as {@code outcomes}.
   */
  static ImpactMap model(SroiAccount a, BigDecimal inputs, List<SroiOutcome> outcomes,
      Map<Long, BigDecimal> measuredQuantities) {
    // Grouped as the database keys stakeholders (case and spacing aside), named as first written.
    Map<String, List<SroiOutcome>> byStakeholder = new LinkedHashMap<>();
    for (SroiOutcome o : outcomes) {
      byStakeholder.computeIfAbsent(IncomingText.key(o.stakeholder()), k -> new ArrayList<>()).add(o);
    }
    List<Stakeholder> stakeholders = byStakeholder.values().stream()
        .map(g -> new Stakeholder(g.get(0).stakeholder(), g.stream()
            .map(o -> o.toModel(measuredQuantities.getOrDefault(o.id(), o.quantity()))).toList()))
        .toList();
    DiscountSchedule discount = a.greenBook() ? DiscountSchedule.GREEN_BOOK
        : DiscountSchedule.flat(a.discountRate().doubleValue());
    return new ImpactMap(inputs.doubleValue(), stakeholders, discount, a.discountYearOne(), "");
  }

  private static BigDecimal pennies(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }
}
