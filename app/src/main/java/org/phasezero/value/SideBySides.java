package org.phasezero.value;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.spaces.MeetingMeasures;
import org.phasezero.spaces.ParticipationMeasures;
import org.phasezero.spaces.ParticipationTrend;
import org.phasezero.spaces.SharedSpaces;
import org.phasezero.value.internal.NetworkChange;
import org.springframework.stereotype.Service;

/**
 * Value side by side, over the year to today: each dimension read through the capability that
 * owns it, as the viewer may see it (statutory partners: small numbers withheld by the spaces'
 * measures and the wellbeing summaries, and the monetary value of published packs only).
 */
@Service
public class SideBySides {

  private final Partnerships partnerships;
  private final WellbeingMeasures measures;
  private final WellbeingChanges changes;
  private final SroiAccounts accounts;
  private final SroiResults results;
  private final EvidencePacks packs;
  private final SharedSpaces spaces;
  private final ParticipationMeasures participation;
  private final NetworkChange networkChange;
  private final Clock clock;

  SideBySides(Partnerships partnerships, WellbeingMeasures measures, WellbeingChanges changes, SroiAccounts accounts,
      SroiResults results, EvidencePacks packs, SharedSpaces spaces, ParticipationMeasures participation,
      NetworkChange networkChange, Clock clock) {
    this.partnerships = partnerships;
    this.measures = measures;
    this.changes = changes;
    this.accounts = accounts;
    this.results = results;
    this.packs = packs;
    this.spaces = spaces;
    this.participation = participation;
    this.networkChange = networkChange;
    this.clock = clock;
  }

  /** Every partnership the user sees, side by side. */
  public List<SideBySide> all() {
    return partnerships.all().stream().filter(p -> !p.voided()).map(p -> of(p.id())).toList();
  }

  public SideBySide of(long partnershipId) {
    Partnership p = partnerships.get(partnershipId);
    LocalDate to = LocalDate.now(clock);
    LocalDate from = to.minusYears(1).plusDays(1);
    List<PackContent.Wellbeing> intrinsic = new ArrayList<>();
    for (WellbeingMeasure m : measures.list(partnershipId)) {
      WellbeingSummary s = changes.summary(m.id(), null);
      WellbeingSummary.Group g = s.overall();
      intrinsic.add(new PackContent.Wellbeing(m.title(), m.scale().name(), s.followUp(), g.n(), g.meanChange(),
          g.ciLow(), g.ciHigh(), g.improved(), m.threshold().doubleValue()));
    }
    return new SideBySide(p.id(), p.name(), p.phase().name(), from, to, intrinsic, capacity(p, from, to),
        monetary(partnershipId), publicValue(partnershipId, from, to));
  }

  private SideBySide.Capacity capacity(Partnership p, LocalDate from, LocalDate to) {
    List<MeetingMeasures> held = new ArrayList<>();
    spaces.overviews(p.id()).forEach(space -> {
      ParticipationTrend trend = participation.trend(space.id());
      trend.points().stream().filter(pt -> !pt.date().isBefore(from) && !pt.date().isAfter(to))
          .forEach(pt -> held.add(pt.measures()));
    });
    return new SideBySide.Capacity(p.coCommissioning(), p.coDesign(), p.coDelivery(), p.coAssessment(), held.size(),
        mean(held.stream().map(MeetingMeasures::communityContributionShare).toList()),
        mean(held.stream().map(MeetingMeasures::communityDecisionShare).toList()));
  }

  private static Double mean(List<Double> shares) {
    List<Double> known = shares.stream().filter(Objects::nonNull).toList();
    return known.isEmpty() ? null : known.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private SideBySide.Monetary monetary(long partnershipId) {
    if (CurrentUser.require().seesAggregatesOnly()) {
      return packs.list(partnershipId).stream().filter(EvidencePack::published)
          .max(Comparator.comparing(EvidencePack::publishedAt)).map(e -> packs.content(e.id()))
          .filter(c -> c.sroi() != null).map(c -> new SideBySide.Monetary(c.sroi().title(), c.sroi().ratio(),
              c.sroi().ratioP5(), c.sroi().ratioP95(), "pack", 0)).orElse(null);
    }
    for (SroiAccount a : accounts.list(partnershipId, false)) {
      SroiFigures f = results.figures(a.id());
      if (f.complete()) {
        return new SideBySide.Monetary(a.title(), f.ratio(), f.monteCarlo().ratio().p5(),
            f.monteCarlo().ratio().p95(), "account", a.id());
      }
    }
    return null;
  }

  private SideBySide.PublicValue publicValue(long partnershipId, LocalDate from, LocalDate to) {
    return networkChange.between(partnershipId, from, to);
  }
}
