package org.phasezero.evidence.rounds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phasezero.analysis.agreement.ReliabilityData;

/**
 * A round's reliability data: for every unit, code and coder, 1 when the coder applied the code to
 * the unit (any of their codings with that code overlaps it), 0 when they finished the unit's
 * source without applying it, and missing when they did not finish that source (they may not have
 * seen it). Rows are (unit, code) pairs, unit-major, as in the CSV a user can check in R or ReCal.
 *
 * <p>Building costs O(U × C × K + G log U) for U units, C codes, K coders and G codings.
 */
public final class ReliabilityUnits {

  private static final double[] BINARY = {0, 1};

  private final List<String> coders;
  private final List<Long> codeIds;
  private final List<RoundUnit> units;
  private final int[] cells;

  private ReliabilityUnits(List<String> coders, List<Long> codeIds, List<RoundUnit> units, int[] cells) {
    this.coders = coders;
    this.codeIds = codeIds;
    this.units = units;
    this.cells = cells;
  }

  /**
   * @param units the round's units, grouped by source and in text order within a source
   * @param finished the sources each coder finished
   * @param codings the round's live codings; those of other codes or coders are ignored
   */
  public static ReliabilityUnits of(List<String> coders, List<Long> codeIds, List<RoundUnit> units,
      Map<String, Set<Long>> finished, List<RoundCoding> codings) {
    int k = coders.size();
    int c = codeIds.size();
    Map<String, Integer> coderAt = indexOf(coders);
    Map<Long, Integer> codeAt = indexOf(codeIds);
    Map<Long, List<Integer>> bySource = new HashMap<>();
    for (int u = 0; u < units.size(); u++) {
      bySource.computeIfAbsent(units.get(u).sourceId(), s -> new ArrayList<>()).add(u);
    }
    boolean[] applied = new boolean[units.size() * c * k];
    for (RoundCoding g : codings) {
      Integer coder = coderAt.get(g.coder());
      Integer code = codeAt.get(g.codeId());
      List<Integer> inSource = bySource.get(g.sourceId());
      if (coder == null || code == null || inSource == null) {
        continue;
      }
      for (int i = firstEndingAfter(units, inSource, g.start()); i < inSource.size(); i++) {
        RoundUnit unit = units.get(inSource.get(i));
        if (unit.start() >= g.end()) {
          break;
        }
        if (unit.overlaps(g.start(), g.end())) {
          applied[(inSource.get(i) * c + code) * k + coder] = true;
        }
      }
    }
    int[] cells = new int[applied.length];
    for (int u = 0; u < units.size(); u++) {
      long source = units.get(u).sourceId();
      for (int coder = 0; coder < k; coder++) {
        boolean seen = finished.getOrDefault(coders.get(coder), Set.of()).contains(source);
        for (int code = 0; code < c; code++) {
          int at = (u * c + code) * k + coder;
          cells[at] = !seen ? ReliabilityData.MISSING : applied[at] ? 1 : 0;
        }
      }
    }
    return new ReliabilityUnits(List.copyOf(coders), List.copyOf(codeIds), List.copyOf(units), cells);
  }

  /** Units of a source are in text order, so the first that ends after {@code start} is found by halving. */
  private static int firstEndingAfter(List<RoundUnit> units, List<Integer> inSource, int start) {
    int low = 0;
    int high = inSource.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (units.get(inSource.get(mid)).end() <= start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static <T> Map<T, Integer> indexOf(List<T> list) {
    Map<T, Integer> at = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      at.put(list.get(i), i);
    }
    return at;
  }

  public List<String> coders() {
    return coders;
  }

  public List<Long> codeIds() {
    return codeIds;
  }

  public List<RoundUnit> units() {
    return units;
  }

  /** 1, 0 or {@link ReliabilityData#MISSING}. */
  public int cell(int unit, int code, int coder) {
    return cells[(unit * codeIds.size() + code) * coders.size() + coder];
  }

  /** Every (unit, code) row: the overall reliability data. */
  public ReliabilityData overall() {
    return ReliabilityData.ofCodes(coders.size(), units.size() * codeIds.size(), cells, BINARY, false);
  }

  /** The rows of one code (by its index in {@link #codeIds()}). */
  public ReliabilityData ofCode(int code) {
    int k = coders.size();
    int[] rows = new int[units.size() * k];
    for (int u = 0; u < units.size(); u++) {
      System.arraycopy(cells, (u * codeIds.size() + code) * k, rows, u * k, k);
    }
    return ReliabilityData.ofCodes(k, units.size(), rows, BINARY, false);
  }
}
