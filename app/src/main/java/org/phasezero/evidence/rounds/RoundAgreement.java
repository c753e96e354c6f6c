package org.phasezero.evidence.rounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.phasezero.analysis.agreement.AlphaBootstrap;
import org.phasezero.analysis.agreement.BootstrapInterval;
import org.phasezero.analysis.agreement.CodedSpan;
import org.phasezero.analysis.agreement.CohenKappa;
import org.phasezero.analysis.agreement.FleissKappa;
import org.phasezero.analysis.agreement.KappaWeights;
import org.phasezero.analysis.agreement.KrippendorffAlpha;
import org.phasezero.analysis.agreement.MeasurementLevel;
import org.phasezero.analysis.agreement.PercentAgreement;
import org.phasezero.analysis.agreement.ReliabilityData;
import org.phasezero.analysis.agreement.UnitisedAlpha;

/**
 * A round's agreement, per code and overall, computed by the analysis library on its
 * {@link ReliabilityUnits} (segment units, binary values, nominal level) and, for unitised alpha,
 * on the coded character spans themselves.
 *
 * <p>Conventions, stated on the round's page as well:
 * <ul>
 *   <li>percent agreement is the mean share of agreeing coder pairs per row seen by two or more
 *       coders; Krippendorff's alpha (nominal) uses every pairable row, missing cells left out,
 *       with a 95% percentile bootstrap interval over rows (1,000 resamples, the round's seed);</li>
 *   <li>Cohen's kappa only with exactly two coders, on rows both saw; Fleiss' kappa on rows every
 *       coder saw;</li>
 *   <li>unitised alpha on the sources every coder finished, laid end to end as one continuum;
 *       a coder's overlapping or touching spans of one code count as one stretch, and picture
 *       regions, which have no characters, are left out.</li>
 * </ul>
 * Codes are computed in parallel; each is independent and the bootstrap is seeded, so the result
 * does not depend on the order.
 */
public final class RoundAgreement {

  /** Bootstrap resamples for alpha's interval. */
  public static final int REPLICATES = 1000;
  private static final double CONFIDENCE = 0.95;

  private RoundAgreement() {}

  /**
   * @param codeNames names of the codes, by id
   * @param sourceLengths characters of each source every coder finished, in continuum order
   * @param codings the round's live codings, for unitised alpha
   */
  public static List<Agreement> compute(ReliabilityUnits data, Map<Long, String> codeNames,
      LinkedHashMap<Long, Integer> sourceLengths, List<RoundCoding> codings, long seed) {
    List<Long> codes = data.codeIds();
    UnitisedAlpha.Result unitised = unitised(data, sourceLengths, codings);
    // Index −1 is the overall figure; it runs beside the codes, being the longest.
    List<Agreement> rows = new ArrayList<>(IntStream.range(-1, codes.size()).parallel()
        .mapToObj(c -> c < 0
            ? figures(data.overall(), null, null, seed, unitised == null ? null : unitised.alpha())
            : figures(data.ofCode(c), codes.get(c), codeNames.get(codes.get(c)), seed + codes.get(c),
                unitised == null ? null : unitised.categories().get(c).alpha()))
        .toList());
    Agreement overall = rows.remove(0);
    rows.sort(Comparator.comparing(Agreement::codeName, String.CASE_INSENSITIVE_ORDER));
    rows.add(0, overall);
    return rows;
  }

