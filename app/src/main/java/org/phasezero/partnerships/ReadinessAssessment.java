package org.phasezero.partnerships;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.phasezero.network.Side;
import org.phasezero.shared.Dates;
import org.springframework.stereotype.Service;

/**
 * Assesses a partnership's readiness for co-production from the evidence: its own checks (an agreed
 * purpose; a trust rating from each side, taken from the latest engagement that recorded one; resources
 * given from both sides) plus every check contributed by other capabilities through
 * {@link ReadinessEvidence} (shared spaces, payments, funding). It explains; it never blocks a move.
 */
@Service
public class ReadinessAssessment {

  private final Partnerships partnerships;
  private final Engagements engagements;
  private final Resources resources;
  private final List<ReadinessEvidence> evidence;

  ReadinessAssessment(Partnerships partnerships, Engagements engagements, Resources resources,
      List<ReadinessEvidence> evidence) {
    this.partnerships = partnerships;
    this.engagements = engagements;
    this.resources = resources;
    this.evidence = evidence;
  }

  public Readiness assess(long partnershipId) {
    Partnership p = partnerships.get(partnershipId);
    List<ReadinessCheck> checks = new ArrayList<>();
    checks.add(purpose(p));
    List<Engagement> talks = engagements.of(p.id());
    checks.add(trust(p, "trust-community", "A trust rating from the community side", talks, Engagement::communityTrust));
    checks.add(trust(p, "trust-statutory", "A trust rating from the statutory side", talks, Engagement::statutoryTrust));
    checks.add(bothSidesGave(p));
    // The partnership's own records are added by those who may contribute to it; others see no link to a form they cannot use.
    if (!partnerships.mayContribute(p)) {
      checks.replaceAll(ReadinessCheck::withoutFixLink);
    }
    for (ReadinessEvidence e : evidence) {
      checks.addAll(e.check(p));
    }
    return new Readiness(p, checks);
  }

  private static ReadinessCheck purpose(Partnership p) {
    boolean met = p.purpose() != null && p.purposeAgreedOn() != null;
    return new ReadinessCheck("agreed-purpose", "An agreed purpose", met,
        met ? "Purpose agreed on " + Dates.inWords(p.purposeAgreedOn()) + ": " + p.purpose()
            : "No purpose has been recorded as agreed by both sides.",
        met ? null : "/partnerships/" + p.id() + "/edit");
  }

  /** Trust from 3 out of 5 (moderate) counts as met: a rating of 1 or 2 says trust is low, not that it is there. */
  static final int TRUST_MET_FROM = 3;

  private static ReadinessCheck trust(Partnership p, String key, String title, List<Engagement> talks,
      Function<Engagement, Integer> rating) {
    Optional<Engagement> latest = talks.stream().filter(e -> rating.apply(e) != null).findFirst();
    boolean met = latest.isPresent() && rating.apply(latest.get()) >= TRUST_MET_FROM;
    return new ReadinessCheck(key, title, met,
        latest.map(e -> "Rated " + rating.apply(e) + " out of 5 (" + level(rating.apply(e)) + ") at the engagement on "
                + Dates.inWords(e.heldOn()) + "." + (met ? "" : " Trust needs building before co-production: keep meeting and record"
                + " the next rating."))
            .orElse("No engagement has recorded this side's trust in the partnership yet."),
        met ? null : "/engagements/new?partnershipId=" + p.id());
  }

  private static String level(int rating) {
    return rating >= 4 ? "high" : rating >= TRUST_MET_FROM ? "moderate" : "low";
  }

  private ReadinessCheck bothSidesGave(Partnership p) {
    List<ResourceContribution> given = resources.all(p.id());
    boolean community = given.stream().anyMatch(r -> r.giverSide() == Side.COMMUNITY);
    boolean statutory = given.stream().anyMatch(r -> r.giverSide() == Side.STATUTORY);
    String explanation = community && statutory ? "Both sides have given resources."
        : community ? "Only the community side has given resources so far."
        : statutory ? "Only the statutory side has given resources so far."
        : "No resources have been recorded yet.";
    return new ReadinessCheck("resources-both-sides", "Resources given from both sides", community && statutory,
        explanation, community && statutory ? null : "/resources/new?partnershipId=" + p.id());
  }
}
