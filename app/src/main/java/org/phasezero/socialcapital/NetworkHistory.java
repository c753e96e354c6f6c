package org.phasezero.socialcapital;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The network over time: the network of a period of {@code window} months ending on each of two
 * dates, compared; and each calendar month's own network, measured, for the trend.
 */
@Service
public class NetworkHistory {

  /** The longest window, in months. */
  public static final int MAX_WINDOW = 60;

  private final NetworkAnalyses analyses;
  private final NetworkViewer viewer;

  NetworkHistory(NetworkAnalyses analyses, NetworkViewer viewer) {
    this.analyses = analyses;
    this.viewer = viewer;
  }

  /** The query's network over {@code window} months up to {@code date}. */
  public NetworkQuery endingOn(NetworkQuery q, LocalDate date, int window) {
    if (window < 1 || window > MAX_WINDOW) {
      throw new IllegalArgumentException("The window is from 1 to " + MAX_WINDOW + " months.");
    }
    return new NetworkQuery(q.sources(), date.minusMonths(window).plusDays(1), date, q.nodes(), q.partnershipId(),
        q.tieKinds());
  }

  public NetworkChange change(NetworkQuery q, LocalDate first, LocalDate second, int window) {
    NetworkQuery a = endingOn(q, first, window);
    NetworkQuery b = endingOn(q, second, window);
    viewer.requireAllowedPeriod(a);
    viewer.requireAllowedPeriod(b);
    return NetworkChange.of(analyses.of(a), analyses.of(b));
  }

  /** Each month's figures from the month of {@code q.from()} to that of {@code q.to()}. */
  public List<NetworkChange.Month> trend(NetworkQuery q) {
    List<NetworkChange.Month> months = new ArrayList<>();
    for (YearMonth m : NetworkChange.months(q.from(), q.to())) {
      NetworkQuery month = new NetworkQuery(q.sources(), m.atDay(1), m.atEndOfMonth(), q.nodes(), q.partnershipId(),
          q.tieKinds());
      months.add(new NetworkChange.Month(m, analyses.of(month).figures()));
    }
    return months;
  }
}