  private static Agreement figures(ReliabilityData d, Long codeId, String name, long seed, Double unitisedAlpha) {
    int coders = d.coders();
    Double percent = null;
    Double alpha = null;
    Double low = null;
    Double high = null;
    int pairable = 0;
    try {
      PercentAgreement.Result p = PercentAgreement.of(d);
      percent = p.agreement();
      pairable = p.pairableUnits();
      alpha = defined(KrippendorffAlpha.estimate(d, MeasurementLevel.NOMINAL).alpha());
      if (alpha != null) {
        BootstrapInterval ci = AlphaBootstrap.interval(d, MeasurementLevel.NOMINAL, REPLICATES, seed, CONFIDENCE);
        low = defined(ci.low());
        high = defined(ci.high());
      }
    } catch (IllegalArgumentException noPairableUnit) {
      // Nobody else saw what one coder saw: nothing to compare, every figure stays undefined.
    }
    int[][] complete = completeRows(d);
    Double fleiss = complete.length == 0 ? null : defined(FleissKappa.ofRatings(complete, 2).kappa());
    Double cohen = null;
    if (coders == 2 && complete.length > 0) {
      int[] a = new int[complete.length];
      int[] b = new int[complete.length];
      for (int i = 0; i < complete.length; i++) {
        a[i] = complete[i][0];
        b[i] = complete[i][1];
      }
      cohen = defined(CohenKappa.ofPairs(a, b, 2, KappaWeights.UNWEIGHTED).kappa());
    }
    return new Agreement(codeId, name, d.units(), coders, pairable, percent, cohen, fleiss, complete.length, alpha,
        low, high, unitisedAlpha == null ? null : defined(unitisedAlpha));
  }

  /** The rows every coder saw, as Fleiss' ratings[row][coder]. */
  private static int[][] completeRows(ReliabilityData d) {
    List<int[]> rows = new ArrayList<>();
    for (int u = 0; u < d.units(); u++) {
      int[] row = new int[d.coders()];
      boolean complete = true;
      for (int k = 0; k < d.coders() && complete; k++) {
        row[k] = d.code(u, k);
        complete = row[k] != ReliabilityData.MISSING;
      }
      if (complete) {
        rows.add(row);
      }
    }
    return rows.toArray(new int[0][]);
  }

  /** Unitised alpha over the sources every coder finished, or null when there is none. */
  private static UnitisedAlpha.Result unitised(ReliabilityUnits data, LinkedHashMap<Long, Integer> sourceLengths,
      List<RoundCoding> codings) {
    long length = sourceLengths.values().stream().mapToLong(Integer::longValue).sum();
    if (length == 0 || data.coders().size() < 2) {
      return null;
    }
    Map<Long, Long> offset = new HashMap<>();
    long at = 0;
    for (var e : sourceLengths.entrySet()) {
      offset.put(e.getKey(), at);
      at += e.getValue();
    }
    Map<String, Integer> coderAt = new HashMap<>();
    for (int i = 0; i < data.coders().size(); i++) {
      coderAt.put(data.coders().get(i), i);
    }
    Map<Long, Integer> codeAt = new HashMap<>();
    for (int i = 0; i < data.codeIds().size(); i++) {
      codeAt.put(data.codeIds().get(i), i);
    }
    // Each coder's spans of a code in a source, merged where they overlap or touch.
    Map<List<Long>, List<long[]>> stretches = new LinkedHashMap<>();
    codings.stream().filter(g -> !g.region() && offset.containsKey(g.sourceId())
            && coderAt.containsKey(g.coder()) && codeAt.containsKey(g.codeId()))
        .sorted(Comparator.comparingLong(RoundCoding::start))
        .forEach(g -> {
          long base = offset.get(g.sourceId());
          long end = Math.min(g.end(), sourceLengths.get(g.sourceId()));
          if (end <= g.start()) {
            return;
          }
          List<long[]> list = stretches.computeIfAbsent(
              List.of((long) coderAt.get(g.coder()), (long) codeAt.get(g.codeId()), g.sourceId()), x -> new ArrayList<>());
          long[] last = list.isEmpty() ? null : list.get(list.size() - 1);
          if (last != null && base + g.start() <= last[1]) {
            last[1] = Math.max(last[1], base + end);
          } else {
            list.add(new long[] {base + g.start(), base + end});
          }
        });
    List<CodedSpan> spans = new ArrayList<>();
    stretches.forEach((key, list) -> list.forEach(s ->
        spans.add(new CodedSpan(key.get(0).intValue(), s[0], s[1], key.get(1).intValue()))));
    return UnitisedAlpha.estimate(spans, data.coders().size(), data.codeIds().size(), 0, length);
  }

  private static Double defined(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
  }
}
