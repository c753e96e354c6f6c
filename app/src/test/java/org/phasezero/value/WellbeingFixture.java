package org.phasezero.value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.phasezero.analysis.wellbeing.WellbeingScale;
import org.phasezero.network.ConsentForm;
import org.phasezero.network.ConsentMethod;
import org.phasezero.network.ConsentPurpose;
import org.phasezero.network.Consents;
import org.phasezero.network.ContactPreference;
import org.phasezero.network.People;
import org.phasezero.network.PersonForm;
import org.phasezero.network.PersonRole;
import org.phasezero.partnerships.PartnershipForm;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.SystemActor;
import org.phasezero.support.TestNetwork;
import org.springframework.context.ApplicationContext;

/**
 * A partnership of the test network's own and statutory organisations, people of the own
 * organisation who consented to the use of health information (and one who did not), and
 * placeholder wording for both scales in English (the licensed wording is never in tests).
 */
final class WellbeingFixture {

  final TestNetwork net;
  final long partnership;
  final List<Long> consented = new ArrayList<>();
  final long notConsented;
  private final ApplicationContext context;

  WellbeingFixture(ApplicationContext context) {
    this.context = context;
    net = new TestNetwork(context);
    try (var system = SystemActor.enter("test fixture")) {
      PartnershipForm p = new PartnershipForm();
      p.setName("Wellbeing partnership " + net.suffix);
      p.setFocus("Measuring wellbeing");
      p.setStartedOn(LocalDate.of(2024, 1, 1));
      p.setOrganisationIds(List.of(net.ownOrg.id(), net.statutoryOrg.id()));
      partnership = context.getBean(Partnerships.class).create(p).id();
      for (String name : List.of("Asha", "Bilal", "Chandra", "Dev", "Esi", "Farah")) {
        long id = person(name + " Wellbeing " + net.suffix);
        consent(id);
        consented.add(id);
      }
      notConsented = person("Gul Noconsent " + net.suffix);
      wording(context, WellbeingScale.SWEMWBS);
      wording(context, WellbeingScale.WEMWBS);
    }
  }

  private long person(String name) {
    PersonForm f = new PersonForm();
    f.setDisplayName(name);
    f.setOrganisationId(net.ownOrg.id());
    f.setRoles(java.util.EnumSet.of(PersonRole.EXPERT_BY_EXPERIENCE));
    f.setContactPreference(ContactPreference.NONE);
    return context.getBean(People.class).create(f).id();
  }

  private void consent(long person) {
    ConsentForm c = new ConsentForm();
    c.setPurpose(ConsentPurpose.SPECIAL_CATEGORY_DATA);
    c.setGivenOn(LocalDate.of(2025, 1, 1));
    c.setMethod(ConsentMethod.WRITTEN);
    context.getBean(Consents.class).record(person, c);
  }

  /** Placeholder statements ("Statement 1" …) and answers, saved over whatever another test left. */
  static void wording(ApplicationContext context, WellbeingScale scale) {
    try (var system = SystemActor.enter("test fixture")) {
      WellbeingWordings wordings = context.getBean(WellbeingWordings.class);
      WellbeingWordingForm f = new WellbeingWordingForm();
      f.setIntro("Below are some statements about feelings and thoughts (test wording).");
      List<String> items = new ArrayList<>();
      for (int i = 1; i <= scale.items(); i++) {
        items.add("Statement " + i);
      }
      f.setItems(String.join("\n", items));
      f.setAnswers("None of the time\nRarely\nSome of the time\nOften\nAll of the time");
      f.setRegistration("Test registration " + UUID.randomUUID());
      f.setVersion(wordings.get(scale, "en").map(WellbeingWording::version).orElse(null));
      wordings.save(scale, "en", f);
    }
  }

  /** {@code n} answers all equal to {@code value}. */
  static List<Integer> all(int n, int value) {
    return new ArrayList<>(Collections.nCopies(n, value));
  }
}
