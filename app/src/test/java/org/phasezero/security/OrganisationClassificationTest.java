package org.phasezero.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.network.Organisation;
import org.phasezero.network.Organisations;
import org.phasezero.support.Api;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * An organisation's side and type are the hub's decision: a site lead may change their own
 * organisation's details but not how the network classifies it.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationClassificationTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  TestNetwork net;
  Api api;

  @BeforeAll
  void setUp() {
    net = new TestNetwork(context);
    api = new Api(port);
  }

  Organisation own() {
    try (var system = SystemActor.enter("test check")) {
      return context.getBean(Organisations.class).get(net.ownOrg.id());
    }
  }

  String body(Organisation o, String name, String type, String side) {
    return Api.json(Map.of("name", name, "type", type, "side", side, "version", o.version()));
  }

  @Test
  void aSiteLeadCannotChangeTheSideOrTypeThroughTheApi() {
    String lead = net.token(Role.SITE_LEAD);
    Organisation o = own();
    var side = api.put("/api/v1/organisations/" + o.id(), lead, body(o, o.name(), o.type().name(), "STATUTORY"));
    assertThat(side.status()).isEqualTo(403);
    assertThat(side.contentType()).startsWith("application/problem+json");
    assertThat(side.detail()).contains("coordinator").contains("side");
    var type = api.put("/api/v1/organisations/" + o.id(), lead, body(o, o.name(), "NHS_TRUST", o.side().name()));
    assertThat(type.status()).isEqualTo(403);
    assertThat(own().side()).isEqualTo(o.side());
    assertThat(own().type()).isEqualTo(o.type());
    assertThat(own().version()).isEqualTo(o.version());
  }

  @Test
  void aSiteLeadStillChangesTheOtherDetails() {
    Organisation o = own();
    var r = api.put("/api/v1/organisations/" + o.id(), net.token(Role.SITE_LEAD),
        body(o, o.name() + " (renamed)", o.type().name(), o.side().name()));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(own().name()).endsWith("(renamed)");
  }

  @Test
  void theCoordinatorChangesTheSideAndType() {
    Organisation o;
    try (var system = SystemActor.enter("test fixture")) {
      o = context.getBean(Organisations.class).create(orgForm("Delta reclassified " + net.suffix));
    }
    var r = api.put("/api/v1/organisations/" + o.id(), net.token(Role.COORDINATOR),
        body(o, o.name(), "VCSE", "INDEPENDENT"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("side").asString()).isEqualTo("INDEPENDENT");
  }

  @Test
  void theEditPageShowsTheSideAndTypeReadOnlyToASiteLeadAndRefusesForgedValues() {
    WebSession lead = WebSession.signIn(port, net.usernames.get(Role.SITE_LEAD), TestNetwork.PASSWORD);
    Organisation o = own();
    String form = lead.get("/organisations/" + o.id() + "/edit").body();
    assertThat(form).doesNotContainPattern("<select[^>]*name=\"side\"")
        .doesNotContainPattern("<select[^>]*name=\"type\"")
        .contains("Only the coordinator can change the side and type");

    Map<String, String> fields = new HashMap<>(Map.of("name", o.name(), "type", o.type().name(),
        "side", "STATUTORY", "version", String.valueOf(o.version())));
    var forged = lead.post("/organisations/" + o.id() + "/edit", "/organisations/" + o.id() + "/edit", fields);
    assertThat(forged.status()).isEqualTo(403);
    assertThat(own().side()).isEqualTo(o.side());

    fields.put("side", o.side().name());
    fields.put("phone", "0113 496 0000");
    var saved = lead.post("/organisations/" + o.id() + "/edit", "/organisations/" + o.id() + "/edit", fields);
    assertThat(saved.location()).endsWith("/organisations/" + o.id() + "?saved");
    assertThat(own().phone()).isEqualTo("0113 496 0000");
  }

  @Test
  void theCoordinatorSeesTheSideAndTypeAsChoices() {
    WebSession coordinator = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD);
    String form = coordinator.get("/organisations/" + net.otherOrg.id() + "/edit").body();
    assertThat(form).containsPattern("<select[^>]*name=\"side\"").containsPattern("<select[^>]*name=\"type\"");
  }

  static org.phasezero.network.OrganisationForm orgForm(String name) {
    var f = new org.phasezero.network.OrganisationForm();
    f.setName(name);
    f.setType(org.phasezero.network.OrganisationType.COMMUNITY_GROUP);
    f.setSide(org.phasezero.network.Side.COMMUNITY);
    return f;
  }
}
