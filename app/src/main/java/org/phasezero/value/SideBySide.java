package org.phasezero.value;

import java.time.LocalDate;
import java.util.List;

/**
 * A partnership's value in the four dimensions the evaluation of co-production asks for, side by
 * side, each with where it comes from; null where there is nothing recorded yet.
 *
 * @param intrinsic wellbeing change on each of the partnership's measures
 * @param capacity the Co's it serves, and the community side's share of what was said and decided
 * @param monetary the social return of its latest account (or, for partners, its latest published pack)
 * @param publicValue linking ties and reach a year ago and now
 */
public record SideBySide(long partnershipId, String partnership, String phase, LocalDate from, LocalDate to,
    List<PackContent.Wellbeing> intrinsic, Capacity capacity, Monetary monetary, PublicValue publicValue) {

  /**
   * @param meetings meetings held in the year
   * @param contributionShare mean over those meetings of the community side's share of contributions
   * @param decisionShare mean over those meetings of the community side's share of decisions proposed
   */
  public record Capacity(boolean coCommissioning, boolean coDesign, boolean coDelivery, boolean coAssessment,
      int meetings, Double contributionShare, Double decisionShare) {

    public int cos() {
      return (coCommissioning ? 1 : 0) + (coDesign ? 1 : 0) + (coDelivery ? 1 : 0) + (coAssessment ? 1 : 0);
    }
  }

  /** @param from "account" (a working SROI account) or "pack" (a published evidence pack) */
  public record Monetary(String title, double ratio, Double p5, Double p95, String from, long id) {}

  public record PublicValue(int linkingTiesBefore, int linkingTiesNow, double reachBefore, double reachNow) {}
}
