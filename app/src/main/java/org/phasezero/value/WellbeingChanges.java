package org.phasezero.value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.phasezero.analysis.wellbeing.GroupChange;
import org.phasezero.analysis.wellbeing.PersonChange;
import org.phasezero.analysis.wellbeing.WellbeingScore;
import org.phasezero.network.PersonReferences;
import org.phasezero.network.Side;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Change on a measure between the baseline and a follow-up, per person and per group, with the
 * analysis library's statistics (each answer rescored by the library; paired-t interval of the
 * mean change). Who is shown what: the coordinator every person by name, a site lead the people
 * they may refer to, researchers those who consented to research use by research code; statutory
 * partners groups only, with a group smaller than the small-number threshold withheld.
 */
@Service
public class WellbeingChanges {

  private final WellbeingMeasures measures;
  private final Partnerships partnerships;
  private final PersonReferences people;
  private final SmallNumbers smallNumbers;
  private final JdbcClient db;

  WellbeingChanges(WellbeingMeasures measures, Partnerships partnerships, PersonReferences people,
      SmallNumbers smallNumbers, JdbcClient db) {
    this.measures = measures;
    this.partnerships = partnerships;
    this.people = people;
    this.smallNumbers = smallNumbers;
    this.db = db;
  }

  /** The change to {@code followUp}, or to the latest follow-up answered when it is null. */
  public WellbeingSummary summary(long measureId, Integer followUp) {
    return summary(measureId, followUp, CurrentUser.require().seesAggregatesOnly());
  }

  /** The change as statutory partners see it, whoever asks: for a published evidence pack. */
  public WellbeingSummary forPublication(long measureId) {
    return summary(measureId, null, true);
  }

  private WellbeingSummary summary(long measureId, Integer followUp, boolean aggregatesOnly) {
    WellbeingMeasure m = measures.get(measureId);
    CurrentUser u = CurrentUser.require();
    SmallNumbers small = smallNumbers.appliedIf(aggregatesOnly);
    List<WellbeingResponse> all = measures.allResponses(measureId);
    Map<Integer, Long> counts = new TreeMap<>(all.stream().collect(Collectors.groupingBy(
        WellbeingResponse::timePoint, Collectors.counting())));
    List<WellbeingSummary.Answered> answered = counts.entrySet().stream()
        .map(e -> new WellbeingSummary.Answered(e.getKey(), small.isSmall(e.getValue()) ? null
            : e.getValue().intValue())).toList();
    int to = followUp != null ? followUp : counts.keySet().stream().filter(t -> t > 0).max(Integer::compare).orElse(0);
    Map<Long, WellbeingResponse> pre = new LinkedHashMap<>();
    Map<Long, WellbeingResponse> post = new LinkedHashMap<>();
    for (WellbeingResponse r : all) {
      if (r.timePoint() == 0) {
        pre.put(r.personId(), r);
      } else if (r.timePoint() == to) {
        post.put(r.personId(), r);
      }
    }
    Set<Long> members = partnerships.memberOrganisationIds(m.partnershipId());
    double threshold = m.threshold().doubleValue();
    List<PersonChange> changes = new ArrayList<>();
    Map<Long, Side> sides = new LinkedHashMap<>();
    for (var e : pre.entrySet()) {
      WellbeingResponse after = to > 0 ? post.get(e.getKey()) : null;
      if (after != null) {
        changes.add(PersonChange.of(String.valueOf(e.getKey()), rescore(m, e.getValue()), rescore(m, after),
            threshold));
        sides.put(e.getKey(), people.sideOf(e.getKey(), members).orElse(null));
      }
    }
    WellbeingSummary.Group overall = group("all", changes, threshold, small);
    List<WellbeingSummary.Group> bySide = new ArrayList<>();
    for (Side side : Side.values()) {
      List<PersonChange> ofSide = changes.stream().filter(c -> sides.get(Long.valueOf(c.id())) == side).toList();
      if (!ofSide.isEmpty()) {
        bySide.add(group(side.name(), ofSide, threshold, small));
      }
    }
    return new WellbeingSummary(m, answered, to, overall, bySide,
        aggregatesOnly ? List.of() : rows(u, changes, sides), aggregatesOnly);
  }

  private static WellbeingScore rescore(WellbeingMeasure m, WellbeingResponse r) {
    return m.scale().score(r.items().stream().mapToInt(Integer::intValue).toArray());
  }

  private static WellbeingSummary.Group group(String label, List<PersonChange> changes, double threshold,
      SmallNumbers small) {
    if (changes.isEmpty() || small.isSmall(changes.size())) {
      return new WellbeingSummary.Group(label, changes.isEmpty() ? 0 : null, null, null, null, null, null, null,
          !changes.isEmpty());
    }
    GroupChange g = GroupChange.of(changes.stream().mapToDouble(PersonChange::change).toArray(), threshold);
    boolean interval = g.n() >= 2;
    return new WellbeingSummary.Group(label, g.n(), g.meanChange(), interval ? g.ciLow() : null,
        interval ? g.ciHigh() : null, g.improved(), g.noChange(), g.worsened(), false);
  }

  private List<WellbeingSummary.PersonRow> rows(CurrentUser u, List<PersonChange> changes, Map<Long, Side> sides) {
    if (u.seesAggregatesOnly() || changes.isEmpty()) {
      return List.of();
    }
    List<Long> ids = changes.stream().map(c -> Long.valueOf(c.id())).toList();
    Map<Long, String> who = new LinkedHashMap<>();
    if (u.worksWithPeople()) {
      String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
      db.sql("select id, display_name from person where id in (" + in + ")")
          .query((rs, i) -> Map.entry(rs.getLong("id"), rs.getString("display_name"))).list()
          .forEach(e -> {
            if (people.mayReferTo(e.getKey())) {
              who.put(e.getKey(), e.getValue());
            }
          });
    } else {
      Set<String> codes = Set.copyOf(people.researchCodes(ids));
      for (long id : ids) {
        String code = "P-%06d".formatted(id);
        if (codes.contains(code)) {
          who.put(id, code);
        }
      }
    }
    return changes.stream().filter(c -> who.containsKey(Long.valueOf(c.id())))
        .map(c -> {
          Side side = sides.get(Long.valueOf(c.id()));
          return new WellbeingSummary.PersonRow(who.get(Long.valueOf(c.id())), side == null ? null : side.name(),
              c.pre().metric(), c.post().metric(), c.change(), c.category());
        })
        .sorted(Comparator.comparing(WellbeingSummary.PersonRow::who)).toList();
  }
}
