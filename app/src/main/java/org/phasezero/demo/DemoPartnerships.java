package org.phasezero.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.phasezero.network.Organisation;
import org.phasezero.network.Organisations;
import java.math.BigDecimal;
import org.phasezero.network.People;
import org.phasezero.network.Person;
import org.phasezero.network.Side;
import org.phasezero.partnerships.EngagementForm;
import org.phasezero.partnerships.Engagements;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.PartnershipDetailsForm;
import org.phasezero.partnerships.PartnershipForm;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.partnerships.Phase;
import org.phasezero.partnerships.PhaseMoveForm;
import org.phasezero.partnerships.ResourceForm;
import org.phasezero.partnerships.ResourceType;
import org.phasezero.partnerships.Resources;
import org.phasezero.partnerships.RiskCategory;
import org.phasezero.partnerships.RiskForm;
import org.phasezero.partnerships.Risks;
import org.phasezero.partnerships.SelfAssessmentForm;
import org.phasezero.partnerships.SelfAssessments;
import org.phasezero.shared.Page;
import org.springframework.stereotype.Component;

/**
 * The demo's partnerships, two years of them: one in phase 2 with co-delivery (Tamil talking
 * therapies), one running a shared forum (phase 1), one still in phase zero after 17 months
 * (Somali women's wellbeing), and two newer ones, of which the elders' partnership has gone quiet
 * for four months. Dates are as written for {@link DemoCalendar}, which moves them to the load day. Other parts of the demo (meetings, payments)
 * find them by {@link #NAMES}.
 */
@Component
class DemoPartnerships implements DemoHistory {

  /** A partnership as written; {@code quietDays} &gt; 0 ends its activity that many days before today. */
  record Plan(String name, String focus, LocalDate started, List<String> organisations, int quietDays) {}

  /** A dated phase move in a partnership's history. */
  record Move(String partnership, LocalDate on, Phase to, String reason) {}

  /**
   * The phase history: Tamil talking therapies reaches phase 2 with co-delivery; the forum runs in
   * phase 1; Somali women's wellbeing is still linking after 17 months (trust was set back once);
   * the elders' and young men's partnerships are early in phase zero.
   */
  static final List<Move> MOVES = List.of(
      new Move("Tamil talking therapies", LocalDate.of(2024, 3, 4), Phase.PHASE_0_BONDING, "Temple and welfare association met separately; the trust met its own staff about interpreters"),
      new Move("Tamil talking therapies", LocalDate.of(2024, 6, 17), Phase.PHASE_0_LINKING, "Both sides asked to meet; the hub brokered the first joint conversation"),
      new Move("Tamil talking therapies", LocalDate.of(2024, 10, 7), Phase.PHASE_0_SHARED_SPACE, "A reference group formed, chaired by a temple trustee"),
      new Move("Tamil talking therapies", LocalDate.of(2025, 1, 20), Phase.PHASE_1_SHARED_SPACE_RUNNING, "The reference group has met monthly for three months with both sides present"),
      new Move("Tamil talking therapies", LocalDate.of(2025, 11, 3), Phase.PHASE_2_CO_PRODUCTION, "Agreed to co-deliver Tamil-language talking therapy groups at the temple"),
      new Move("African and Caribbean mental health forum", LocalDate.of(2024, 4, 8), Phase.PHASE_0_BONDING, "Church leaders and the community centre met on their own first"),
      new Move("African and Caribbean mental health forum", LocalDate.of(2024, 9, 2), Phase.PHASE_0_LINKING, "Councillor Okafor offered to chair a joint forum"),
      new Move("African and Caribbean mental health forum", LocalDate.of(2025, 2, 10), Phase.PHASE_0_SHARED_SPACE, "The forum's terms of reference were agreed by both sides"),
      new Move("African and Caribbean mental health forum", LocalDate.of(2025, 6, 16), Phase.PHASE_1_SHARED_SPACE_RUNNING, "The forum now meets every two months with invited contributions the norm"),
      new Move("Somali women's wellbeing", LocalDate.of(2024, 10, 7), Phase.PHASE_0_BONDING, "The women's group and the mosque agreed to work on this together"),
      new Move("Somali women's wellbeing", LocalDate.of(2025, 3, 10), Phase.PHASE_0_LINKING, "First conversation with public health about what the women want"),
      new Move("Somali women's wellbeing", LocalDate.of(2025, 7, 14), Phase.PHASE_0_BONDING, "Back to bonding: a service closure revived mistrust, the group wants to regroup first"),
      new Move("Somali women's wellbeing", LocalDate.of(2025, 11, 3), Phase.PHASE_0_LINKING, "Linking resumed after public health apologised and explained the closure"),
      new Move("Elders' memory and mood", LocalDate.of(2025, 10, 6), Phase.PHASE_0_BONDING, "The elders' club and the gurdwara meet to hear what elders need"));

