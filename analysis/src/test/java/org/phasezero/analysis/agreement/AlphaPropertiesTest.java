package org.phasezero.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of Krippendorff's alpha on random reliability data. */
class AlphaPropertiesTest {

  @Property(tries = 200)
  void permutingCodersLeavesAlphaUnchanged(@ForAll long seed) {
    double[][] data = randomMatrix(new Random(seed));
    List<double[]> rows = new ArrayList<>(List.of(data));
    Collections.shuffle(rows, new Random(seed + 1));
    double[][] permuted = rows.toArray(new double[0][]);
    for (MeasurementLevel level : MeasurementLevel.values()) {
      assertSameAlpha(alpha(data, level), alpha(permuted, level));
    }
  }

  @Property(tries = 200)
  void permutingUnitsLeavesAlphaUnchanged(@ForAll long seed) {
    double[][] data = randomMatrix(new Random(seed));
    List<Integer> order = new ArrayList<>();
    for (int u = 0; u < data[0].length; u++) {
      order.add(u);
    }
    Collections.shuffle(order, new Random(seed + 1));
    double[][] permuted = new double[data.length][data[0].length];
    for (int c = 0; c < data.length; c++) {
      for (int u = 0; u < order.size(); u++) {
        permuted[c][u] = data[c][order.get(u)];
      }
    }
    for (MeasurementLevel level : MeasurementLevel.values()) {
      assertSameAlpha(alpha(data, level), alpha(permuted, level));
    }
  }

  @Property(tries = 200)
  void perfectAgreementWithVariationGivesAlphaOne(@ForAll long seed) {
    Random random = new Random(seed);
    double[][] data = randomMatrix(random);
    // Every coder copies coder 0 (where coder 0 has a value); two units force variation.
    for (int c = 1; c < data.length; c++) {
      for (int u = 0; u < data[0].length; u++) {
        data[c][u] = Double.isNaN(data[c][u]) ? Double.NaN : data[0][u];
      }
    }
    for (int c = 0; c < data.length; c++) {
      data[c][0] = 1;
      data[c][1] = 2;
    }
    for (int u = 2; u < data[0].length; u++) {
      if (Double.isNaN(data[0][u])) {
        for (int c = 1; c < data.length; c++) {
          data[c][u] = Double.NaN;
        }
      }
    }
    for (MeasurementLevel level : MeasurementLevel.values()) {
      assertThat(alpha(data, level)).as(level.label()).isCloseTo(1.0, within(1e-12));
    }
  }

  @Property(tries = 200)
  void alphaEqualsTheDefinitionOverAllPairsOfValues(@ForAll long seed) {
    double[][] data = randomMatrix(new Random(seed));
    for (MeasurementLevel level : MeasurementLevel.values()) {
      double expected = bruteForce(data, level);
      double actual = alpha(data, level);
      if (Double.isNaN(expected)) {
        assertThat(actual).as(level.label()).isNaN();
      } else {
        assertThat(actual).as(level.label()).isCloseTo(expected, within(1e-9));
      }
    }
  }

  @Property(tries = 20)
  void bootstrapIntervalContainsTheEstimateForReasonableData(@ForAll long seed) {
    // 200 units, 3 coders who each copy the unit's true value 1..5 with probability 0.8.
    Random random = new Random(seed);
    double[][] data = new double[3][200];
    for (int u = 0; u < 200; u++) {
      int truth = 1 + random.nextInt(5);
      for (int c = 0; c < 3; c++) {
        data[c][u] = random.nextDouble() < 0.8 ? truth : 1 + random.nextInt(5);
      }
    }
    ReliabilityData reliability = ReliabilityData.ofNumbers(data);
    for (MeasurementLevel level : MeasurementLevel.values()) {
      double estimate = KrippendorffAlpha.estimate(reliability, level).alpha();
      BootstrapInterval ci = AlphaBootstrap.interval(reliability, level, 500, seed, 0.95);
      assertThat(ci.low()).as(level.label()).isLessThanOrEqualTo(estimate);
      assertThat(ci.high()).as(level.label()).isGreaterThanOrEqualTo(estimate);
      assertThat(ci.used()).isEqualTo(500);
    }
  }

