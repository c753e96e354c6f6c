package org.phasezero.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Small-number suppression for aggregates shown to statutory partners, so that no individual can be
 * singled out. This is the one place where the rule lives; every view a partner has goes through it.
 *
 * <p><b>Primary suppression.</b> A count from 1 up to the threshold − 1 is withheld ({@link
 * Withheld#SMALL}; pages say "fewer than N"). Zero is shown as zero: there is no one to identify.
 *
 * <p><b>Secondary suppression</b> ({@link #row}). When a row of cells is shown with its total (claims
 * by status and all claims; attendees by side and all attendees), withholding one small cell is not
 * enough: the total minus the cells shown gives it back. So, in a row with a withheld cell and a
 * shown total, further non-zero cells are withheld, smallest first ({@link Withheld#PROTECTS_SMALL};
 * pages say "not shown"), until the cells withheld to protect add up to at least {@code m·t + t − 2}
 * for {@code m} such cells and threshold {@code t}. Why that bound: a reader knows each small cell
 * lies in [1, t − 1] and each protecting cell is at least t (it would be small otherwise); moving a
 * small cell anywhere in [1, t − 1] changes the protecting cells' sum by at most t − 2, and the bound
 * keeps that sum large enough for every such move, so no small cell can be narrowed down at all. When
 * the non-zero cells left cannot reach the bound, the total is withheld instead (and the row's cells
 * need no protection from it). Whoever shows the same total elsewhere must show it from the same row.
 *
 * <p>Worked example, t = 5: cells [2, 10, 0, 30], total 42. The 2 is small. The smallest non-zero
 * shown cell is 10; 10 ≥ 1·5 + 3 = 8, so the 10 is withheld to protect it and the row shows
 * [fewer than 5, not shown, 0, 30], total 42: the reader learns only that the two withheld cells add
 * up to 12, which fits every value from 1 to 4 for the small one. With [1, 6] and total 7, the 6 is
 * below 8, so the total is withheld instead: [fewer than 5, 6], total not shown.
 *
 * <p><b>Longer periods</b> ({@link #across}). A period made of shorter ones that a reader can also
 * ask for (a quarter of three months) withholds a cell whenever that cell is withheld in any of its
 * parts, and its total whenever a part's total is; otherwise subtracting the other parts from the
 * longer period would give the withheld cell back. What is then shown of the longer period is the sum
 * of what is shown of its parts, so it tells the reader nothing they could not add up themselves.
 *
 * <p>A threshold of 1 withholds nothing ({@link #NONE}): what coordinators and site leads get.
 */
public record SmallNumbers(int threshold) {

  /** Withholds nothing: exact counts, for the roles that may see them. */
  public static final SmallNumbers NONE = new SmallNumbers(1);

  /** Why a count is not shown. */
  public enum Withheld {
    /** The count is from 1 to the threshold − 1. */
    SMALL,
    /** The count is not small, but showing it would let a small one be worked out. */
    PROTECTS_SMALL
  }

  public SmallNumbers {
    if (threshold < 1) {
      throw new IllegalArgumentException("small-number threshold must be at least 1");
    }
  }

  /** This rule when it applies to the viewer (statutory partners), otherwise {@link #NONE}. */
  public SmallNumbers appliedIf(boolean applies) {
    return applies ? this : NONE;
  }

  /** Whether this rule withholds anything at all. */
  public boolean withholds() {
    return threshold > 1;
  }

  public boolean isSmall(long n) {
    return n > 0 && n < threshold;
  }

  /** The count, or null when it is small (for counts that no other shown figure adds up with). */
  public Integer shown(int n) {
    return isSmall(n) ? null : n;
  }

  /**
   * A row of counts and their total after primary and secondary suppression (see the class comment).
   * The cells must add up to the total (each record in exactly one cell).
   */
  public Row row(List<Long> cells, long total) {
    int k = cells.size();
    Withheld[] withheld = new Withheld[k];
    for (int i = 0; i < k; i++) {
      withheld[i] = isSmall(cells.get(i)) ? Withheld.SMALL : null;
    }
    if (isSmall(total)) {
      return new Row(cells, Arrays.asList(withheld), total, Withheld.SMALL);
    }
    if (Arrays.stream(withheld).noneMatch(w -> w == Withheld.SMALL)) {
      return new Row(cells, Arrays.asList(withheld), total, null);
    }
    List<Integer> candidates = IntStream.range(0, k).filter(i -> withheld[i] == null && cells.get(i) > 0).boxed()
        .sorted(Comparator.comparing(cells::get)).toList();
    long protecting = 0;
    int m = 0;
    for (int i : candidates) {
      if (m > 0 && safe(protecting, m)) {
        break;
      }
      protecting += cells.get(i);
      m++;
    }
    if (m > 0 && safe(protecting, m)) {
      for (int i : candidates.subList(0, m)) {
        withheld[i] = Withheld.PROTECTS_SMALL;
      }
      return new Row(cells, Arrays.asList(withheld), total, null);
    }
    return new Row(cells, Arrays.asList(withheld), total, Withheld.PROTECTS_SMALL);
  }

  private boolean safe(long protecting, int m) {
    return protecting >= (long) m * threshold + threshold - 2;
  }

  /**
   * The row of a period made of shorter periods, from the rows of its parts (each with the same cells
   * in the same order): cells and total are summed; one withheld in any part stays withheld.
   */
  public Row across(List<Row> parts, int cellCount) {
    List<Long> sums = new ArrayList<>();
    List<Withheld> withheld = new ArrayList<>();
    for (int i = 0; i < cellCount; i++) {
      int cell = i;
      long sum = parts.stream().mapToLong(p -> p.exact().get(cell)).sum();
      boolean inPart = parts.stream().anyMatch(p -> p.withheld().get(cell) != null);
      sums.add(sum);
      withheld.add(isSmall(sum) ? Withheld.SMALL : inPart ? Withheld.PROTECTS_SMALL : null);
    }
    long total = parts.stream().mapToLong(Row::exactTotal).sum();
    boolean totalInPart = parts.stream().anyMatch(p -> p.totalWithheld() != null);
    return new Row(sums, withheld, total, isSmall(total) ? Withheld.SMALL : totalInPart ? Withheld.PROTECTS_SMALL : null);
  }

  /**
   * A row after suppression. The exact figures stay inside the application (to sum longer periods);
   * what may be shown is {@link #shown(int)} and {@link #shownTotal()}.
   */
  public record Row(List<Long> exact, List<Withheld> withheld, long exactTotal, Withheld totalWithheld) {

    public Row {
      exact = List.copyOf(exact);
      withheld = java.util.Collections.unmodifiableList(new ArrayList<>(withheld));
    }

    /** The cell's count, or null when it is withheld. */
    public Long shown(int cell) {
      return withheld.get(cell) == null ? exact.get(cell) : null;
    }

    public Long shownTotal() {
      return totalWithheld == null ? exactTotal : null;
    }

    public boolean anyWithheld() {
      return totalWithheld != null || withheld.stream().anyMatch(w -> w != null);
    }
  }

  public <K> Map<K, String> suppress(Map<K, Long> counts) {
    Map<K, String> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(k, isSmall(v) ? null : String.valueOf(v)));
    return out;
  }

  public <K> Map<K, String> show(Map<K, Long> counts) {
    Map<K, String> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(k, String.valueOf(v)));
    return out;
  }
}
