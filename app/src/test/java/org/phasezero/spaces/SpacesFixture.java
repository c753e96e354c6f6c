package org.phasezero.spaces;

import java.time.LocalDate;
import org.phasezero.network.ContactPreference;
import org.phasezero.network.People;
import org.phasezero.network.PersonForm;
import org.phasezero.network.Side;
import org.phasezero.partnerships.LadderStep;
import org.phasezero.partnerships.PartnershipForm;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.SystemActor;
import org.phasezero.support.TestNetwork;
import org.springframework.context.ApplicationContext;

/**
 * On top of a {@link TestNetwork}: the own partnership (own organisation with the statutory body)
 * and the other partnership (other organisation with the statutory body), each with a forum whose
 * members are a community-side and a statutory-side person, and one past meeting both attended.
 * Made through the real services as the system (a coordinator).
 */
public final class SpacesFixture {

  public static final LocalDate MET_ON = LocalDate.of(2025, 6, 10);

  public final TestNetwork net;
  public final long statutoryPerson;
  public final long ownPartnership;
  public final long otherPartnership;
  public final long ownSpace;
  public final long otherSpace;
  public final long ownMeeting;
  public final long otherMeeting;
  public final long ownDecision;
  public final long ownAction;

  public SpacesFixture(ApplicationContext context) {
    try (var system = SystemActor.enter("test fixture")) {
      net = new TestNetwork(context);
      People people = context.getBean(People.class);
      Partnerships partnerships = context.getBean(Partnerships.class);
      SharedSpaces spaces = context.getBean(SharedSpaces.class);
      Meetings meetings = context.getBean(Meetings.class);
      PersonForm p = new PersonForm();
      p.setDisplayName("Dr Sam Statutory " + net.suffix);
      p.setContactPreference(ContactPreference.NONE);
      p.setOrganisationId(net.statutoryOrg.id());
      statutoryPerson = people.create(p).id();

      ownPartnership = partnerships.create(partnership("Own partnership " + net.suffix, net.ownOrg.id(), net.statutoryOrg.id())).id();
      otherPartnership = partnerships.create(partnership("Other partnership " + net.suffix, net.otherOrg.id(), net.statutoryOrg.id())).id();
      ownSpace = spaces.create(space(ownPartnership, "Own forum " + net.suffix)).id();
      otherSpace = spaces.create(space(otherPartnership, "Other forum " + net.suffix)).id();
      spaces.addMember(ownSpace, net.ownPerson, MET_ON.minusMonths(1));
      spaces.addMember(ownSpace, statutoryPerson, MET_ON.minusMonths(1));
      spaces.addMember(otherSpace, net.otherPerson, MET_ON.minusMonths(1));
      ownMeeting = meetings.create(meeting(ownSpace, MET_ON, "June forum")).id();
      otherMeeting = meetings.create(meeting(otherSpace, MET_ON, "June forum")).id();
      meetings.recordAttendance(ownMeeting, net.ownPerson);
      meetings.recordAttendance(ownMeeting, statutoryPerson);
      meetings.recordAttendance(otherMeeting, net.otherPerson);
      context.getBean(ContributionLog.class).record(ownMeeting, net.ownPerson, true);
      ownDecision = context.getBean(Decisions.class).create(ownMeeting, decision("Hold the next forum at the temple",
          net.ownPerson, null)).id();
      ActionForm a = new ActionForm();
      a.setText("Book the room");
      a.setOwnerPersonId(statutoryPerson);
      a.setDueOn(MET_ON.plusDays(14));
      ownAction = context.getBean(Actions.class).create(ownMeeting, a).id();
    }
  }

  static PartnershipForm partnership(String name, long... organisations) {
    PartnershipForm f = new PartnershipForm();
    f.setName(name);
    f.setFocus("Talking therapies");
    f.setStartedOn(LocalDate.of(2024, 1, 15));
    f.setOrganisationIds(java.util.Arrays.stream(organisations).boxed().toList());
    return f;
  }

  public static SpaceForm space(long partnershipId, String name) {
    SpaceForm f = new SpaceForm();
    f.setPartnershipId(partnershipId);
    f.setName(name);
    f.setKind(SpaceKind.FORUM);
    f.setCadence("Monthly");
    return f;
  }

  public static MeetingForm meeting(long spaceId, LocalDate date, String title) {
    MeetingForm f = new MeetingForm();
    f.setSpaceId(spaceId);
    f.setDate(date);
    f.setTitle(title);
    f.setLadderStep(LadderStep.CO_DESIGN);
    return f;
  }

  /** A decision agreed by consensus, proposed by a person, or by a side alone when the person is null. */
  public static DecisionForm decision(String text, Long proposedBy, Side side) {
    DecisionForm d = new DecisionForm();
    d.setText(text);
    d.setProposedByPersonId(proposedBy);
    d.setProposedSide(side);
    d.setAgreedHow(AgreedHow.CONSENSUS);
    return d;
  }
}
