package org.phasezero.socialcapital;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.phasezero.network.TieKind;
import org.phasezero.shared.PlausibleDates;

/**
 * Which network to build: from which records, over which period, with people, organisations or
 * both as nodes, optionally one partnership's part and some kinds of tie only. The same query
 * parameters choose it on every page, API call and export.
 *
 * <p>Period: a tie counts when it was recorded by {@code to} (from its "since" date, or the day it
 * was recorded) and not removed before {@code from}; meetings and engagements count when held from
 * {@code from} to {@code to}, both included. Without dates the period is the year up to today.
 */
public record NetworkQuery(Set<NetworkSource> sources, LocalDate from, LocalDate to, NodeKind nodes,
    Long partnershipId, Set<TieKind> tieKinds) {

  /** The longest period one network may span, so that a request stays cheap and meaningful. */
  public static final int MAX_DAYS = 3660;

  public NetworkQuery {
    sources = sources.isEmpty() ? EnumSet.noneOf(NetworkSource.class) : EnumSet.copyOf(sources);
    tieKinds = tieKinds.isEmpty() ? EnumSet.allOf(TieKind.class) : EnumSet.copyOf(tieKinds);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("Choose at least one source: ties, meetings, memberships or engagements.");
    }
    PlausibleDates.require(from);
    PlausibleDates.require(to);
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("The period's start (" + from + ") is after its end (" + to + ").");
    }
    if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
      throw new IllegalArgumentException("A period may span at most ten years.");
    }
  }

  /**
   * The default network: recorded ties between people over the year up to {@code today}. Ties are
   * the relationships people have told the hub about; meetings (everyone present tied to everyone
   * else) are a weaker, denser layer that the user adds when they want it.
   */
  public static NetworkQuery standard(LocalDate today) {
    return new NetworkQuery(EnumSet.of(NetworkSource.TIES), today.minusYears(1).plusDays(1),
        today, NodeKind.PEOPLE, null, EnumSet.allOf(TieKind.class));
  }

  /** A query from request parameters as written in links ({@code sources=ties&sources=meetings&nodes=people}). */
  public static NetworkQuery of(List<String> sources, LocalDate from, LocalDate to, String nodes, Long partnershipId,
      List<String> tieKinds, LocalDate today) {
    NetworkQuery standard = standard(today);
    Set<NetworkSource> chosen = EnumSet.noneOf(NetworkSource.class);
    if (sources == null || sources.isEmpty()) {
      chosen.addAll(standard.sources());
    } else {
      sources.stream().filter(s -> !s.isBlank()).map(NetworkSource::fromSlug).forEach(chosen::add);
    }
    Set<TieKind> kinds = EnumSet.noneOf(TieKind.class);
    if (tieKinds != null) {
      for (String k : tieKinds) {
        if (!k.isBlank()) {
          try {
            kinds.add(TieKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("There is no kind of tie called '" + k + "': choose bonding, bridging or linking.");
          }
        }
      }
    }
    LocalDate end = to == null ? (from == null ? today : max(today, from)) : to;
    LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
    return new NetworkQuery(chosen, start, end, nodes == null || nodes.isBlank() ? NodeKind.PEOPLE
        : NodeKind.fromSlug(nodes), partnershipId, kinds);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** The same network over a period of the same length ending on {@code date}. */
  public NetworkQuery endingOn(LocalDate date) {
    long days = ChronoUnit.DAYS.between(from, to);
    return new NetworkQuery(sources, date.minusDays(days), date, nodes, partnershipId, tieKinds);
  }

  public boolean uses(NetworkSource s) {
    return sources.contains(s);
  }

  /** The query as request parameters, in a stable order, for links and downloads. */
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("sources", sources.stream().map(NetworkSource::slug).toList());
    p.put("from", from.toString());
    p.put("to", to.toString());
    p.put("nodes", nodes.slug());
    if (partnershipId != null) {
      p.put("partnership", partnershipId);
    }
    if (tieKinds.size() < TieKind.values().length) {
      p.put("kinds", tieKinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
    }
    return p;
  }

  /** The query string of {@link #parameters()}, without the leading question mark. */
  public String queryString() {
    List<String> parts = new ArrayList<>();
    parameters().forEach((name, value) -> {
      if (value instanceof List<?> list) {
        list.forEach(v -> parts.add(name + "=" + v));
      } else {
        parts.add(name + "=" + value);
      }
    });
    return String.join("&", parts);
  }
}
