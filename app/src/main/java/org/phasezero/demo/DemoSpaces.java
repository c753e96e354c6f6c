package org.phasezero.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.phasezero.network.Organisation;
import org.phasezero.network.Organisations;
import org.phasezero.network.People;
import org.phasezero.network.Person;
import org.phasezero.network.Side;
import org.phasezero.network.Sites;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.shared.Page;
import org.phasezero.spaces.ActionForm;
import org.phasezero.spaces.Actions;
import org.phasezero.spaces.AgreedHow;
import org.phasezero.spaces.ContributionLog;
import org.phasezero.spaces.DecisionForm;
import org.phasezero.spaces.Decisions;
import org.phasezero.partnerships.LadderStep;
import org.phasezero.spaces.Meeting;
import org.phasezero.spaces.MeetingForm;
import org.phasezero.spaces.Meetings;
import org.phasezero.spaces.SharedSpace;
import org.phasezero.spaces.SharedSpaces;
import org.phasezero.spaces.SpaceForm;
import org.phasezero.spaces.SpaceKind;
import org.springframework.stereotype.Component;

/**
 * Two years of monthly meetings in the shared spaces of the two partnerships that have one (the
 * African and Caribbean forum, chaired by an elected member, and the Tamil reference group). For the
 * first seven meetings professionals do most of the talking; from the eighth, the chair invites
 * contributions from community members as a matter of course, and community participation rises:
 * more community speakers, more of what is said, more decisions proposed from the community side.
 * The latest meetings' actions are still open (one is overdue) and each space's next meeting is
 * planned, within a month of the load day (see {@link DemoCalendar}).
 */
@Component
class DemoSpaces implements DemoHistory {

  /** The meeting (0-based) from which invited contributions became the norm. */
  static final int INVITING_FROM = 7;
  static final int MEETINGS = 24;

  /**
   * What each side proposes and takes on, in its own words (written for the demo): the community in
   * the language of voice and power, the services in the language of outcomes and efficiency, so that
   * a corpus of the minutes shows the two voices. Chosen in turn, so the demo's random draws are unchanged.
   */
  static final List<String> COMMUNITY_DECISIONS = List.of(
      "Hold a drop-in session at a community venue before the next meeting",
      "Community members set half of the agenda together with the chair from now on",
      "Pay community members for their time at every meeting, on the day",
      "Two community members take the forum's voice to the trust board",
      "Meet in the church hall, where people feel the space is ours",
      "Give the young people's group real power over the youth item");
  static final List<String> STATUTORY_DECISIONS = List.of(
      "Share the service's waiting-time figures with the space every quarter",
      "Report referral outcomes and activity data to the commissioners each quarter",
      "Review the pathway for efficiency and cost per referral before the next contract",
      "Evidence value for money to the board using the outcomes framework",
      "Align the forum's priorities with the trust's targets for the cohort");
  static final List<String> COMMUNITY_ACTIONS = List.of("Bring feedback from the congregation",
      "Gather carers' stories of being listened to", "Ask the youth group what power they want over the agenda");
  static final List<String> STATUTORY_ACTIONS = List.of("Report back on referrals",
      "Send the outcomes dashboard to members", "Cost the drop-in sessions for the efficiency review");

  record Plan(String partnership, String name, String chairOrganisation, String venueOrganisation, LadderStep early,
      LadderStep late, boolean coDelivery) {}

  static final List<Plan> PLANS = List.of(
      new Plan("African and Caribbean mental health forum", "African and Caribbean mental health forum",
          "Office of Councillor Amara Okafor", DemoNetwork.SITE_LEAD_ORGANISATION, LadderStep.CONSULTATION,
          LadderStep.CO_DESIGN, false),
      new Plan("Tamil talking therapies", "Tamil talking therapies reference group", "Sri Murugan Temple",
          "Sri Murugan Temple", LadderStep.ENGAGEMENT, LadderStep.CO_PRODUCTION, true));

