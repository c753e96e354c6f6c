package org.phasezero.bench.agreement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.phasezero.analysis.agreement.KrippendorffAlpha;
import org.phasezero.analysis.agreement.MeasurementLevel;
import org.phasezero.analysis.agreement.ReliabilityData;

/**
 * Krippendorff's alpha on a units × 5 coders matrix with 10% missing values, read from the file
 * that {@code bench/python/krippendorff_alpha.py generate} wrote, so that PhaseZero and the numpy
 * implementation measure the same data. The file is raw signed bytes, unit-major, values 1–7 and
 * −1 for missing. Sample-time mode, so that the runner can report the median per call, the same
 * statistic as the numpy side and robust to the bursts of other work on a shared machine. Run
 * through {@code bench/run-agreement.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class KrippendorffAlphaBenchmark {

  static final int CODERS = 5;

  /** Values 1..7 of a seven-point scale, as categories 0..6. */
  static final double[] SCALE = {1, 2, 3, 4, 5, 6, 7};

  @Param({"100000", "1000000"})
  int units;

  @Param({""})
  String dataDir;

  ReliabilityData data;

  @Setup
  public void load() throws IOException {
    data = read(Path.of(dataDir.isEmpty() ? "target/agreement-bench" : dataDir), units);
  }

  @Benchmark
  public double nominal() {
    return KrippendorffAlpha.estimate(data, MeasurementLevel.NOMINAL).alpha();
  }

  @Benchmark
  public double interval() {
    return KrippendorffAlpha.estimate(data, MeasurementLevel.INTERVAL).alpha();
  }

  static ReliabilityData read(Path dir, int units) throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve("alpha-" + units + "x" + CODERS + ".bin"));
    if (bytes.length != units * CODERS) {
      throw new IllegalStateException("expected " + units * CODERS + " bytes, found "
          + bytes.length);
    }
    int[] cells = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      cells[i] = bytes[i] < 0 ? ReliabilityData.MISSING : bytes[i] - 1;
    }
    return ReliabilityData.ofCodes(CODERS, units, cells, SCALE, true);
  }

  /** Prints alpha at both levels with full precision, for the runner's agreement check. */
  public static void main(String[] args) throws IOException {
    ReliabilityData data = read(Path.of(args[0]), Integer.parseInt(args[1]));
    for (MeasurementLevel level : new MeasurementLevel[] {MeasurementLevel.NOMINAL,
        MeasurementLevel.INTERVAL}) {
      long start = System.nanoTime();
      double alpha = KrippendorffAlpha.estimate(data, level).alpha();
      double ms = (System.nanoTime() - start) / 1e6;
      System.out.printf(Locale.ROOT, "%s %.17g %.1f%n", level.label(), alpha, ms);
    }
  }
}
