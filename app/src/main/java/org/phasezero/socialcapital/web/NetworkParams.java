package org.phasezero.socialcapital.web;

import java.time.LocalDate;
import java.util.List;
import org.phasezero.socialcapital.NetworkQuery;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters that choose a network, the same on every page, API call and download:
 * {@code sources} (ties, meetings, memberships, engagements; repeated), {@code from} and {@code to}
 * (ISO dates), {@code nodes} (people, organisations, both), {@code partnership} (an id) and
 * {@code kinds} (bonding, bridging, linking; repeated); or, instead of the dates, {@code period}, a
 * reporting period by name ({@code 2025-04}, {@code 2025-Q2}, {@code FY2025-26}).
 */
public class NetworkParams {

  private List<String> sources;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate from;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate to;
  private String nodes;
  private Long partnership;
  private List<String> kinds;
  private String period;

  public NetworkQuery query(LocalDate today) {
    if (period != null && !period.isBlank()) {
      // A reporting period by name (2025-04, 2025-Q2, FY2025-26), as statutory partners ask for totals.
      org.phasezero.shared.ReportingPeriod named = org.phasezero.shared.ReportingPeriod.parse(period);
      return NetworkQuery.of(sources, named.from(), named.to(), nodes, partnership, kinds, today);
    }
    if (sources != null && sources.size() > 10 || kinds != null && kinds.size() > 10) {
      throw new IllegalArgumentException("Too many sources or kinds of tie.");
    }
    if (from == null && to == null && org.phasezero.security.CurrentUser.get()
        .map(org.phasezero.security.CurrentUser::seesAggregatesOnly).orElse(false)) {
      // Statutory partners ask for whole reporting periods: by default, the financial year we are in.
      LocalDate start = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
      return NetworkQuery.of(sources, start, start.plusYears(1).minusDays(1), nodes, partnership, kinds, today);
    }
    return NetworkQuery.of(sources, from, to, nodes, partnership, kinds, today);
  }

  public List<String> getSources() {
    return sources;
  }

  public void setSources(List<String> sources) {
    this.sources = sources;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getNodes() {
    return nodes;
  }

  public void setNodes(String nodes) {
    this.nodes = nodes;
  }

  public Long getPartnership() {
    return partnership;
  }

  public void setPartnership(Long partnership) {
    this.partnership = partnership;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public List<String> getKinds() {
    return kinds;
  }

  public void setKinds(List<String> kinds) {
    this.kinds = kinds;
  }
}
