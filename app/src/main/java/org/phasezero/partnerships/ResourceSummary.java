package org.phasezero.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What was given and who carried it: totals (count, hours, £) by kind, by the giver's side and by
 * calendar quarter (oldest first, quarters with nothing given included so that gaps show).
 */
public record ResourceSummary(Totals total, List<Line> byKind, List<Line> bySide, List<Line> byQuarter) {

  public record Totals(long count, BigDecimal hours, BigDecimal money) {
    static final Totals NONE = new Totals(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    Totals plus(ResourceContribution r) {
      return new Totals(count + 1, r.hours() == null ? hours : hours.add(r.hours()),
          r.money() == null ? money : money.add(r.money()));
    }
  }

  /** One row of a breakdown: its key (a kind, a side or a quarter such as {@code 2024-Q3}) and totals. */
  public record Line(String key, Totals totals) {}

  public static ResourceSummary of(List<ResourceContribution> resources) {
    Totals total = Totals.NONE;
    for (ResourceContribution r : resources) {
      total = total.plus(r);
    }
    Map<String, Totals> quarters = new TreeMap<>();
    LocalDate first = resources.stream().map(ResourceContribution::givenOn).min(LocalDate::compareTo).orElse(null);
    LocalDate last = resources.stream().map(ResourceContribution::givenOn).max(LocalDate::compareTo).orElse(null);
    for (LocalDate d = first; d != null && !d.isAfter(last.withDayOfMonth(1)); d = d.withDayOfMonth(1).plusMonths(3)) {
      quarters.put(quarter(d), Totals.NONE);
    }
    if (last != null) {
      quarters.put(quarter(last), Totals.NONE);
    }
    for (ResourceContribution r : resources) {
      quarters.merge(quarter(r.givenOn()), Totals.NONE.plus(r), ResourceSummary::add);
    }
    return new ResourceSummary(total, group(resources, r -> r.kind().name()), group(resources, r -> r.giverSide().name()),
        quarters.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList());
  }

  static String quarter(LocalDate d) {
    return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
  }

  private static List<Line> group(List<ResourceContribution> resources, Function<ResourceContribution, String> key) {
    Map<String, Totals> m = new LinkedHashMap<>();
    resources.stream().sorted(java.util.Comparator.comparing(key))
        .forEach(r -> m.merge(key.apply(r), Totals.NONE.plus(r), ResourceSummary::add));
    return new ArrayList<>(m.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList());
  }

  private static Totals add(Totals a, Totals b) {
    return new Totals(a.count() + b.count(), a.hours().add(b.hours()), a.money().add(b.money()));
  }
}
