package org.phasezero.socialcapital;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.phasezero.partnerships.Partnerships;
import org.springframework.stereotype.Service;

/**
 * Analyses of the network, kept while the records behind them are unchanged: a map page, its
 * tables and its downloads ask for the same analysis in turn, and at ten times the demo's size
 * building and measuring takes most of a second. Every request compares the records' stamp, so a
 * tie recorded a moment ago is in the next page (the computed key-person risk updates when ties
 * change).
 */
@Service
public class NetworkAnalyses {

  private static final int KEPT = 24;

  private final NetworkRecords records;
  private final Partnerships partnerships;
  private final Clock clock;
  private final Map<String, NetworkAnalysis> kept = new LinkedHashMap<>(32, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, NetworkAnalysis> eldest) {
      return size() > KEPT;
    }
  };

  NetworkAnalyses(NetworkRecords records, Partnerships partnerships, Clock clock) {
    this.records = records;
    this.partnerships = partnerships;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The analysis of the network the query chooses, as the records stand now. The analysis is of the
   * whole network whoever asks; {@link NetworkViewer} decides what they are shown of it.
   */
  public NetworkAnalysis of(NetworkQuery q) {
    if (q.partnershipId() != null) {
      partnerships.get(q.partnershipId()); // a partnership the user may not see is not found, as everywhere
    }
    String key = records.stamp() + "|" + q;
    synchronized (kept) {
      NetworkAnalysis a = kept.get(key);
      if (a != null) {
        return a;
      }
    }
    // Built outside the lock: two requests may build the same analysis at once, which is cheaper
    // than making every other request wait behind one build.
    NetworkAnalysis a = NetworkAnalysis.of(records.build(q));
    synchronized (kept) {
      kept.put(key, a);
    }
    return a;
  }
}
