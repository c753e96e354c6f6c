package org.phasezero.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.network.Organisation;
import org.phasezero.network.OrganisationForm;
import org.phasezero.network.OrganisationType;
import org.phasezero.network.Organisations;
import org.phasezero.network.Side;
import org.phasezero.partnerships.PartnershipForm;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.spaces.Meetings;
import org.phasezero.spaces.SharedSpaces;
import org.phasezero.spaces.SpacesFixture;
import org.phasezero.support.Api;
import org.phasezero.support.TestNetwork;
import org.springframework.context.ApplicationContext;

/**
 * A partnership with a ledger for 2025, made through the real services and API: funding of
 * £36,500 from an independent funder over 2025–2026, a budget of that funder for January to June
 * 2025, one involvement claim paid from that budget (in March) and one paid without a budget (in
 * September), resources given (a venue worth £500, the funder's grant also recorded as a resource,
 * 10 hours of staff time, and a venue outside the period), and two meetings attended by two people.
 */
final class ValueFixture {

  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate TO = LocalDate.of(2025, 12, 31);

  final TestNetwork net;
  final long partnership;
  /** A second partnership with nothing in its ledger, for the hand-worked account. */
  final long emptyPartnership;
  final Organisation funder;
  final String coordinator;
  final long fundingId;
  final BigDecimal claimFromBudget;
  final BigDecimal claimWithoutBudget;

  ValueFixture(ApplicationContext context, Api api) {
    net = new TestNetwork(context);
    coordinator = net.token(Role.COORDINATOR);
    long spaceId;
    long march;
    long september;
    try (var system = SystemActor.enter("test fixture")) {
      OrganisationForm o = new OrganisationForm();
      o.setName("Value Foundation " + net.suffix);
      o.setType(OrganisationType.FUNDER);
      o.setSide(Side.INDEPENDENT);
      funder = context.getBean(Organisations.class).create(o);
      Partnerships partnerships = context.getBean(Partnerships.class);
      partnership = partnerships.create(partnership("Value partnership " + net.suffix,
          List.of(net.ownOrg.id(), net.statutoryOrg.id(), funder.id()))).id();
      emptyPartnership = partnerships.create(partnership("Hand-worked partnership " + net.suffix,
          List.of(net.ownOrg.id(), net.statutoryOrg.id()))).id();
      spaceId = context.getBean(SharedSpaces.class).create(SpacesFixture.space(partnership, "Value forum " + net.suffix)).id();
      Meetings meetings = context.getBean(Meetings.class);
      march = meetings.create(SpacesFixture.meeting(spaceId, LocalDate.of(2025, 3, 10), "March forum")).id();
      september = meetings.create(SpacesFixture.meeting(spaceId, LocalDate.of(2025, 9, 10), "September forum")).id();
      meetings.recordAttendance(march, net.ownPerson);
      meetings.recordAttendance(march, net.otherPerson);
      meetings.recordAttendance(september, net.ownPerson);
    }
    ok(api.post("/api/v1/rates", coordinator, Api.json(Map.of("activity", "MEETING", "unit", "HOUR",
        "amount", "20.00", "validFrom", "2020-01-01", "source", "test rate"))));
    fundingId = ok(api.post("/api/v1/funding", coordinator, Api.json(Map.of("funderId", funder.id(),
        "partnershipId", partnership, "amount", "36500.00", "termFrom", "2025-01-01", "termTo", "2026-12-31",
        "independent", true, "description", "Two-year grant")))).json().get("id").asLong();
    ok(api.post("/api/v1/budgets", coordinator, Api.json(Map.of("partnershipId", partnership,
        "funderId", funder.id(), "amount", "5000.00", "periodFrom", "2025-01-01", "periodTo", "2025-06-30"))));
    String approver = net.newAccount(Role.COORDINATOR).token();
    claimFromBudget = paidClaim(api, approver, march);
    claimWithoutBudget = paidClaim(api, approver, september);
    resource(api, net.statutoryOrg.id(), "VENUE", "Room at the trust for the forum", null, "500.00", "2025-05-01");
    resource(api, funder.id(), "FUNDING", "The foundation's grant", null, "36500.00", "2025-01-15");
    resource(api, net.statutoryOrg.id(), "PAID_TIME", "Staff time to plan the forum", "10", null, "2025-06-01");
    resource(api, net.statutoryOrg.id(), "VENUE", "Room before the period", null, "999.00", "2024-12-31");
  }

  private BigDecimal paidClaim(Api api, String approver, long meeting) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("personId", net.ownPerson);
    claim.put("meetingId", meeting);
    claim.put("activity", "MEETING");
    claim.put("unit", "HOUR");
    claim.put("quantity", "2");
    claim.put("expenses", List.of());
    long id = ok(api.post("/api/v1/claims", coordinator, Api.json(claim))).json().get("id").asLong();
    ok(api.post("/api/v1/claims/" + id + "/approve", approver, ""));
    var paid = ok(api.post("/api/v1/claims/" + id + "/pay", coordinator,
        Api.json(Map.of("paidOn", "2025-10-01", "method", "BANK_TRANSFER"))));
    return new BigDecimal(paid.json().get("total").asString());
  }

  private void resource(Api api, long giver, String type, String description, String hours, String money,
      String givenOn) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("partnershipId", partnership);
    r.put("giverOrganisationId", giver);
    r.put("type", type);
    r.put("description", description);
    if (hours != null) {
      r.put("hours", hours);
    }
    if (money != null) {
      r.put("money", money);
    }
    r.put("givenOn", givenOn);
    ok(api.post("/api/v1/resources", coordinator, Api.json(r)));
  }

  private static PartnershipForm partnership(String name, List<Long> organisations) {
    PartnershipForm f = new PartnershipForm();
    f.setName(name);
    f.setFocus("Evidencing value");
    f.setStartedOn(LocalDate.of(2024, 1, 1));
    f.setOrganisationIds(organisations);
    return f;
  }

  static Api.Response ok(Api.Response r) {
    assertThat(r.status()).as(r.body()).isBetween(200, 201);
    return r;
  }

  /** An account's settings as the API takes them. */
  Map<String, Object> account(long partnershipId, String title, String discountRatePercent, boolean yearOne) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("partnershipId", partnershipId);
    a.put("title", title + " " + net.suffix);
    a.put("periodFrom", FROM.toString());
    a.put("periodTo", TO.toString());
    a.put("hourRate", "15.00");
    a.put("discountRatePercent", discountRatePercent);
    a.put("discountYearOne", yearOne);
    return a;
  }

  /** An outcome as the API takes it: shares in percent. */
  static Map<String, Object> outcome(String stakeholder, String name, String quantity, String proxy, int duration,
      String deadweight, String displacement, String attribution, String dropOff) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("stakeholder", stakeholder);
    o.put("name", name);
    o.put("quantity", quantity);
    o.put("quantitySource", "Baseline and follow-up questionnaires");
    o.put("proxyValue", proxy);
    o.put("proxySource", "Test proxy");
    o.put("proxyYear", 2025);
    o.put("proxyOrigin", "ENTERED");
    o.put("duration", duration);
    o.put("deadweightPercent", deadweight);
    o.put("displacementPercent", displacement);
    o.put("attributionPercent", attribution);
    o.put("dropOffPercent", dropOff);
    return o;
  }
}
