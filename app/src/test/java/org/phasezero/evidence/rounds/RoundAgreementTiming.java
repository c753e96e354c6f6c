package org.phasezero.evidence.rounds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The agreement of a large blind round, timed: {@code sources} sources of {@code turns} turns,
 * {@code coders} coders and {@code codes} codes; each coder applies each code to about one turn in
 * ten, agreeing with a reference coder four times in five, and every coder finishes every source but
 * one (so missing cells are there too). Times building the reliability data and computing every
 * figure (percent, Fleiss, alpha with 1,000 bootstrap resamples per code and overall, unitised
 * alpha), five warm-up and ten timed runs. Run by {@code bench/run-round-agreement.sh}.
 */
public final class RoundAgreementTiming {

  public static void main(String[] args) {
    int sources = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int coders = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int codes = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int turns = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    SplittableRandom random = new SplittableRandom(2026);
    List<RoundUnit> units = new ArrayList<>();
    LinkedHashMap<Long, Integer> lengths = new LinkedHashMap<>();
    for (long s = 1; s <= sources; s++) {
      int at = 0;
      for (int t = 0; t < turns; t++) {
        int length = 80 + random.nextInt(400);
        units.add(new RoundUnit(s * 1000 + t, s, t, at, at + length));
        at += length;
      }
      lengths.put(s, at);
    }
    List<String> names = new ArrayList<>();
    for (int k = 0; k < coders; k++) {
      names.add("coder" + k);
    }
    List<Long> codeIds = new ArrayList<>();
    Map<Long, String> codeNames = new HashMap<>();
    for (long c = 1; c <= codes; c++) {
      codeIds.add(c);
      codeNames.put(c, "Code " + c);
    }
    List<RoundCoding> codings = new ArrayList<>();
    long id = 0;
    for (RoundUnit u : units) {
      for (long c : codeIds) {
        boolean reference = random.nextInt(10) == 0;
        for (String coder : names) {
          boolean applies = random.nextInt(5) == 0 ? !reference : reference;
          if (applies) {
            int from = u.start() + random.nextInt(Math.max(1, (u.end() - u.start()) / 2));
            codings.add(new RoundCoding(++id, coder, c, u.sourceId(), from, Math.min(u.end(), from + 40
                + random.nextInt(120)), false));
          }
        }
      }
    }
    Map<String, Set<Long>> finished = new HashMap<>();
    for (int k = 0; k < coders; k++) {
      Set<Long> done = new HashSet<>(lengths.keySet());
      done.remove((long) (1 + k % sources)); // each coder left one source unfinished
      finished.put(names.get(k), done);
    }
    LinkedHashMap<Long, Integer> everyone = new LinkedHashMap<>();
    lengths.forEach((s, l) -> {
      if (finished.values().stream().allMatch(f -> f.contains(s))) {
        everyone.put(s, l);
      }
    });
    System.out.printf("round: %d sources × %d turns = %d units, %d coders, %d codes, %d codings, %d (unit, code) rows%n",
        sources, turns, units.size(), coders, codes, codings.size(), units.size() * codes);
    double[] times = new double[10];
    List<Agreement> last = null;
    for (int run = -5; run < times.length; run++) {
      long t0 = System.nanoTime();
      ReliabilityUnits data = ReliabilityUnits.of(names, codeIds, units, finished, codings);
      last = RoundAgreement.compute(data, codeNames, everyone, codings, 7);
      double ms = (System.nanoTime() - t0) / 1e6;
      if (run >= 0) {
        times[run] = ms;
      }
    }
    Arrays.sort(times);
    Agreement o = last.get(0);
    System.out.printf("overall: percent %.4f, Fleiss %.4f, alpha %.4f (%.4f to %.4f), unitised alpha %.4f%n",
        o.percent(), o.fleissKappa(), o.alpha(), o.alphaLow(), o.alphaHigh(), o.unitisedAlpha());
    System.out.printf("all agreement figures, %d runs: median %.0f ms, slowest %.0f ms (goal under 2,000 ms)%n",
        times.length, (times[4] + times[5]) / 2, times[times.length - 1]);
  }
}
