package org.phasezero.analysis.agreement;

/**
 * Cohen's kappa for two coders, unweighted or with linear or quadratic weights.
 *
 * <p>Definition: from the K×K table of proportions p<sub>ij</sub> (coder A chose i, coder B chose
 * j) and its margins, with disagreement weights v<sub>ij</sub> from {@link KappaWeights},
 * p<sub>o</sub> = 1 − Σ v<sub>ij</sub> p<sub>ij</sub>, p<sub>e</sub> = 1 − Σ v<sub>ij</sub>
 * p<sub>i·</sub> p<sub>·j</sub> and κ = (p<sub>o</sub> − p<sub>e</sub>)/(1 − p<sub>e</sub>). Unweighted,
 * p<sub>o</sub> is the share of agreements and p<sub>e</sub> = Σ p<sub>i·</sub>p<sub>·i</sub>. Sources:
 * Cohen, J. (1960) "A coefficient of agreement for nominal scales", Educational and Psychological
 * Measurement 20:37–46; Cohen, J. (1968) "Weighted kappa", Psychological Bulletin 70:213–220.
 *
 * <p>Conventions: κ ≤ 1 always; undefined (NaN) when p<sub>e</sub> = 1, i.e. both coders used one
 * and the same category throughout. Units that either coder left missing are left out by the
 * caller. Complexity: O(K²) from a table, O(units + K²) from pairs.
 */
public final class CohenKappa {

  private CohenKappa() {}

  /**
   * Kappa and its parts.
   *
   * @param kappa the coefficient; NaN when undefined
   * @param observedAgreement p<sub>o</sub>
   * @param expectedAgreement p<sub>e</sub>
   * @param units units rated by both coders (the table total)
   */
  public record Result(double kappa, double observedAgreement, double expectedAgreement,
      long units, int categories, KappaWeights weights) {}

  /** Kappa from a K×K contingency table of counts, rows coder A and columns coder B. */
  public static Result ofTable(long[][] table, KappaWeights weights) {
    int k = table.length;
    long n = 0;
    long[] rows = new long[k];
    long[] columns = new long[k];
    for (int i = 0; i < k; i++) {
      if (table[i].length != k) {
        throw new IllegalArgumentException("the contingency table must be square");
      }
      for (int j = 0; j < k; j++) {
        if (table[i][j] < 0) {
          throw new IllegalArgumentException("counts must not be negative, found " + table[i][j]);
        }
        rows[i] += table[i][j];
        columns[j] += table[i][j];
        n += table[i][j];
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("no units rated by both coders");
    }
    // Weighted sums of counts, divided once at the end: exact for integer weights.
    double observedSum = 0;
    double expectedSum = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double v = weights.weight(i, j, k);
        observedSum += v * table[i][j];
        expectedSum += v * ((double) rows[i] * columns[j]);
      }
    }
    double total = n;
    double po = 1 - observedSum / total;
    double pe = 1 - expectedSum / (total * total);
    // 1 − κ = D_o/D_e = n·Σv·count / Σv·row·column: κ = 1 exactly for perfect agreement.
    double kappa = expectedSum == 0 ? Double.NaN : 1 - total * observedSum / expectedSum;
    return new Result(kappa, po, pe, n, k, weights);
  }

  /**
   * Kappa from the two coders' category indices per unit; a unit either coder left missing
   * ({@link ReliabilityData#MISSING}) is skipped.
   */
  public static Result ofPairs(int[] coderA, int[] coderB, int categories, KappaWeights weights) {
    if (coderA.length != coderB.length) {
      throw new IllegalArgumentException("both coders must rate the same units");
    }
    long[][] table = new long[categories][categories];
    for (int u = 0; u < coderA.length; u++) {
      if (coderA[u] != ReliabilityData.MISSING && coderB[u] != ReliabilityData.MISSING) {
        table[coderA[u]][coderB[u]]++;
      }
    }
    return ofTable(table, weights);
  }
}
