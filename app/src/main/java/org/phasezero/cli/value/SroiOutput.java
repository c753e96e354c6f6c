package org.phasezero.cli.value;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phasezero.analysis.value.DiscountSchedule;
import org.phasezero.analysis.value.DistributionSummary;
import org.phasezero.analysis.value.ImpactMap;
import org.phasezero.analysis.value.MonteCarloResult;
import org.phasezero.analysis.value.OutcomeValue;
import org.phasezero.analysis.value.SensitivityRow;
import org.phasezero.analysis.value.SroiResult;
import org.phasezero.analysis.value.StakeholderValue;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;

/**
 * Prints an SROI result as text, JSON (fields {@code inputs}, {@code present_value}, {@code npv},
 * {@code ratio}, {@code stakeholders}, {@code outcomes}, {@code sensitivity},
 * {@code monte_carlo}) or one CSV table.
 */
final class SroiOutput {

  private final PrintWriter out;
  private final ImpactMap map;

  SroiOutput(PrintWriter out, ImpactMap map) {
    this.out = out;
    this.map = map;
  }

  void print(OutputFormat format, SroiResult r, List<SensitivityRow> rows, MonteCarloResult mc) {
    switch (format) {
      case JSON -> Json.print(out, json(r, rows, mc));
      case CSV -> csv(r, rows, mc);
      case TEXT -> text(r, rows, mc);
    }
  }

