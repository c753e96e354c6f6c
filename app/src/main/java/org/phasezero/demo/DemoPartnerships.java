package org.phasezero.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.phasezero.network.Organisation;
import org.phasezero.network.Organisations;
import org.phasezero.partnerships.PartnershipForm;
import org.phasezero.partnerships.Partnerships;
import org.springframework.stereotype.Component;

/**
 * The demo's partnerships, two years of them: one in phase 2 with co-delivery (Tamil talking
 * therapies), one running a shared forum (phase 1), one still in phase zero after 18 months
 * (Somali women's wellbeing), and two newer ones. Other parts of the demo (meetings, payments)
 * find them by {@link #NAMES}.
 */
@Component
class DemoPartnerships implements DemoHistory {

  record Plan(String name, String focus, LocalDate started, List<String> organisations) {}

  static final List<Plan> PLANS = List.of(
      new Plan("Tamil talking therapies", "Talking therapies with the Tamil community", LocalDate.of(2024, 1, 15),
          List.of("Sri Murugan Temple", "Tamil Welfare Association", "Wandle Talking Therapies",
              "South Wandle Mental Health NHS Trust", "Thames Community Foundation")),
      new Plan("African and Caribbean mental health forum", "A shared forum on mental health services for Black African and Caribbean communities",
          LocalDate.of(2024, 2, 5), List.of(DemoNetwork.SITE_LEAD_ORGANISATION, "St Anne's African Methodist Church",
              "Tooting Caribbean Community Centre", "South Wandle Mental Health NHS Trust", "Wandle Integrated Care Board",
              "Office of Councillor Amara Okafor")),
      new Plan("Somali women's wellbeing", "Emotional wellbeing support with Somali women", LocalDate.of(2025, 5, 12),
          List.of("Somali Women's Group", "Al-Noor Mosque", "Wandle Council Public Health")),
      new Plan("Young men's early intervention", "Early help for young Black men before crisis", LocalDate.of(2026, 3, 2),
          List.of("Young Black Men's Mentoring Project", "South Wandle Mental Health NHS Trust", "Wandle Integrated Care Board")),
      new Plan("Elders' memory and mood", "Memory and low mood among South Asian elders", LocalDate.of(2025, 9, 1),
          List.of("Asian Elders' Club", "Gurdwara Sahib Wandle", "Wandle Talking Therapies")));

  static final List<String> NAMES = PLANS.stream().map(Plan::name).toList();

  private final Partnerships partnerships;
  private final Organisations organisations;

  DemoPartnerships(Partnerships partnerships, Organisations organisations) {
    this.partnerships = partnerships;
    this.organisations = organisations;
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
      f.setStartedOn(plan.started());
      f.setOrganisationIds(plan.organisations().stream()
          .map(n -> all.stream().filter(o -> o.name().equals(n)).findFirst().orElseThrow().id()).toList());
      partnerships.create(f);
    }
  }
}
