package org.phasezero.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Krippendorff's unitised alpha (uα) for coders who mark categorised spans of a continuum.
 *
 * <p>Variant: the uα of Krippendorff, K. (1995) "On the reliability of unitizing continuous data",
 * Sociological Methodology 25:47–76, in the multi-category form of Krippendorff, K. (2004)
 * "Measuring the reliability of qualitative text analysis data", Quality &amp; Quantity 38:787–800,
 * and Content Analysis, 2nd ed. (2004). For each category c, every coder's continuum
 * [B, B + L) is cut into sections: the coder's spans of c ("segments", valued) and the gaps between
 * them (not coded for c; a span of another category is a gap for c). Between two coders' sections
 * g and h the squared difference is (b<sub>g</sub> − b<sub>h</sub>)² + (e<sub>g</sub> − e<sub>h</sub>)²
 * when both are segments and overlap; l<sub>g</sub>² when segment g lies inside gap h (and
 * l<sub>h</sub>² the other way round); 0 otherwise. Then
 *
 * <pre>
 *   D_o(c) = Σ_i Σ_j≠i Σ_g Σ_h δ²(g, h) / (m (m − 1) L²)
 *   D_e(c) = (2/L) Σ_segments g [ (N_c − 1)(2l³ − 3l² + l)/3 + l² Σ_gaps h, l_h ≥ l (l_h − l + 1) ]
 *            / [ mL(mL − 1) − Σ_segments l(l − 1) ]
 * </pre>
 *
 * with m coders, N<sub>c</sub> the number of segments of c over all coders and l the lengths. The
 * per-category coefficient is α(c) = 1 − D<sub>o</sub>(c)/D<sub>e</sub>(c) and the overall uα = 1 −
 * Σ<sub>c</sub>D<sub>o</sub>(c) / Σ<sub>c</sub>D<sub>e</sub>(c).
 *
 * <p>Conventions: positions are integers (characters); spans are half-open [start, end); every one
 * of the m coders counts, including a coder who marked nothing (whose continuum is one gap); one
 * coder's spans of one category must not overlap (they may overlap spans of other categories).
 * A category nobody used has D<sub>e</sub> = 0 and an undefined (NaN) α(c), and adds nothing to
 * the overall sums. Complexity: O(S log S + m² S) time and O(S) memory for S spans.
 */
public final class UnitisedAlpha {

  private UnitisedAlpha() {}

  /** α(c) with its disagreements and number of segments. */
  public record CategoryResult(int category, int segments, double alpha,
      double observedDisagreement, double expectedDisagreement) {}

  /** The overall uα and the per-category results, in category index order. */
  public record Result(double alpha, double observedDisagreement, double expectedDisagreement,
      int coders, long begin, long length, List<CategoryResult> categories) {}

