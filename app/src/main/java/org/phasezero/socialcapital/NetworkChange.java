package org.phasezero.socialcapital;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The network at two dates side by side (ties gained and lost, linking ties, reach, the top
 * broker's share of linking paths), and monthly figures for a trend chart: the evidence that phase
 * zero built social capital.
 *
 * @param gained edges of {@code second} whose ends were not tied in {@code first}, as node-key pairs
 * @param lost edges of {@code first} whose ends are not tied in {@code second}
 */
public record NetworkChange(NetworkAnalysis first, NetworkAnalysis second, List<String[]> gained,
    List<String[]> lost) {

  /** The most months one trend may show. */
  public static final int MAX_MONTHS = 60;

  public static NetworkChange of(NetworkAnalysis first, NetworkAnalysis second) {
    Set<String> before = pairs(first);
    Set<String> after = pairs(second);
    return new NetworkChange(first, second, difference(second, after, before), difference(first, before, after));
  }

  private static Set<String> pairs(NetworkAnalysis a) {
    Set<String> pairs = new HashSet<>();
    for (SocialNetwork.Edge e : a.network().edges()) {
      pairs.add(key(a, e));
    }
    return pairs;
  }

  private static String key(NetworkAnalysis a, SocialNetwork.Edge e) {
    String x = a.network().nodes().get(e.a()).key();
    String y = a.network().nodes().get(e.b()).key();
    return x.compareTo(y) < 0 ? x + " " + y : y + " " + x;
  }

  private static List<String[]> difference(NetworkAnalysis a, Set<String> in, Set<String> notIn) {
    List<String[]> d = new ArrayList<>();
    for (SocialNetwork.Edge e : a.network().edges()) {
      String k = key(a, e);
      if (in.contains(k) && !notIn.contains(k)) {
        d.add(k.split(" "));
      }
    }
    return d;
  }

  /** One month of the trend: that month's network (ties standing in it, meetings and engagements held in it). */
  public record Month(YearMonth month, NetworkAnalysis.Figures figures) {}

  /** The months from {@code from}'s to {@code to}'s, at most {@link #MAX_MONTHS}. */
  public static List<YearMonth> months(LocalDate from, LocalDate to) {
    YearMonth first = YearMonth.from(from);
    YearMonth last = YearMonth.from(to);
    if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
      throw new IllegalArgumentException("A trend shows at most " + MAX_MONTHS + " months.");
    }
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }
}
