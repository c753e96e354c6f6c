package org.phasezero.spaces.internal;

import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what in shared spaces, checked in the services so that pages and the API
 * obey the same rules:
 *
 * <ul>
 *   <li>coordinator: every space;
 *   <li>site lead: the spaces of partnerships their organisation belongs to (others answer 404),
 *       and may change them;
 *   <li>statutory partner, researcher, peer researcher: participation measures only (aggregates),
 *       never who attended or who said what (403);
 *   <li>researchers and peer researchers also read the words of minutes with no one named, for
 *       discourse corpora ({@link org.phasezero.spaces.MeetingWords}, which states its own rule).
 * </ul>
 */
@Component
public class SpaceAccess {

  private final Partnerships partnerships;

  SpaceAccess(Partnerships partnerships) {
    this.partnerships = partnerships;
  }

  /** The partnership, if the user may see it at all; otherwise 404, so its existence is not revealed. */
  public Partnership visible(long partnershipId) {
    return partnerships.get(partnershipId);
  }

  /** Whether the user's role sees people in spaces (who is a member, who attended, who spoke). */
  public static boolean seesPeople(CurrentUser u) {
    return u.worksWithPeople();
  }

  public static void requirePeopleView() {
    if (!seesPeople(CurrentUser.require())) {
      throw new Forbidden("Your role sees participation measures only, not who attended or who said what.");
    }
  }

  /** Refuses (403) a change by someone who is not a coordinator or a site lead of a member organisation. */
  public Partnership requireContributor(long partnershipId) {
    requirePeopleView();
    Partnership p = visible(partnershipId);
    if (!partnerships.mayContribute(p)) {
      throw new Forbidden("Only a coordinator or a site lead of a member organisation can change this partnership's spaces.");
    }
    return p;
  }

  public boolean mayContribute(long partnershipId) {
    return seesPeople(CurrentUser.require()) && partnerships.mayContribute(visible(partnershipId));
  }
}