  /**
   * @param spans the coded spans; coders are 0..coders−1, categories 0..categories−1
   * @param begin first position of the continuum
   * @param length length L of the continuum
   */
  public static Result estimate(List<CodedSpan> spans, int coders, int categories, long begin,
      long length) {
    if (coders < 2) {
      throw new IllegalArgumentException("unitised alpha needs at least two coders, found "
          + coders);
    }
    if (length < 1) {
      throw new IllegalArgumentException("the continuum length must be positive, found " + length);
    }
    List<List<List<CodedSpan>>> byCategory = group(spans, coders, categories, begin, length);
    List<CategoryResult> results = new ArrayList<>(categories);
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < categories; c++) {
      CategoryResult r = category(c, byCategory.get(c), begin, length);
      results.add(r);
      observed += r.observedDisagreement();
      expected += r.expectedDisagreement();
    }
    double alpha = expected == 0 ? Double.NaN : 1 - observed / expected;
    return new Result(alpha, observed, expected, coders, begin, length, List.copyOf(results));
  }

  /** Spans by category, then by coder, sorted by start; checks bounds and overlaps. */
  private static List<List<List<CodedSpan>>> group(List<CodedSpan> spans, int coders,
      int categories, long begin, long length) {
    List<List<List<CodedSpan>>> groups = new ArrayList<>(categories);
    for (int c = 0; c < categories; c++) {
      List<List<CodedSpan>> byCoder = new ArrayList<>(coders);
      for (int i = 0; i < coders; i++) {
        byCoder.add(new ArrayList<>());
      }
      groups.add(byCoder);
    }
    for (CodedSpan s : spans) {
      if (s.coder() < 0 || s.coder() >= coders || s.category() < 0 || s.category() >= categories) {
        throw new IllegalArgumentException("span with unknown coder or category: " + s);
      }
      if (s.start() < begin || s.end() > begin + length) {
        throw new IllegalArgumentException("span [" + s.start() + ", " + s.end()
            + ") lies outside the continuum [" + begin + ", " + (begin + length) + ")");
      }
      groups.get(s.category()).get(s.coder()).add(s);
    }
    for (List<List<CodedSpan>> byCoder : groups) {
      for (List<CodedSpan> list : byCoder) {
        list.sort(Comparator.comparingLong(CodedSpan::start));
        for (int k = 1; k < list.size(); k++) {
          if (list.get(k).start() < list.get(k - 1).end()) {
            throw new IllegalArgumentException("coder " + list.get(k).coder()
                + " has overlapping spans of one category: " + list.get(k - 1) + " and "
                + list.get(k));
          }
        }
      }
    }
    return groups;
  }

  private static CategoryResult category(int c, List<List<CodedSpan>> byCoder, long begin,
      long length) {
    int m = byCoder.size();
    double l = length;
    List<UnitisingSections> sections = new ArrayList<>(m);
    for (List<CodedSpan> coderSpans : byCoder) {
      sections.add(UnitisingSections.of(coderSpans, begin, length));
    }
    double pairSum = 0;
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        pairSum += observedPairSum(sections.get(i), sections.get(j));
      }
    }
    // δ² is symmetric, so the sum over ordered pairs i ≠ j is twice the sum over i < j.
    double observed = 2 * pairSum / ((double) m * (m - 1) * l * l);

    int segments = 0;
    double segmentSquares = 0;
    List<Long> gapList = new ArrayList<>();
    for (UnitisingSections s : sections) {
      for (int k = 0; k < s.size; k++) {
        if (s.valued[k]) {
          segments++;
          segmentSquares += (double) s.length[k] * (s.length[k] - 1);
        } else {
          gapList.add(s.length[k]);
        }
      }
    }
    long[] gaps = gapList.stream().mapToLong(Long::longValue).sorted().toArray();
    // suffix[k] = Σ gaps[k..]; the gaps at least l long are a suffix of the sorted array.
    double[] suffix = new double[gaps.length + 1];
    for (int k = gaps.length - 1; k >= 0; k--) {
      suffix[k] = suffix[k + 1] + gaps[k];
    }
    double numerator = 0;
    for (UnitisingSections s : sections) {
      for (int k = 0; k < s.size; k++) {
        if (!s.valued[k]) {
          continue;
        }
        double len = s.length[k];
        int first = firstAtLeast(gaps, s.length[k]);
        double fitting = suffix[first] - (gaps.length - first) * (len - 1);
        numerator += (segments - 1) * (2 * len * len * len - 3 * len * len + len) / 3
            + len * len * fitting;
      }
    }
    double ml = (double) m * l;
    double expected = segments == 0 ? 0
        : (2 / l) * numerator / (ml * (ml - 1) - segmentSquares);
    double alpha = expected == 0 ? Double.NaN : 1 - observed / expected;
    return new CategoryResult(c, segments, alpha, observed, expected);
  }

  /** Σ δ² over the overlapping sections of two coders, by a merge of their section lists. */
  private static double observedPairSum(UnitisingSections a, UnitisingSections b) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.size && j < b.size) {
      sum += squaredDifference(a, i, b, j);
      long endA = a.start[i] + a.length[i];
      long endB = b.start[j] + b.length[j];
      if (endA <= endB) {
        i++;
      }
      if (endB <= endA) {
        j++;
      }
    }
    return sum;
  }

  /** δ² of two overlapping sections (Krippendorff 2004). */
  static double squaredDifference(UnitisingSections a, int i, UnitisingSections b,
      int j) {
    double startA = a.start[i];
    double endA = startA + a.length[i];
    double startB = b.start[j];
    double endB = startB + b.length[j];
    if (a.valued[i] && b.valued[j]) {
      boolean overlap = startA < endB && startB < endA;
      return overlap ? (startA - startB) * (startA - startB) + (endA - endB) * (endA - endB) : 0;
    }
    if (a.valued[i] && !b.valued[j] && startB <= startA && endA <= endB) {
      return (endA - startA) * (endA - startA);
    }
    if (!a.valued[i] && b.valued[j] && startA <= startB && endB <= endA) {
      return (endB - startB) * (endB - startB);
    }
    return 0;
  }

  private static int firstAtLeast(long[] sorted, long value) {
    int index = Arrays.binarySearch(sorted, value);
    if (index < 0) {
      return -index - 1;
    }
    while (index > 0 && sorted[index - 1] == value) {
      index--;
    }
    return index;
  }
}