  private Map<String, Object> json(SroiResult r, List<SensitivityRow> rows, MonteCarloResult mc) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("inputs", r.inputs());
    root.put("present_value", r.presentValue());
    root.put("npv", r.npv());
    root.put("ratio", r.ratio());
    root.put("discount", discount());
    root.put("discount_year_one", map.discountYearOne());
    root.put("licence", map.licence());
    List<Map<String, Object>> stakeholders = new ArrayList<>();
    for (StakeholderValue s : r.stakeholders()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", s.name());
      m.put("present_value", s.presentValue());
      m.put("share", s.share());
      m.put("outcomes", r.outcomes().stream().filter(o -> o.stakeholder().equals(s.name()))
          .map(SroiOutput::outcome).toList());
      stakeholders.add(m);
    }
    root.put("stakeholders", stakeholders);
    if (rows != null) {
      root.put("sensitivity", rows.stream().map(SroiOutput::sensitivity).toList());
    }
    if (mc != null) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("simulations", mc.simulations());
      m.put("seed", mc.seed());
      m.put("ratio", summary(mc.ratio()));
      m.put("present_value", summary(mc.presentValue()));
      m.put("share_ratio_at_least_one", mc.shareAtLeastOne());
      root.put("monte_carlo", m);
    }
    return root;
  }

  private Map<String, Object> discount() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schedule", map.discount().equals(DiscountSchedule.GREEN_BOOK)
        ? "HM Treasury Green Book 2022" : "flat");
    m.put("bands", map.discount().bands().stream().map(b -> {
      Map<String, Object> band = new LinkedHashMap<>();
      band.put("from_year", b.fromYear());
      band.put("rate", b.rate());
      return band;
    }).toList());
    return m;
  }

  private static Map<String, Object> outcome(OutcomeValue v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", v.outcome().name());
    m.put("present_value", v.presentValue());
    m.put("yearly_impact", v.yearlyImpact());
    m.put("proxy_source", v.outcome().proxySource());
    m.put("licence", v.outcome().licence());
    return m;
  }

  private static Map<String, Object> sensitivity(SensitivityRow s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stakeholder", s.stakeholder());
    m.put("outcome", s.outcome());
    m.put("assumption", s.assumption().key());
    m.put("base", s.base());
    m.put("low", s.low());
    m.put("high", s.high());
    m.put("ratio_at_low", s.ratioAtLow());
    m.put("ratio_at_high", s.ratioAtHigh());
    m.put("break_even", s.breakEven());
    return m;
  }

  private static Map<String, Object> summary(DistributionSummary d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", d.mean());
    m.put("p5", d.p5());
    m.put("p50", d.p50());
    m.put("p95", d.p95());
    return m;
  }

  private void csv(SroiResult r, List<SensitivityRow> rows, MonteCarloResult mc) {
    if (rows != null) {
      out.println("stakeholder,outcome,assumption,base,low,high,ratio_at_low,ratio_at_high,"
          + "break_even");
      for (SensitivityRow s : rows) {
        out.println(String.join(",", cell(s.stakeholder()), cell(s.outcome()),
            s.assumption().key(), num(s.base()), num(s.low()), num(s.high()),
            num(s.ratioAtLow()), num(s.ratioAtHigh()),
            s.breakEven() == null ? "" : num(s.breakEven())));
      }
    } else if (mc != null) {
      out.println("statistic,mean,p5,p50,p95");
      out.println(summaryRow("ratio", mc.ratio()));
      out.println(summaryRow("present_value", mc.presentValue()));
    } else {
      out.println("stakeholder,outcome,present_value,proxy_source,licence");
      for (OutcomeValue v : r.outcomes()) {
        out.println(String.join(",", cell(v.stakeholder()), cell(v.outcome().name()),
            num(v.presentValue()), cell(v.outcome().proxySource()),
            cell(v.outcome().licence())));
      }
    }
  }

  private static String summaryRow(String name, DistributionSummary d) {
    return String.join(",", name, num(d.mean()), num(d.p5()), num(d.p50()), num(d.p95()));
  }

  private void text(SroiResult r, List<SensitivityRow> rows, MonteCarloResult mc) {
    out.printf(Locale.ROOT, "Inputs          %,14.2f%n", r.inputs());
    out.printf(Locale.ROOT, "Present value   %,14.2f%n", r.presentValue());
    out.printf(Locale.ROOT, "NPV             %,14.2f%n", r.npv());
    out.printf(Locale.ROOT, "SROI ratio      %14.2f : 1%n", r.ratio());
    out.printf(Locale.ROOT, "Discounting: %s; year 1 %s%n",
        map.discount().equals(DiscountSchedule.GREEN_BOOK)
            ? "HM Treasury Green Book bands (3.5% years 0-30, 3.0% 31-75, ...)"
            : "flat " + pct(map.discount().rate(1)),
        map.discountYearOne() ? "discounted" : "not discounted");
    out.printf(Locale.ROOT, "%n%-20s %-28s %14s %7s%n", "stakeholder", "outcome", "present value",
        "share");
    for (OutcomeValue v : r.outcomes()) {
      out.printf(Locale.ROOT, "%-20s %-28s %,14.2f %7s%n", v.stakeholder(), v.outcome().name(),
          v.presentValue(), pct(r.presentValue() == 0 ? 0 : v.presentValue() / r.presentValue()));
    }
    for (StakeholderValue s : r.stakeholders()) {
      out.printf(Locale.ROOT, "%-20s %-28s %,14.2f %7s%n", s.name(), "(all outcomes)",
          s.presentValue(), pct(s.share()));
    }
    if (rows != null) {
      out.printf(Locale.ROOT, "%nOne-way sensitivity (ratio at low / high; break-even where "
          + "the ratio is 1)%n");
      out.printf(Locale.ROOT, "%-24s %-16s %10s %10s %10s %8s %8s %12s%n", "outcome",
          "assumption", "base", "low", "high", "ratio lo", "ratio hi", "break-even");
      for (SensitivityRow s : rows) {
        out.printf(Locale.ROOT, "%-24s %-16s %10.4g %10.4g %10.4g %8.3f %8.3f %12s%n",
            s.outcome(), s.assumption().key(), s.base(), s.low(), s.high(), s.ratioAtLow(),
            s.ratioAtHigh(), s.breakEven() == null ? "none" : String.format(Locale.ROOT, "%.4g",
                s.breakEven()));
      }
    }
    if (mc != null) {
      out.printf(Locale.ROOT, "%nMonte Carlo: %d simulations, seed %d%n", mc.simulations(),
          mc.seed());
      out.printf(Locale.ROOT, "%-14s %14s %14s %14s %14s%n", "", "mean", "p5", "p50", "p95");
      out.printf(Locale.ROOT, "%-14s %14.3f %14.3f %14.3f %14.3f%n", "ratio", mc.ratio().mean(),
          mc.ratio().p5(), mc.ratio().p50(), mc.ratio().p95());
      DistributionSummary pv = mc.presentValue();
      out.printf(Locale.ROOT, "%-14s %,14.2f %,14.2f %,14.2f %,14.2f%n", "present value",
          pv.mean(), pv.p5(), pv.p50(), pv.p95());
      out.printf(Locale.ROOT, "share of simulations with ratio >= 1: %s%n",
          pct(mc.shareAtLeastOne()));
    }
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String num(double v) {
    return Double.toString(v);
  }

  private static String cell(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