  static final List<Plan> PLANS = List.of(
      new Plan("Tamil talking therapies", "Talking therapies with the Tamil community", LocalDate.of(2024, 1, 15),
          List.of("Sri Murugan Temple", "Tamil Welfare Association", "Wandle Talking Therapies",
              "South Wandle Mental Health NHS Trust", "Thames Community Foundation"), 0),
      new Plan("African and Caribbean mental health forum", "A shared forum on mental health services for Black African and Caribbean communities",
          LocalDate.of(2024, 2, 5), List.of(DemoNetwork.SITE_LEAD_ORGANISATION, "St Anne's African Methodist Church",
              "Tooting Caribbean Community Centre", "South Wandle Mental Health NHS Trust", "Wandle Integrated Care Board",
              "Office of Councillor Amara Okafor"), 0),
      new Plan("Somali women's wellbeing", "Emotional wellbeing support with Somali women", LocalDate.of(2024, 9, 9),
          List.of("Somali Women's Group", "Al-Noor Mosque", "Wandle Council Public Health"), 0),
      new Plan("Young men's early intervention", "Early help for young Black men before crisis", LocalDate.of(2026, 1, 26),
          List.of("Young Black Men's Mentoring Project", "South Wandle Mental Health NHS Trust", "Wandle Integrated Care Board"), 0),
      new Plan("Elders' memory and mood", "Memory and low mood among South Asian elders", LocalDate.of(2025, 9, 1),
          List.of("Asian Elders' Club", "Gurdwara Sahib Wandle", "Wandle Talking Therapies"), 120));

  static final List<String> NAMES = PLANS.stream().map(Plan::name).toList();

  private final Partnerships partnerships;
  private final Organisations organisations;
  private final People people;
  private final Engagements engagements;
  private final Resources resources;
  private final Risks risks;
  private final SelfAssessments selfAssessments;
  private final DemoCalendar calendar;

