package org.phasezero.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A reliability data matrix (Krippendorff 2011, section A): m coders × N units, each cell a
 * category or missing. Cells are stored unit-major as category indices in one {@code int[]} (−1 =
 * missing) so that the statistics run over primitive arrays without boxing. Each category has a
 * numeric value (its number, or its rank when labels are ordered strings) and a label; categories
 * are indexed in ascending value order, so index order is the ordinal order.
 */
public final class ReliabilityData {

  /** The cell value of a missing observation. */
  public static final int MISSING = -1;

  /** Why a statistic refuses data in which no unit can be paired. */
  static final String NO_PAIRABLE_VALUES =
      "no pairable values: no unit has values from two or more coders";

  private final int coders;
  private final int units;
  private final int[] cells;
  private final double[] values;
  private final List<String> labels;
  private final boolean numeric;
  private final boolean ordered;

  private ReliabilityData(int coders, int units, int[] cells, double[] values, List<String> labels,
      boolean numeric, boolean ordered) {
    this.coders = coders;
    this.units = units;
    this.cells = cells;
    this.values = values;
    this.labels = List.copyOf(labels);
    this.numeric = numeric;
    this.ordered = ordered;
  }

  /**
   * Wraps category indices already laid out unit-major ({@code cells[unit * coders + coder]}).
   * The array is used as is, not copied, so large matrices cost no extra memory.
   *
   * @param values numeric value of each category, strictly ascending
   * @param numeric whether the values are measurements (allowing interval and ratio levels)
   */
  public static ReliabilityData ofCodes(int coders, int units, int[] cells, double[] values,
      boolean numeric) {
    if (coders < 1 || units < 0 || (long) coders * units != cells.length) {
      throw new IllegalArgumentException("cells must hold coders × units = " + coders + " × "
          + units + " entries, found " + cells.length);
    }
    for (int i = 1; i < values.length; i++) {
      if (!(values[i - 1] < values[i])) {
        throw new IllegalArgumentException("category values must be strictly ascending");
      }
    }
    for (int cell : cells) {
      if (cell < MISSING || cell >= values.length) {
        throw new IllegalArgumentException("category index out of range: " + cell);
      }
    }
    List<String> labels = new ArrayList<>(values.length);
    for (double v : values) {
      labels.add(formatNumber(v));
    }
    return new ReliabilityData(coders, units, cells, values.clone(), labels, numeric, true);
  }

  /**
   * Numeric observations, {@code matrix[coder][unit]}, with {@code NaN} for missing. The distinct
   * values become the categories (sorted, then found by binary search: no boxing per cell).
   */
  public static ReliabilityData ofNumbers(double[][] matrix) {
    int coders = matrix.length;
    int units = coders == 0 ? 0 : matrix[0].length;
    double[] present = new double[coders * units];
    int count = 0;
    for (double[] row : matrix) {
      if (row.length != units) {
        throw new IllegalArgumentException("every coder must have " + units + " units");
      }
      for (double v : row) {
        if (Double.isInfinite(v)) {
          throw new IllegalArgumentException("values must be finite, found " + v);
        }
        if (!Double.isNaN(v)) {
          present[count++] = v == 0.0 ? 0.0 : v; // one category for 0.0 and -0.0
        }
      }
    }
    double[] values = Arrays.stream(present, 0, count).sorted().distinct().toArray();
    int[] cells = new int[coders * units];
    for (int c = 0; c < coders; c++) {
      for (int u = 0; u < units; u++) {
        double v = matrix[c][u];
        cells[u * coders + c] = Double.isNaN(v) ? MISSING
            : Arrays.binarySearch(values, v == 0.0 ? 0.0 : v);
      }
    }
    return ofCodes(Math.max(coders, 1), units, cells, values, true);
  }