  private final Partnerships partnerships;
  private final Organisations organisations;
  private final People people;
  private final Sites sites;
  private final SharedSpaces spaces;
  private final Meetings meetings;
  private final ContributionLog log;
  private final Decisions decisions;
  private final Actions actions;
  private final DemoCalendar calendar;

  DemoSpaces(Partnerships partnerships, Organisations organisations, People people, Sites sites, SharedSpaces spaces,
      Meetings meetings, ContributionLog log, Decisions decisions, Actions actions, DemoCalendar calendar) {
    this.calendar = calendar;
    this.partnerships = partnerships;
    this.organisations = organisations;
    this.people = people;
    this.sites = sites;
    this.spaces = spaces;
    this.meetings = meetings;
    this.log = log;
    this.decisions = decisions;
    this.actions = actions;
  }

  @Override
  public int order() {
    return 200;
  }

  @Override
  public void load(int scale, Random random) {
    for (Plan plan : PLANS) {
      Partnership p = partnerships.all().stream().filter(x -> x.name().equals(plan.partnership())).findFirst()
          .orElseThrow(() -> new IllegalStateException("demo partnership '" + plan.partnership() + "' is missing"));
      SharedSpace space = form(plan, p, random);
      for (int i = 0; i < MEETINGS; i++) {
        meeting(plan, p, space, i, random);
      }
      plan(plan, space, date(p, MEETINGS));
    }
  }

  private SharedSpace form(Plan plan, Partnership p, Random random) {
    List<Long> members = new ArrayList<>();
    Long chair = null;
    for (Partnership.Member m : p.members()) {
      List<Long> staff = peopleOf(m.organisationId());
      int n = switch (Side.valueOf(m.side())) {
        case COMMUNITY -> 6;
        case STATUTORY -> 3;
        case INDEPENDENT -> 1;
      };
      members.addAll(staff.subList(0, Math.min(n, staff.size())));
      if (m.name().equals(plan.chairOrganisation())) {
        chair = staff.get(0);
      }
    }
    SpaceForm f = new SpaceForm();
    f.setPartnershipId(p.id());
    f.setName(plan.name());
    f.setKind(plan.name().contains("forum") ? SpaceKind.FORUM : SpaceKind.REFERENCE_GROUP);
    f.setTermsOfReference("A shared space in which community members and the services meet as equals: the agenda is"
        + " set together, community members are paid for their time, and decisions are recorded with who proposed them.");
    f.setChairPersonId(chair);
    f.setCadence("Monthly");
    long id = spaces.create(f).id();
    for (long person : members) {
      spaces.addMember(id, person, p.startedOn().plusWeeks(2));
    }
    return spaces.get(id);
  }

  /** Monthly from a month after the partnership started. */
  private static LocalDate date(Partnership p, int i) {
    return p.startedOn().plusMonths(i + 1);
  }

  private void meeting(Plan plan, Partnership p, SharedSpace space, int i, Random random) {
    boolean inviting = i >= INVITING_FROM;
    MeetingForm f = form(plan, space, date(p, i));
    f.setLadderStep(inviting ? plan.late() : plan.early());
    f.setCoDesign(inviting);
    f.setCoDelivery(plan.coDelivery() && i >= MEETINGS / 2);
    long id = meetings.create(f).id();
    for (SharedSpace.Member m : space.members()) {
      int percent = m.side() == Side.STATUTORY ? 80 : m.side() == Side.COMMUNITY ? 70 : 50;
      if (random.nextInt(100) < percent) {
        meetings.recordAttendance(id, m.personId());
      }
    }
    Meeting held = meetings.get(id);
    contributions(held, i, inviting, random);
    decide(held, i, inviting, random);
    agreeActions(held, inviting, random);
  }

  /** The space's next meeting, planned: nothing is recorded at it yet. */
  private void plan(Plan plan, SharedSpace space, LocalDate on) {
    MeetingForm f = form(plan, space, on);
    f.setLadderStep(plan.late());
    meetings.create(f);
  }

