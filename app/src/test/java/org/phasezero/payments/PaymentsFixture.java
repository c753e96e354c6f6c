package org.phasezero.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.phasezero.network.Organisation;
import org.phasezero.network.OrganisationForm;
import org.phasezero.network.OrganisationType;
import org.phasezero.network.Organisations;
import org.phasezero.network.Side;
import org.phasezero.partnerships.Partnership;
import org.phasezero.partnerships.PartnershipForm;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.AccessTokens;
import org.phasezero.security.Accounts;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.spaces.Meetings;
import org.phasezero.spaces.SharedSpaces;
import org.phasezero.spaces.SpacesFixture;
import org.phasezero.support.TestNetwork;
import org.springframework.context.ApplicationContext;

/**
 * What payments tests build on, made through the real services: the test network, a partnership
 * of the own and statutory organisations, an independent funder, and real meetings of a shared
 * space of that partnership, attended by the own and the other organisation's person.
 */
final class PaymentsFixture {

  final TestNetwork net;
  final Partnership partnership;
  final Organisation funder;
  final long spaceId;
  private final Meetings meetings;
  /** A second coordinator's token: whoever submitted a claim may not approve it. */
  final String approver;

  PaymentsFixture(ApplicationContext context) {
    try (var system = SystemActor.enter("test fixture")) {
      net = new TestNetwork(context);
      meetings = context.getBean(Meetings.class);
      Organisations organisations = context.getBean(Organisations.class);
      OrganisationForm o = new OrganisationForm();
      o.setName("Delta Foundation " + net.suffix);
      o.setType(OrganisationType.FUNDER);
      o.setSide(Side.INDEPENDENT);
      funder = organisations.create(o);
      PartnershipForm p = new PartnershipForm();
      p.setName("Payments partnership " + net.suffix);
      p.setFocus("Paying people fairly");
      p.setStartedOn(LocalDate.of(2024, 1, 1));
      p.setOrganisationIds(List.of(net.ownOrg.id(), net.statutoryOrg.id()));
      partnership = context.getBean(Partnerships.class).create(p);
      spaceId = context.getBean(SharedSpaces.class).create(SpacesFixture.space(partnership.id(),
          "Payments forum " + net.suffix)).id();
      Accounts accounts = context.getBean(Accounts.class);
      String username = "approver-" + net.suffix;
      accounts.create(username, "Second coordinator", Role.COORDINATOR, null, TestNetwork.PASSWORD);
      approver = context.getBean(AccessTokens.class).create(accounts.find(username).orElseThrow().asUser(), "tests",
          java.time.Duration.ofDays(1)).secret();
    }
  }

  /** A meeting of the partnership on the date, attended by the own and the other organisation's person. */
  long meeting(LocalDate date) {
    return meeting(date, net.ownPerson, net.otherPerson);
  }

  /** A meeting of the partnership on the date, attended by these people (recorded as the system). */
  long meeting(LocalDate date, long... attendees) {
    return SystemActor.call("test fixture", () -> {
      long id = meetings.create(SpacesFixture.meeting(spaceId, date, "Forum " + date)).id();
      for (long person : attendees) {
        meetings.recordAttendance(id, person);
      }
      return id;
    });
  }

  static BigDecimal money(String s) {
    return new BigDecimal(s);
  }
}
