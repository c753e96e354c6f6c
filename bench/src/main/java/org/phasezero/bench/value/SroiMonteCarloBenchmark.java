package org.phasezero.bench.value;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.phasezero.analysis.value.ImpactMap;
import org.phasezero.analysis.value.MonteCarloResult;
import org.phasezero.analysis.value.MonteCarloSroi;

/** Seeded Monte Carlo of a 20-outcome SROI model: draws, present values, sort, percentiles. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SroiMonteCarloBenchmark {

  @Param({"10000", "100000"})
  int simulations;

  ImpactMap map;

  @Setup
  public void setUp() {
    map = BenchModels.twentyOutcomes();
  }

  @Benchmark
  public MonteCarloResult monteCarlo() {
    return MonteCarloSroi.run(map, simulations, 20240601L);
  }

  /** Prints PhaseZero's summary of 100,000 draws, to set beside numpy's in the runner. */
  public static void main(String[] args) {
    var r = MonteCarloSroi.run(BenchModels.twentyOutcomes(), 100_000, 20240601L).ratio();
    System.out.printf(java.util.Locale.ROOT,
        "PhaseZero ratio (100,000 draws): mean %.4f p5 %.4f p50 %.4f p95 %.4f%n",
        r.mean(), r.p5(), r.p50(), r.p95());
  }
}