  private MeetingForm form(Plan plan, SharedSpace space, LocalDate date) {
    MeetingForm f = new MeetingForm();
    f.setSpaceId(space.id());
    f.setDate(date);
    f.setTitle(date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + date.getYear()
        + " meeting");
    f.setSiteId(venue(plan.venueOrganisation()));
    f.setAgenda("Welcome and apologies; actions from last time; update from the services; community voices; decisions.");
    return f;
  }

  /** Professionals talk most at first; once invitations are the norm, community members speak more, and more of them. */
  private void contributions(Meeting m, int i, boolean inviting, Random random) {
    record Tap(long person, boolean invited) {}
    List<Tap> taps = new ArrayList<>();
    int growth = inviting ? 1 + (i - INVITING_FROM) / 4 : 0;
    for (Meeting.Attendee a : m.attendees()) {
      if (a.side() == Side.COMMUNITY) {
        for (int k = random.nextInt(2 + growth); k > 0; k--) {
          taps.add(new Tap(a.personId(), false));
        }
        if (inviting && random.nextInt(3) > 0) {
          taps.add(new Tap(a.personId(), true));
        }
      } else {
        for (int k = 2 + random.nextInt(inviting ? 2 : 4); k > 0; k--) {
          taps.add(new Tap(a.personId(), false));
        }
      }
    }
    Collections.shuffle(taps, random);
    for (Tap t : taps) {
      log.record(m.id(), t.person(), t.invited());
    }
  }

  private void decide(Meeting m, int i, boolean inviting, Random random) {
    int communityPercent = inviting ? Math.min(70, 35 + 3 * (i - INVITING_FROM)) : 20;
    for (int k = 1 + random.nextInt(2); k > 0; k--) {
      Side side = random.nextInt(100) < communityPercent ? Side.COMMUNITY : Side.STATUTORY;
      List<Meeting.Attendee> from = m.attendees().stream().filter(a -> a.side() == side).toList();
      if (from.isEmpty()) {
        continue;
      }
      DecisionForm d = new DecisionForm();
      d.setText(inTurn(side == Side.COMMUNITY ? COMMUNITY_DECISIONS : STATUTORY_DECISIONS, i + k));
      d.setProposedByPersonId(from.get(random.nextInt(from.size())).personId());
      d.setAgreedHow(AgreedHow.values()[random.nextInt(AgreedHow.values().length)]);
      decisions.create(m.id(), d);
    }
  }

  /**
   * Actions due four weeks on; statutory actions ran late more often before the space found its feet.
   * Actions due within the last fortnight or later are still open, so one of them is overdue.
   */
  private void agreeActions(Meeting m, boolean inviting, Random random) {
    for (int k = 1 + random.nextInt(2); k > 0 && !m.attendees().isEmpty(); k--) {
      Meeting.Attendee owner = m.attendees().get(random.nextInt(m.attendees().size()));
      ActionForm a = new ActionForm();
      a.setText(inTurn(owner.side() == Side.COMMUNITY ? COMMUNITY_ACTIONS : STATUTORY_ACTIONS, m.date().getMonthValue() + k));
      a.setOwnerPersonId(owner.personId());
      a.setDueOn(m.date().plusDays(28));
      long id = actions.create(m.id(), a).id();
      int onTimePercent = owner.side() == Side.STATUTORY && !inviting ? 50 : 80;
      LocalDate done = random.nextInt(100) < onTimePercent ? m.date().plusDays(7 + random.nextInt(21))
          : m.date().plusDays(29 + random.nextInt(20));
      if (!a.getDueOn().isAfter(calendar.today().minusDays(14))) {
        actions.complete(m.id(), id, done);
      }
    }
  }

  private static String inTurn(List<String> words, int n) {
    return words.get(n % words.size());
  }

  private Long venue(String organisation) {
    Organisation o = organisations.choices().stream().filter(x -> x.name().equals(organisation)).findFirst().orElseThrow();
    return sites.search(null, o.id(), false, new Page.Request(0, 1)).items().stream().findFirst().map(s -> s.id())
        .orElse(null);
  }

  private List<Long> peopleOf(long organisationId) {
    return people.search(new People.Query(null, organisationId, null, false), new Page.Request(0, 50)).items().stream()
        .map(Person::id).toList();
  }
}
