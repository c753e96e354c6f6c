package org.phasezero.bench.value;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.phasezero.analysis.wellbeing.GroupChange;
import org.phasezero.analysis.wellbeing.SwemwbsMetricConversion;

/**
 * Group mean change, SD, t-based 95% CI and improved / no change / worsened counts over n
 * SWEMWBS metric-score changes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GroupChangeBenchmark {

  @Param({"100000", "1000000"})
  int people;

  double[] changes;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    changes = new double[people];
    for (int i = 0; i < people; i++) {
      int pre = 7 + random.nextInt(29);
      int post = 7 + random.nextInt(29);
      changes[i] = SwemwbsMetricConversion.metric(post) - SwemwbsMetricConversion.metric(pre);
    }
  }

  @Benchmark
  public GroupChange groupChange() {
    return GroupChange.of(changes, 1.0);
  }
}