  /**
   * Labelled observations, {@code matrix[coder][unit]}, with {@code null} for missing. Without an
   * order, when every label is a number the data are numeric (labels "1" and "1.0" are one
   * category). Otherwise the categories are the labels in {@code order} when given (ranked, so the
   * ordinal level can use them, but not measurements), or the distinct labels in alphabetical
   * order (unordered: nominal only).
   *
   * @param order the categories in ascending order, or {@code null}
   * @throws IllegalArgumentException when a label is not in {@code order}
   */
  public static ReliabilityData ofLabels(String[][] matrix, List<String> order) {
    int coders = matrix.length;
    int units = coders == 0 ? 0 : matrix[0].length;
    // One hash lookup per cell; each distinct label is then parsed or ranked once, not per cell.
    Map<String, Integer> ids = new HashMap<>();
    List<String> distinct = new ArrayList<>();
    int[] cells = new int[coders * units];
    for (int c = 0; c < coders; c++) {
      if (matrix[c].length != units) {
        throw new IllegalArgumentException("every coder must have " + units + " units");
      }
      for (int u = 0; u < units; u++) {
        String label = matrix[c][u];
        if (label == null) {
          cells[u * coders + c] = MISSING;
          continue;
        }
        Integer id = ids.get(label);
        if (id == null) {
          id = distinct.size();
          ids.put(label, id);
          distinct.add(label);
        }
        cells[u * coders + c] = id;
      }
    }
    if (order == null && distinct.stream().allMatch(ReliabilityData::isNumber)) {
      TreeMap<Double, Integer> byValue = new TreeMap<>();
      for (String label : distinct) {
        byValue.put(number(label), 0);
      }
      double[] values = new double[byValue.size()];
      int next = 0;
      for (Map.Entry<Double, Integer> e : byValue.entrySet()) {
        values[next] = e.getKey();
        e.setValue(next++);
      }
      int[] remap = new int[distinct.size()];
      Arrays.setAll(remap, id -> byValue.get(number(distinct.get(id))));
      renumber(cells, remap);
      return ofCodes(Math.max(coders, 1), units, cells, values, true);
    }
    List<String> categories = order != null ? List.copyOf(order) : distinct.stream().sorted()
        .toList();
    Map<String, Integer> index = new HashMap<>();
    for (String label : categories) {
      if (index.putIfAbsent(label, index.size()) != null) {
        throw new IllegalArgumentException("category listed twice in the order: " + label);
      }
    }
    int[] remap = new int[distinct.size()];
    for (int id = 0; id < remap.length; id++) {
      Integer category = index.get(distinct.get(id));
      if (category == null) {
        throw new IllegalArgumentException("label '" + distinct.get(id)
            + "' is not among the categories " + categories);
      }
      remap[id] = category;
    }
    renumber(cells, remap);
    double[] ranks = new double[categories.size()];
    Arrays.setAll(ranks, i -> i + 1);
    // Ranks are not measurements: interval and ratio need numeric labels without an order.
    return new ReliabilityData(Math.max(coders, 1), units, cells, ranks, categories, false,
        order != null);
  }

  /** The value of a numeric label; 0.0 and -0.0 are one category. */
  private static double number(String label) {
    double v = Double.parseDouble(label.strip());
    return v == 0.0 ? 0.0 : v;
  }

  private static void renumber(int[] cells, int[] remap) {
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] != MISSING) {
        cells[i] = remap[cells[i]];
      }
    }
  }

  /** True for a finite decimal number such as {@code 3}, {@code -0.5} or {@code 1e3}. */
  public static boolean isNumber(String label) {
    try {
      return Double.isFinite(Double.parseDouble(label.strip()))
          && !label.strip().matches("(?i).*[a-z&&[^e]].*");
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String formatNumber(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  public int coders() {
    return coders;
  }

  public int units() {
    return units;
  }

  public int categories() {
    return values.length;
  }

  /** Category index of a cell, or {@link #MISSING}. */
  public int code(int unit, int coder) {
    return cells[unit * coders + coder];
  }

  /**
   * Copies the categories present in a unit into {@code buffer} (at least {@link #coders()} long)
   * and returns how many there are: the one place where the statistics skip missing cells.
   */
  public int presentCodes(int unit, int[] buffer) {
    int base = unit * coders;
    int present = 0;
    for (int c = 0; c < coders; c++) {
      int code = cells[base + c];
      if (code != MISSING) {
        buffer[present++] = code;
      }
    }
    return present;
  }

  /** Numeric value of each category, ascending (a copy). */
  public double[] values() {
    return values.clone();
  }

  /** Label of each category, in index order. */
  public List<String> labels() {
    return labels;
  }

  /** True when the values are measurements, so interval and ratio levels apply. */
  public boolean numeric() {
    return numeric;
  }

  /** True when the category order is meaningful (numbers, or labels in a given order). */
  public boolean ordered() {
    return ordered;
  }

  // Package-private views for the statistics in this package: no copies on the hot path.
  double value(int category) {
    return values[category];
  }

  double[] valuesView() {
    return values;
  }
}
