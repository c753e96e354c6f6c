package org.phasezero.analysis.value;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Seeded Monte Carlo simulation of an SROI: every assumption of every outcome drawn at random
 * around its model value, giving a distribution of present value and ratio.
 *
 * <p><b>Distributions</b> (independent across assumptions and outcomes), with the ends from
 * {@link AssumptionRanges}: quantity, financial proxy, deadweight, displacement, attribution and
 * drop-off are each triangular with mode at the model value, minimum {@code ranges.low} and
 * maximum {@code ranges.high} (so shares stay in [0, 1]; a value at a bound gives a one-sided
 * triangle); duration is a whole number drawn uniformly from low…high. Triangular draws use the
 * inverse distribution function (Johnson, Kotz &amp; Balakrishnan, <i>Continuous Univariate
 * Distributions</i>, 2nd ed., vol. 2). The inputs and the discount schedule are held fixed.
 *
 * <p><b>Reproducibility.</b> Simulations run in blocks of {@value #BLOCK}; block k draws from its
 * own {@link SplittableRandom} seeded by the k-th {@code nextLong()} of a generator seeded with
 * {@code seed}. Blocks may run in parallel, yet the same seed and model always give the same
 * numbers, on any number of cores.
 *
 * <p><b>Complexity.</b> O(N × Σ duration) time; O(N) memory for the two sorted samples.
 */
public final class MonteCarloSroi {

  static final int BLOCK = 4096;

  private MonteCarloSroi() {}

  /** N draws with the default ranges. */
  public static MonteCarloResult run(ImpactMap map, int simulations, long seed) {
    return run(map, simulations, seed, AssumptionRanges.DEFAULT);
  }

  /** N draws with the given ranges. */
  public static MonteCarloResult run(ImpactMap map, int simulations, long seed,
      AssumptionRanges ranges) {
    double[] pv = presentValues(map, simulations, seed, ranges);
    double[] ratio = new double[simulations];
    int atLeastOne = 0;
    for (int i = 0; i < simulations; i++) {
      ratio[i] = pv[i] / map.inputs();
      if (ratio[i] >= 1) {
        atLeastOne++;
      }
    }
    return new MonteCarloResult(simulations, seed, DistributionSummary.of(ratio),
        DistributionSummary.of(pv), (double) atLeastOne / simulations);
  }

  /**
   * The simulated ratios themselves, in draw order: the same draws as {@link #run} with the same
   * model, seed and ranges, for a chart of their distribution (see {@link Histogram}).
   */
  public static double[] ratios(ImpactMap map, int simulations, long seed,
      AssumptionRanges ranges) {
    double[] pv = presentValues(map, simulations, seed, ranges);
    for (int i = 0; i < simulations; i++) {
      pv[i] /= map.inputs();
    }
    return pv;
  }

  private static double[] presentValues(ImpactMap map, int simulations, long seed,
      AssumptionRanges ranges) {
    if (simulations < 1) {
      throw new IllegalArgumentException("simulations: must be at least 1, found " + simulations);
    }
    OutcomeDraw[] outcomes = map.stakeholders().stream().flatMap(s -> s.outcomes().stream())
        .map(o -> new OutcomeDraw(o, ranges)).toArray(OutcomeDraw[]::new);
    int maxYears = map.longestDuration() + ranges.durationYears();
    double[] weights = map.discount().weights(maxYears, map.discountYearOne());
    double[] pv = new double[simulations];
    int blocks = (simulations + BLOCK - 1) / BLOCK;
    long[] blockSeeds = new long[blocks];
    SplittableRandom root = new SplittableRandom(seed);
    for (int b = 0; b < blocks; b++) {
      blockSeeds[b] = root.nextLong();
    }
    IntStream.range(0, blocks).parallel().forEach(b -> {
      SplittableRandom random = new SplittableRandom(blockSeeds[b]);
      int end = Math.min(simulations, (b + 1) * BLOCK);
      for (int i = b * BLOCK; i < end; i++) {
        pv[i] = draw(outcomes, weights, random);
      }
    });
    return pv;
  }

  /** One simulated present value. */
  private static double draw(OutcomeDraw[] outcomes, double[] weights, SplittableRandom random) {
    double total = 0;
    for (OutcomeDraw o : outcomes) {
      double quantity = o.quantity.sample(random.nextDouble());
      double proxy = o.proxy.sample(random.nextDouble());
      double deadweight = o.deadweight.sample(random.nextDouble());
      double displacement = o.displacement.sample(random.nextDouble());
      double attribution = o.attribution.sample(random.nextDouble());
      double dropOff = o.dropOff.sample(random.nextDouble());
      int duration = o.lowYears + random.nextInt(o.highYears - o.lowYears + 1);
      double firstYear = quantity * proxy * (1 - deadweight) * (1 - displacement)
          * (1 - attribution);
      total += Outcome.presentValue(firstYear, duration, dropOff, weights);
    }
    return total;
  }

  /** One outcome's distributions, with the ranges worked out once rather than per draw. */
  private static final class OutcomeDraw {
    final Triangle quantity;
    final Triangle proxy;
    final Triangle deadweight;
    final Triangle displacement;
    final Triangle attribution;
    final Triangle dropOff;
    final int lowYears;
    final int highYears;

    OutcomeDraw(Outcome o, AssumptionRanges r) {
      quantity = Triangle.around(r, Assumption.QUANTITY, o);
      proxy = Triangle.around(r, Assumption.FINANCIAL_PROXY, o);
      deadweight = Triangle.around(r, Assumption.DEADWEIGHT, o);
      displacement = Triangle.around(r, Assumption.DISPLACEMENT, o);
      attribution = Triangle.around(r, Assumption.ATTRIBUTION, o);
      dropOff = Triangle.around(r, Assumption.DROP_OFF, o);
      lowYears = (int) r.low(Assumption.DURATION, o.duration());
      highYears = (int) r.high(Assumption.DURATION, o.duration());
    }
  }

  /** Triangular(min a, mode c, max b) with its inverse-CDF constants precomputed. */
  private record Triangle(double a, double c, double b, double split, double left,
      double right) {

    static Triangle around(AssumptionRanges r, Assumption assumption, Outcome o) {
      double mode = assumption.of(o);
      double a = r.low(assumption, mode);
      double b = r.high(assumption, mode);
      double width = b - a;
      return new Triangle(a, mode, b, width <= 0 ? 1 : (mode - a) / width, width * (mode - a),
          width * (b - mode));
    }

    double sample(double u) {
      if (b <= a) {
        return c;
      }
      return u < split ? a + Math.sqrt(u * left) : b - Math.sqrt((1 - u) * right);
    }
  }

  /** Inverse CDF of the triangular distribution (min a, mode c, max b) at u in [0, 1). */
  static double triangular(double a, double c, double b, double u) {
    double width = b - a;
    if (width <= 0) {
      return c;
    }
    double split = (c - a) / width;
    if (u < split) {
      return a + Math.sqrt(u * width * (c - a));
    }
    return b - Math.sqrt((1 - u) * width * (b - c));
  }
}
