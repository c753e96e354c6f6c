package org.phasezero.spaces.internal;

import org.phasezero.network.PersonReferences;
import org.phasezero.network.Side;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * A person's side in a partnership: the side of the organisation they are a member of, preferring
 * an organisation that belongs to the partnership when they have several memberships.
 */
@Component
public class PersonSides {

  private final PersonReferences references;
  private final Partnerships partnerships;

  PersonSides(PersonReferences references, Partnerships partnerships) {
    this.references = references;
    this.partnerships = partnerships;
  }

  /**
   * Refuses (404) a person the user may not refer to: one they may see in the network (the network's
   * rule, without reading the record), or someone already known to the space, whom its members
   * have met there.
   */
  public void requireReferable(long personId, boolean knownToSpace) {
    boolean known = knownToSpace && references.isLive(personId);
    if (!known && !references.mayReferTo(personId)) {
      throw new NotFound("person", personId);
    }
  }

  /**
   * The side of a person being added to a space or meeting. A site lead may add only people they
   * can see in the network (their organisation's members) unless the person is already known to
   * the space; a person who does not exist or is hidden answers 404.
   */
  public Side sideOf(long personId, long partnershipId, boolean knownToSpace) {
    requireReferable(personId, knownToSpace);
    return references.sideOf(personId, partnerships.memberOrganisationIds(partnershipId)).orElseThrow(() -> new Conflict("personId", "Person " + personId
        + " is not a member of any organisation, so their side is not known. Record their membership first."));
  }
}