  @Property(tries = 20)
  void theSameSeedGivesTheSameInterval(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 200) int replicates) {
    ReliabilityData data = ReliabilityData.ofNumbers(KrippendorffAlphaTest.KRIPPENDORFF_2011_C);
    BootstrapInterval first = AlphaBootstrap.interval(data, MeasurementLevel.NOMINAL, replicates,
        seed, 0.95);
    BootstrapInterval second = AlphaBootstrap.interval(data, MeasurementLevel.NOMINAL, replicates,
        seed, 0.95);
    assertThat(second).isEqualTo(first);
  }

  /**
   * Binary codes from a few coders with missing cells fall into few unit patterns, so the bootstrap
   * counts patterns instead of rebuilding coincidences unit by unit: the interval must be what the
   * unit-by-unit resampling gives with the same draws. Five coders can give 18 binary patterns, and
   * grouping is taken with at least K² = 4 pairable units per pattern, so there are at least 100
   * units (fewer could fall below 72 pairable ones and rightly take the unit-by-unit path).
   */
  @Property(tries = 15)
  void groupingUnitsByPatternGivesTheUnitByUnitInterval(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 5) int coders, @ForAll @IntRange(min = 100, max = 400) int units) {
    java.util.Random random = new java.util.Random(seed);
    double[][] m = new double[coders][units];
    for (int u = 0; u < units; u++) {
      boolean truth = random.nextInt(4) == 0;
      for (int c = 0; c < coders; c++) {
        m[c][u] = random.nextInt(10) == 0 ? Double.NaN : (random.nextInt(6) == 0) != truth ? 1 : 0;
      }
    }
    ReliabilityData data = ReliabilityData.ofNumbers(m);
    if (data.categories() < 2) {
      return;
    }
    int[] buffer = new int[coders];
    int[] pairable = java.util.stream.IntStream.range(0, units).filter(u -> data.presentCodes(u, buffer) >= 2)
        .toArray();
    assertThat(UnitPatterns.of(data, pairable)).as("few patterns: the grouped path is taken").isNotNull();
    java.util.SplittableRandom draws = new java.util.SplittableRandom(seed);
    double[] alphas = new double[200];
    int used = 0;
    int[] sample = new int[pairable.length];
    for (int r = 0; r < alphas.length; r++) {
      for (int i = 0; i < sample.length; i++) {
        sample[i] = pairable[draws.nextInt(pairable.length)];
      }
      double alpha = KrippendorffAlpha.estimate(data, MeasurementLevel.NOMINAL, sample).alpha();
      if (!Double.isNaN(alpha)) {
        alphas[used++] = alpha;
      }
    }
    double[] sorted = java.util.Arrays.copyOf(alphas, used);
    java.util.Arrays.sort(sorted);
    BootstrapInterval ci = AlphaBootstrap.interval(data, MeasurementLevel.NOMINAL, 200, seed, 0.95);
    assertThat(ci.used()).isEqualTo(used);
    if (used > 0) {
      assertThat(ci.low()).isCloseTo(AlphaBootstrap.quantile(sorted, 0.025), within(1e-9));
      assertThat(ci.high()).isCloseTo(AlphaBootstrap.quantile(sorted, 0.975), within(1e-9));
    }
  }

  private static void assertSameAlpha(double expected, double actual) {
    if (Double.isNaN(expected)) {
      assertThat(actual).isNaN();
    } else {
      assertThat(actual).isCloseTo(expected, within(1e-9));
    }
  }

  private static double alpha(double[][] data, MeasurementLevel level) {
    return KrippendorffAlpha.estimate(ReliabilityData.ofNumbers(data), level).alpha();
  }

  /**
   * 2–6 coders × 3–30 units of values 0–5 (with 0 so the ratio level meets 0/0), 20% missing,
   * with unit 0 complete so that there is always a pairable unit.
   */
  private static double[][] randomMatrix(Random random) {
    int coders = 2 + random.nextInt(5);
    int units = 3 + random.nextInt(28);
    int categories = 1 + random.nextInt(6);
    double[][] data = new double[coders][units];
    for (int c = 0; c < coders; c++) {
      for (int u = 0; u < units; u++) {
        data[c][u] = u > 0 && random.nextDouble() < 0.2 ? Double.NaN : random.nextInt(categories);
      }
    }
    return data;
  }

  /**
   * The definition read literally: D_o averages δ² over ordered pairs of values within each unit
   * weighted 1/(m_u − 1); D_e averages δ² over all ordered pairs of distinct pairable values.
   */
  private static double bruteForce(double[][] data, MeasurementLevel level) {
    List<double[]> units = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    for (int u = 0; u < data[0].length; u++) {
      List<Double> values = new ArrayList<>();
      for (double[] coder : data) {
        if (!Double.isNaN(coder[u])) {
          values.add(coder[u]);
        }
      }
      if (values.size() >= 2) {
        units.add(values.stream().mapToDouble(Double::doubleValue).toArray());
        all.addAll(values);
      }
    }
    double n = all.size();
    double observed = 0;
    for (double[] unit : units) {
      for (int i = 0; i < unit.length; i++) {
        for (int j = 0; j < unit.length; j++) {
          if (i != j) {
            observed += delta(unit[i], unit[j], all, level) / (unit.length - 1);
          }
        }
      }
    }
    double expected = 0;
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < all.size(); j++) {
        if (i != j) {
          expected += delta(all.get(i), all.get(j), all, level);
        }
      }
    }
    if (expected == 0) {
      return Double.NaN;
    }
    return 1 - (observed / n) / (expected / (n * (n - 1)));
  }

  private static double delta(double a, double b, List<Double> all, MeasurementLevel level) {
    return switch (level) {
      case NOMINAL -> a == b ? 0 : 1;
      case INTERVAL -> (a - b) * (a - b);
      case RATIO -> a + b == 0 ? 0 : ((a - b) / (a + b)) * ((a - b) / (a + b));
      case ORDINAL -> {
        // Σ_{g between a and b} n_g − (n_a + n_b)/2, counting values rather than categories.
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        long between = all.stream().filter(v -> v >= lo && v <= hi).count();
        long na = all.stream().filter(v -> v == a).count();
        long nb = all.stream().filter(v -> v == b).count();
        double d = between - (na + nb) / 2.0;
        yield a == b ? 0 : d * d;
      }
    };
  }
}