  DemoPartnerships(Partnerships partnerships, Organisations organisations, People people, Engagements engagements,
      Resources resources, Risks risks, SelfAssessments selfAssessments, DemoCalendar calendar) {
    this.calendar = calendar;
    this.partnerships = partnerships;
    this.organisations = organisations;
    this.people = people;
    this.engagements = engagements;
    this.resources = resources;
    this.risks = risks;
    this.selfAssessments = selfAssessments;
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public void load(int scale, Random random) {
    List<Organisation> all = organisations.choices();
    for (Plan plan : PLANS) {
      PartnershipForm f = new PartnershipForm();
      f.setName(plan.name());
      f.setFocus(plan.focus());
      f.setStartedOn(calendar.shift(plan.started()));
      f.setOrganisationIds(plan.organisations().stream()
          .map(n -> all.stream().filter(o -> o.name().equals(n)).findFirst().orElseThrow().id()).toList());
      Partnership p = partnerships.create(f);
      work(p, plan, all, random);
    }
    for (Move m : MOVES) {
      PhaseMoveForm f = new PhaseMoveForm();
      f.setPhase(m.to());
      f.setReason(m.reason());
      f.setMovedOn(calendar.shift(m.on()));
      partnerships.moveTo(id(m.partnership()), f);
    }
    Partnership tamil = partnerships.get(id("Tamil talking therapies"));
    PartnershipDetailsForm details = PartnershipDetailsForm.of(tamil);
    details.setPurpose("Tamil speakers get talking therapy in Tamil, in places they trust, designed with them");
    details.setPurposeAgreedOn(calendar.on(2024, 11, 18));
    details.setCoDelivery(true);
    partnerships.changeDetails(tamil.id(), details);
    Partnership forum = partnerships.get(id("African and Caribbean mental health forum"));
    details = PartnershipDetailsForm.of(forum);
    details.setPurpose("Black African and Caribbean communities shape the trust's crisis and community services");
    details.setPurposeAgreedOn(calendar.on(2025, 2, 10));
    partnerships.changeDetails(forum.id(), details);
    risks(tamil.id());
    // 4Pi self-assessments a year apart: presence and impact rise once the reference group runs.
    selfAssessment(tamil.id(), calendar.on(2024, 11, 18), 2, 2, 1, 2, 1, "Only temple trustees attend; no payment yet");
    selfAssessment(tamil.id(), calendar.on(2025, 11, 17), 3, 3, 3, 3, 2, "Service users paid for their time; co-delivery agreed");
  }

  private void selfAssessment(long partnershipId, LocalDate on, int principles, int purpose, int presence, int process,
      int impact, String notes) {
    SelfAssessmentForm f = new SelfAssessmentForm();
    f.setAssessedOn(on);
    f.setPrinciples(principles);
    f.setPurpose(purpose);
    f.setPresence(presence);
    f.setProcess(process);
    f.setImpact(impact);
    f.setNotes(notes);
    selfAssessments.create(partnershipId, f);
  }

  private long id(String name) {
    return partnerships.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
  }

  /**
   * Engagements about every two months from the start until today, and resources given by both sides;
   * trust rises slowly on the community side as conversations go on (from 2 towards 4).
   */
  private void work(Partnership p, Plan plan, List<Organisation> all, Random random) {
    List<Long> community = new java.util.ArrayList<>();
    List<Long> statutory = new java.util.ArrayList<>();
    for (Partnership.Member m : p.members()) {
      List<Long> ids = people.search(new People.Query(null, m.organisationId(), null, false), new Page.Request(0, 3))
          .items().stream().map(Person::id).toList();
      (Side.STATUTORY.name().equals(m.side()) ? statutory : community).addAll(ids);
    }
    LocalDate until = calendar.today().minusDays(plan.quietDays());
    int n = 0;
    for (LocalDate d = p.startedOn().plusWeeks(2); d.isBefore(until); d = d.plusWeeks(7 + random.nextInt(4)), n++) {
      boolean linking = n % 3 == 2;
      EngagementForm e = new EngagementForm();
      e.setPartnershipId(p.id());
      e.setHeldOn(d);
      e.setSides(linking ? java.util.EnumSet.of(Side.COMMUNITY, Side.STATUTORY) : java.util.EnumSet.of(Side.COMMUNITY));
      List<Long> who = new java.util.ArrayList<>(community.subList(0, Math.min(2, community.size())));
      if (linking) {
        who.addAll(statutory.subList(0, Math.min(1, statutory.size())));
      }
      e.setPersonIds(who);
      e.setPurpose(linking ? "Linking conversation about mutual gains" : "Bonding conversation on the community side");
      e.setMutualGains(linking ? "Earlier referrals for the service; a trusted route to help for families" : null);
      e.setBarriers(n % 4 == 1 ? "Stigma about mental illness; no interpreters at the first appointment" : null);
      e.setNextSteps("Meet again in about two months");
      e.setPowerNotes(n == 0 ? "Mistrust from past detentions under the Mental Health Act; the hub meets people on their own ground" : null);
      e.setCommunityTrust(n % 2 == 0 ? Math.min(4, 2 + n / 6) : null);
      e.setStatutoryTrust(linking ? Math.min(5, 3 + n / 9) : null);
      engagements.create(e);
      if (n % 2 == 0) {
        give(p, all, p.members().get(0).organisationId(), ResourceType.VENUE, "Room for the conversation, with tea",
            new BigDecimal(3), null, d);
      }
      if (linking) {
        long statutoryOrg = p.members().stream().filter(m -> Side.STATUTORY.name().equals(m.side())).findFirst()
            .map(Partnership.Member::organisationId).orElse(p.members().get(0).organisationId());
        give(p, all, statutoryOrg, ResourceType.PAID_TIME, "Staff time at the linking conversation",
            new BigDecimal(2 + random.nextInt(3)), null, d);
      }
    }
    all.stream().filter(o -> o.name().equals("Wandle Community Hub")).findFirst().ifPresent(hub ->
        give(p, all, hub.id(), ResourceType.BROKERAGE, "Brokering the first conversations", new BigDecimal(12), null,
            p.startedOn().plusWeeks(1)));
    all.stream().filter(o -> o.name().equals("Thames Community Foundation")).findFirst().ifPresent(funder ->
        give(p, all, funder.id(), ResourceType.FUNDING, "Independent core funding for phase zero", null,
            new BigDecimal("7500.00"), p.startedOn().plusMonths(1)));
  }

  private void give(Partnership p, List<Organisation> all, long organisationId, ResourceType type, String what,
      BigDecimal hours, BigDecimal money, LocalDate on) {
    if (on.isAfter(calendar.today())) {
      return;
    }
    ResourceForm r = new ResourceForm();
    r.setPartnershipId(p.id());
    r.setGiverOrganisationId(organisationId);
    r.setType(type);
    r.setDescription(what);
    r.setHours(hours);
    r.setMoney(money);
    r.setGivenOn(on);
    resources.create(r);
  }

  private void risks(long tamil) {
    RiskForm broker = new RiskForm();
    broker.setCategory(RiskCategory.KEY_PERSON_DEPENDENCY);
    broker.setTitle("Most linking conversations depend on one broker at the hub");
    broker.setLikelihood(4);
    broker.setImpact(5);
    broker.setMitigation("Train a second broker; hand over relationships in pairs");
    broker.setReviewOn(calendar.today().plusMonths(3));
    risks.create(broker);
    RiskForm funding = new RiskForm();
    funding.setCategory(RiskCategory.FUNDING_DEPENDENCE);
    funding.setTitle("Core funding from one foundation ends in " + DemoPayments.coreFundingEnds(calendar).getYear());
    funding.setLikelihood(3);
    funding.setImpact(4);
    funding.setMitigation("Apply to two further independent funders");
    risks.create(funding);
    RiskForm drift = new RiskForm();
    drift.setPartnershipId(tamil);
    drift.setCategory(RiskCategory.INSTRUMENTAL_PARTICIPATION);
    drift.setTitle("Co-delivery becomes the trust's service with a community logo");
    drift.setLikelihood(2);
    drift.setImpact(4);
    drift.setMitigation("The reference group reviews every session plan; community facilitators are paid");
    risks.create(drift);
  }
}
