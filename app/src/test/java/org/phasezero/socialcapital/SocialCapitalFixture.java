package org.phasezero.socialcapital;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.phasezero.network.ContactPreference;
import org.phasezero.network.People;
import org.phasezero.network.PersonForm;
import org.phasezero.network.PersonRole;
import org.phasezero.network.TieForm;
import org.phasezero.network.TieKind;
import org.phasezero.network.Ties;
import org.phasezero.partnerships.PartnershipForm;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.SystemActor;
import org.phasezero.support.TestNetwork;
import org.springframework.context.ApplicationContext;

/**
 * A small network with one broker, in a partnership of its own so that other tests' people stay out
 * of it (the tests share a database): on the community side Ada and Ayo (the test network's own
 * organisation, tied to each other), Cal (own organisation) and Bea the broker (the other community
 * organisation), with Bola and Bisi (the other organisation, tied only to each other); on the
 * statutory side Sam and Sue, tied to each other. Bea is tied to Ayo, Cal, Sam and Sue.
 *
 * <pre>
 *   Ada – Ayo – Bea – Sam
 *          Cal ┘   └ Sue – Sam        Bola – Bisi
 * </pre>
 */
final class SocialCapitalFixture {

  final TestNetwork net;
  final long partnership;
  final long ada;
  final long ayo;
  final long cal;
  final long bea;
  final long sam;
  final long sue;
  private final ApplicationContext context;

  SocialCapitalFixture(ApplicationContext context) {
    this.context = context;
    net = new TestNetwork(context);
    try (var system = SystemActor.enter("test fixture")) {
      People people = context.getBean(People.class);
      ada = net.ownPerson;
      ayo = net.ownResearchPerson;
      cal = people.create(person("Cal Own " + net.suffix, net.ownOrg.id())).id();
      bea = people.create(person("Bea Broker " + net.suffix, net.otherOrg.id())).id();
      sam = people.create(person("Sam Statutory " + net.suffix, net.statutoryOrg.id())).id();
      sue = people.create(person("Sue Statutory " + net.suffix, net.statutoryOrg.id())).id();
      PartnershipForm f = new PartnershipForm();
      f.setName("Network test " + net.suffix);
      f.setFocus("Testing the network map");
      f.setStartedOn(LocalDate.of(2024, 1, 1));
      f.setOrganisationIds(List.of(net.ownOrg.id(), net.otherOrg.id(), net.statutoryOrg.id()));
      partnership = context.getBean(Partnerships.class).create(f).id();
      tie(ayo, bea, TieKind.BRIDGING);
      tie(cal, bea, TieKind.BRIDGING);
      tie(bea, sam, TieKind.LINKING);
      tie(bea, sue, TieKind.LINKING);
      tie(sam, sue, TieKind.BONDING);
    }
  }

  long tie(long from, long to, TieKind kind) {
    try (var system = SystemActor.enter("test fixture")) {
      TieForm f = new TieForm();
      f.setFromPersonId(from);
      f.setToPersonId(to);
      f.setKind(kind);
      f.setTrust(3);
      return context.getBean(Ties.class).create(f).id();
    }
  }

  /** The query string of this partnership's network of recorded ties, over the year to today. */
  String query() {
    return "sources=ties&partnership=" + partnership;
  }

  static PersonForm person(String name, long organisationId) {
    PersonForm f = new PersonForm();
    f.setDisplayName(name);
    f.setRoles(EnumSet.of(PersonRole.EXPERT_BY_EXPERIENCE));
    f.setContactPreference(ContactPreference.PHONE);
    f.setPhone("07700 900456");
    f.setOrganisationId(organisationId);
    return f;
  }
}
