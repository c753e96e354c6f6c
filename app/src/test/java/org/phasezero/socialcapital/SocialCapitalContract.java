package org.phasezero.socialcapital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.analysis.graph.Graph;
import org.phasezero.analysis.graph.GraphBuilder;
import org.phasezero.analysis.graph.NodeMeasures;
import org.phasezero.analysis.graph.Partition;
import org.phasezero.network.TieKind;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import org.phasezero.support.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * The network built from the records, against each supported database: measures and key-person
 * risk with known answers on a small network (and equal to the analysis library on the graph read
 * back from the GraphML export), the computed risk in the register following the ties, what-if,
 * change over time, exports valid against the GEXF and GraphML schemas, the survey import (dry run,
 * record, refusals, a race of imports), what each role is shown, and bad requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SocialCapitalContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  SocialCapitalFixture fx;
  String coordinator;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new SocialCapitalFixture(context);
    coordinator = fx.net.token(Role.COORDINATOR);
  }

  private JsonNode get(String path, String token) {
    Api.Response r = api.get(path, token);
    assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
    return r.json();
  }

  private static JsonNode row(JsonNode measures, long person) {
    for (JsonNode n : measures.get("nodes")) {
      if (n.get("id").asText().equals("p" + person)) {
        return n;
      }
    }
    throw new AssertionError("no row for p" + person + " in " + measures);
  }

  @Test
  void measuresAndKeyPersonRiskHaveTheKnownAnswers() {
    JsonNode m = get("/api/v1/networks/measures?" + fx.query(), coordinator);
    JsonNode s = m.get("summary");
    assertThat(s.get("people").asInt()).isEqualTo(8);
    assertThat(s.get("ties").asInt()).isEqualTo(7);
    assertThat(s.get("linkingTies").asInt()).isEqualTo(2);
    assertThat(s.get("components").asInt()).isEqualTo(2);
    assertThat(s.get("largestComponent").asInt()).isEqualTo(6);
    // Within two steps of Sam or Sue: Ayo, Cal and Bea of the six on the community side.
    assertThat(s.get("reachedWithinTwoSteps").asInt()).isEqualTo(3);
    assertThat(s.get("reach").asDouble()).isCloseTo(0.5, within(1e-12));
    JsonNode bea = row(m, fx.bea);
    // Bea lies on the only shortest paths of Ada, Ayo and Cal to Sam and Sue (6 of the 8 connected
    // cross-side pairs), and on Ada–Cal and Ayo–Cal: betweenness 8.
    assertThat(bea.get("betweenness").asDouble()).isCloseTo(8.0, within(1e-12));
    assertThat(bea.get("linkingShare").asDouble()).isCloseTo(0.75, within(1e-12));
    assertThat(bea.get("disconnectsSides").asBoolean()).isTrue();
    assertThat(bea.get("articulationPoint").asBoolean()).isTrue();
    assertThat(bea.get("degree").asInt()).isEqualTo(4);
    assertThat(bea.get("side").asText()).isEqualTo("community");
    assertThat(row(m, fx.ayo).get("linkingShare").asDouble()).isCloseTo(0.25, within(1e-12));
    // Every tie is a bridge but those of the triangle Bea–Sam–Sue; Ayo and Bea are the cut points.
    assertThat(s.get("bridges").asInt()).isEqualTo(4);
    assertThat(s.get("cutPoints").asInt()).isEqualTo(2);
    List<java.util.Set<String>> bridges = new ArrayList<>();
    m.get("bridges").forEach(b -> bridges.add(java.util.Set.of(b.get(0).asText(), b.get(1).asText())));
    assertThat(bridges).containsExactlyInAnyOrder(java.util.Set.of("p" + fx.ada, "p" + fx.ayo),
        java.util.Set.of("p" + fx.ayo, "p" + fx.bea), java.util.Set.of("p" + fx.cal, "p" + fx.bea),
        java.util.Set.of("p" + fx.net.otherPerson, "p" + fx.net.otherResearchPerson));

    JsonNode risk = get("/api/v1/networks/key-person-risk?" + fx.query(), coordinator);
    assertThat(risk.get("keyPeople")).hasSize(1);
    JsonNode key = risk.get("keyPeople").get(0);
    assertThat(key.get("id").asText()).isEqualTo("p" + fx.bea);
    assertThat(key.get("reason").asText()).contains("Bea Broker " + fx.net.suffix).contains("75%")
        .contains("no one on the community side has a path");
  }

  @Test
  void measuresEqualTheLibraryOnTheGraphReadBackFromTheGraphmlExport() throws Exception {
    Api.Response export = api.get("/api/v1/networks/export.graphml?" + fx.query(), coordinator);
    assertThat(export.status()).isEqualTo(200);
    Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(export.body().getBytes(StandardCharsets.UTF_8)));
    GraphBuilder b = GraphBuilder.undirected();
    Map<String, String> sides = new HashMap<>();
    NodeList nodes = doc.getElementsByTagName("node");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element n = (Element) nodes.item(i);
      b.addNode(n.getAttribute("id"));
      sides.put(n.getAttribute("id"), data(n, "side"));
    }
    NodeList edges = doc.getElementsByTagName("edge");
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      b.addEdge(e.getAttribute("source"), e.getAttribute("target"));
    }
    Graph g = b.build(false);
    Partition p = Partition.of(g, sides);
    NodeMeasures expected = NodeMeasures.of(g, p, "community", "statutory");
    JsonNode m = get("/api/v1/networks/measures?" + fx.query(), coordinator);
    assertThat(m.get("nodes")).hasSize(g.nodeCount());
    for (JsonNode row : m.get("nodes")) {
      int v = indexOf(g, row.get("id").asText());
      assertThat(row.get("degree").asInt()).isEqualTo(expected.degree()[v]);
      assertThat(row.get("betweenness").asDouble()).isCloseTo(expected.betweenness()[v], within(1e-9));
      assertThat(row.get("closeness").asDouble()).isCloseTo(expected.closeness()[v], within(1e-9));
      assertThat(row.get("linkingShare").asDouble()).isCloseTo(expected.risk().share()[v], within(1e-9));
      if (!row.get("constraint").isNull()) {
        assertThat(row.get("constraint").asDouble()).isCloseTo(expected.constraint()[v], within(1e-9));
      }
      assertThat(row.get("brokerage").get("liaison").asLong()).isEqualTo(expected.brokerage().liaison()[v]);
      assertThat(row.get("brokerage").get("gatekeeper").asLong()).isEqualTo(expected.brokerage().gatekeeper()[v]);
    }
  }

  private static String data(Element node, String key) {
    NodeList data = node.getElementsByTagName("data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      if (d.getAttribute("key").equals(key)) {
        return d.getTextContent();
      }
    }
    return "none";
  }

  private static int indexOf(Graph g, String label) {
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.label(v).equals(label)) {
        return v;
      }
    }
    throw new AssertionError("no node " + label);
  }

  @Test
  void exportsAreValidGexfAndGraphmlAndCsv() throws Exception {
    SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Api.Response gexf = api.get("/api/v1/networks/export.gexf?" + fx.query(), coordinator);
    assertThat(gexf.status()).isEqualTo(200);
    assertThat(gexf.headers().firstValue("Content-Disposition").orElse(""))
        .contains("network-partnership-" + fx.partnership + "-people-").contains(".gexf");
    schemas.newSchema(getClass().getClassLoader().getResource("gexf.xsd")).newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(gexf.body().getBytes(StandardCharsets.UTF_8))));
    assertThat(gexf.body()).contains("Bea Broker " + fx.net.suffix).contains("<attribute id=\"linking_share\"");
    Api.Response graphml = api.get("/api/v1/networks/export.graphml?" + fx.query(), coordinator);
    schemas.newSchema(getClass().getClassLoader().getResource("graphml.xsd")).newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(graphml.body().getBytes(StandardCharsets.UTF_8))));
    String nodes = api.get("/api/v1/networks/export.csv?list=nodes&" + fx.query(), coordinator).body();
    assertThat(nodes.lines().findFirst().orElseThrow()).startsWith("id,label,type,side,organisation,degree,betweenness");
    assertThat(nodes.lines().count()).isEqualTo(9);
    String edges = api.get("/api/v1/networks/export.csv?" + fx.query(), coordinator).body();
    assertThat(edges.lines().count()).isEqualTo(8);
    assertThat(edges).contains("p" + fx.bea + ",p" + fx.sam + ",linking,linking,3,0,1");
    long audited = db.sql("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'network'")
        .query(Long.class).single();
    assertThat(audited).isGreaterThanOrEqualTo(4);
  }

  @Test
  void theComputedRiskInTheRegisterFollowsTheTies() {
    SocialCapitalFixture own = new SocialCapitalFixture(context);
    String path = "/api/v1/risks/computed?partnershipId=" + own.partnership;
    JsonNode risks = get(path, coordinator);
    assertThat(risks).hasSize(1);
    assertThat(risks.get(0).get("category").asText()).isEqualTo("KEY_PERSON_DEPENDENCY");
    assertThat(risks.get(0).get("title").asText()).contains("Bea Broker " + own.net.suffix);
    assertThat(risks.get(0).get("impact").asInt()).isEqualTo(5);
    assertThat(risks.get(0).get("link").asText()).contains("partnership=" + own.partnership).endsWith("#key-people");
    // A second route from Cal to Sue: removing Bea no longer cuts the sides apart, and her share of
    // the 8 pairs falls to (4 + 1/2) / 8, still most of them.
    own.tie(own.cal, own.sue, TieKind.LINKING);
    risks = get(path, coordinator);
    assertThat(risks).hasSize(1);
    assertThat(risks.get(0).get("impact").asInt()).isEqualTo(4);
    assertThat(risks.get(0).get("explanation").asText()).contains("56%");
    // Ayo meets Sam too: Bea's share is 1.5 / 8, and the risk is gone.
    own.tie(own.ayo, own.sam, TieKind.LINKING);
    assertThat(get(path, coordinator)).isEmpty();
  }

  @Test
  void whatIfShowsWhoIsCutOffAndWhoCouldStepIn() {
    JsonNode w = api.post("/api/v1/networks/what-if?" + fx.query(), coordinator,
        Api.json(Map.of("remove", List.of("p" + fx.bea)))).json();
    assertThat(w.get("cutOffCount").asInt()).isEqualTo(3);
    assertThat(w.get("linkingPairsLost").asLong()).isEqualTo(8);
    assertThat(w.get("before").get("reach").asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(w.get("after").get("reach").asDouble()).isCloseTo(0.0, within(1e-12));
    assertThat(w.get("successors")).isEmpty();
    JsonNode introduced = api.post("/api/v1/networks/what-if?" + fx.query(), coordinator, Api.json(Map.of(
        "remove", List.of("p" + fx.bea), "add", List.of(Map.of("from", "p" + fx.ayo, "to", "p" + fx.sam))))).json();
    assertThat(introduced.get("cutOffCount").asInt()).isEqualTo(1);
    assertThat(introduced.get("cutOff").get(0).get("id").asText()).isEqualTo("p" + fx.cal);
    assertThat(introduced.get("successors").get(0).get("id").asText()).isEqualTo("p" + fx.ayo);
    assertThat(introduced.get("after").get("linkingTies").asInt()).as("Ayo–Sam crosses the sides").isEqualTo(1);
    // A tie between two community members of one organisation is bonding, not linking.
    JsonNode bonding = api.post("/api/v1/networks/what-if?" + fx.query(), coordinator, Api.json(Map.of(
        "add", List.of(Map.of("from", "p" + fx.ada, "to", "p" + fx.cal))))).json();
    assertThat(bonding.get("after").get("linkingTies").asInt()).isEqualTo(2);
    assertThat(bonding.get("after").get("ties").asInt()).isEqualTo(8);
    // Nothing was saved.
    assertThat(get("/api/v1/networks/summary?" + fx.query(), coordinator).get("summary").get("ties").asInt())
        .isEqualTo(7);
    assertThat(api.post("/api/v1/networks/what-if?" + fx.query(), coordinator,
        Api.json(Map.of("remove", List.of("p999999999")))).status()).isEqualTo(400);
    assertThat(api.post("/api/v1/networks/what-if?" + fx.query(), coordinator, Api.json(Map.of())).status())
        .isEqualTo(400);
  }

  @Test
  void changeOverTimeComparesTwoDatesAndDrawsEachMonth() {
    LocalDate today = LocalDate.now();
    JsonNode c = get("/api/v1/networks/change?" + fx.query() + "&from=" + today.minusYears(2) + "&to=" + today,
        coordinator);
    assertThat(c.get("first").get("summary").get("ties").asInt()).isZero();
    assertThat(c.get("second").get("summary").get("ties").asInt()).isEqualTo(7);
    assertThat(c.get("tiesGained").asInt()).isEqualTo(7);
    assertThat(c.get("tiesLost").asInt()).isZero();
    assertThat(c.get("second").get("topBroker").asText()).isEqualTo("Bea Broker " + fx.net.suffix);
    JsonNode trend = get("/api/v1/networks/trend?" + fx.query() + "&from=" + today.minusMonths(2).withDayOfMonth(1)
        + "&to=" + today, coordinator);
    assertThat(trend).hasSize(3);
    assertThat(trend.get(2).get("ties").asInt()).isEqualTo(7);
    assertThat(trend.get(0).get("ties").asInt()).isZero();
  }

  @Test
  void eachRoleIsShownItsPartOnly() {
    // A site lead: their own organisation's people by name, and those tied to them without a name.
    String siteLead = fx.net.token(Role.SITE_LEAD);
    JsonNode m = get("/api/v1/networks/measures?" + fx.query(), siteLead);
    List<String> ids = new ArrayList<>();
    m.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
    assertThat(ids).containsExactlyInAnyOrder("p" + fx.ada, "p" + fx.ayo, "p" + fx.cal);
    String csv = api.get("/api/v1/networks/export.csv?list=nodes&" + fx.query(), siteLead).body();
    assertThat(csv).contains("Someone at Beta Faith Centre " + fx.net.suffix).doesNotContain("Bea Broker")
        .doesNotContain("p" + fx.bea + ",");
    assertThat(api.get("/api/v1/networks/export.csv?" + fx.query(), siteLead).body().lines().count()).isEqualTo(4);
    assertThat(get("/api/v1/networks/key-person-risk?" + fx.query(), siteLead).get("keyPeople").get(0).get("who")
        .asText()).isEqualTo("one person");
    // A researcher: consented people only (Ayo and Bisi), by pseudonym or research code.
    JsonNode r = get("/api/v1/networks/measures?" + fx.query(), fx.net.token(Role.RESEARCHER));
    assertThat(r.get("nodes")).hasSize(2);
    r.get("nodes").forEach(n -> assertThat(n.get("label").asText()).doesNotContain(fx.net.suffix));
    // Each consented person's ties are all with people who did not consent (Ayo's with Bea): the researcher's
    // map does not draw them as if alone, says so, and leaves the empty drawing out.
    String map = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.RESEARCHER),
        org.phasezero.support.TestNetwork.PASSWORD).get("/social-capital?" + fx.query()).body();
    assertThat(map).contains("2 people are not drawn: every tie they have is with someone who has not consented")
        .doesNotContain("pz-map__svg");
    assertThat(org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.COORDINATOR),
        org.phasezero.support.TestNetwork.PASSWORD).get("/social-capital?" + fx.query()).body()).contains("pz-map__svg")
        .doesNotContain("are not drawn");
    // A statutory partner: figures only, for whole reporting periods, small counts withheld.
    String partner = fx.net.token(Role.STATUTORY_PARTNER);
    assertThat(api.get("/api/v1/networks/measures?" + fx.query(), partner).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/networks/export.gexf?" + fx.query(), partner).status()).isEqualTo(403);
    assertThat(api.post("/api/v1/networks/what-if?" + fx.query(), partner,
        Api.json(Map.of("remove", List.of("p" + fx.bea)))).status()).isEqualTo(403);
    JsonNode summary = get("/api/v1/networks/summary?" + fx.query(), partner).get("summary");
    assertThat(summary.get("people").asInt()).isEqualTo(8);
    assertThat(summary.get("linkingTies").isNull()).isTrue();
    assertThat(summary.get("withheld").toString()).contains("linkingTies");
    assertThat(api.get("/api/v1/networks/summary?" + fx.query() + "&from=2026-01-01&to=2026-01-15", partner).status())
        .isEqualTo(400);
    JsonNode named = get("/api/v1/networks/summary?" + fx.query() + "&period=FY2025-26", partner);
    assertThat(named.get("query").get("from").asText()).isEqualTo("2025-04-01");
    assertThat(named.get("query").get("to").asText()).isEqualTo("2026-03-31");
    assertThat(api.get("/api/v1/networks/measures?" + fx.query(), fx.net.token(Role.PEER_RESEARCHER)).status())
        .isEqualTo(403);
    // A partnership the site lead's organisation is not in is not found.
    SocialCapitalFixture other = new SocialCapitalFixture(context);
    assertThat(api.get("/api/v1/networks/summary?sources=ties&partnership=" + other.partnership, siteLead).status())
        .isEqualTo(404);
  }

  @Test
  void badRequestsAreRefusedWithProblems() {
    for (String q : List.of("sources=nonsense", "nodes=planets", "kinds=friendly", "from=2026-05-01&to=2026-01-01",
        "from=1990-01-01&to=2026-01-01", "from=0001-01-01", "to=+10000-01-01")) {
      Api.Response r = api.get("/api/v1/networks/summary?" + q, coordinator);
      assertThat(r.status()).as(q).isEqualTo(400);
      assertThat(r.contentType()).as(q).contains("problem+json");
    }
    assertThat(api.get("/api/v1/networks/measures?order=shoe-size&" + fx.query(), coordinator).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/networks/export.csv?list=people&" + fx.query(), coordinator).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/networks/summary", null).status()).isEqualTo(401);
    // Pages say why, keep the form, and answer 400.
    var session = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.COORDINATOR),
        org.phasezero.support.TestNetwork.PASSWORD);
    for (String page : List.of("/social-capital?from=3000-01-01", "/social-capital/change?nodes=planets",
        "/social-capital/what-if?" + fx.query() + "&addFrom=p" + fx.ada)) {
      var shown = session.get(page);
      assertThat(shown.status()).as(page).isEqualTo(400);
      assertThat(shown.body()).as(page).contains("Choose the network").contains("nhsuk-error-summary")
          .doesNotContain("?null");
    }
  }

  @Test
  void aSurveyIsPreviewedThenRecordedOnceHoweverManyImportsRace() throws Exception {
    SocialCapitalFixture own = new SocialCapitalFixture(context);
    String s = own.net.suffix;
    String csv = "respondent,alter,trust\nCal Own " + s + ",Sam Statutory " + s + ",4\n"
        + "Ada Own " + s + ",Cal Own " + s + ",\n"
        + "Cal Own " + s + ",Sam Statutory " + s + ",\n"
        + "Ayo Research " + s + ",Bea Broker " + s + ",\n";
    String path = "/api/v1/networks/survey";
    JsonNode preview = api.postText(path, coordinator, "text/csv", csv).json();
    assertThat(preview.get("dryRun").asBoolean()).isTrue();
    assertThat(preview.get("toRecord").asInt()).isEqualTo(2);
    assertThat(preview.get("errors").asInt()).isZero();
    assertThat(preview.get("details").get(0).get("kind").asText()).isEqualTo("LINKING");
    assertThat(preview.get("details").get(1).get("kind").asText()).isEqualTo("BONDING");
    assertThat(preview.get("details").get(2).get("status").asText()).isEqualTo("REPEATED");
    assertThat(preview.get("details").get(3).get("status").asText()).isEqualTo("ALREADY_TIED");
    assertThat(ties(own.cal, own.sam)).isZero();

    List<Integer> statuses = Race.of(() -> api.postText(path + "?dryRun=false", coordinator, "text/csv", csv).status());
    assertThat(statuses).containsOnly(200);
    assertThat(ties(own.cal, own.sam)).isEqualTo(1);
    assertThat(ties(own.ada, own.cal)).isEqualTo(1);

    String wrong = "respondent,alter,trust\nNobody " + s + ",Cal Own " + s + ",\nCal Own " + s + ",Sue Statutory " + s
        + ",9\n";
    JsonNode refused = api.postText(path + "?dryRun=false", coordinator, "text/csv", wrong).json();
    assertThat(refused.get("errors").asInt()).isEqualTo(2);
    assertThat(refused.get("recorded").asInt()).isZero();
    assertThat(refused.get("details").get(0).get("message").asText()).contains("No one in the network is called");
    assertThat(ties(own.cal, own.sue)).isZero();
    assertThat(api.postText(path, coordinator, "text/csv", "who,whom\na,b\n").status()).isEqualTo(400);
    // Saved by Excel as "CSV UTF-8": a byte order mark before the first column's name.
    JsonNode excel = api.postText(path, coordinator, "text/csv", "\uFEFFrespondent,alter\nAda Own " + s + ",Sue Statutory "
        + s + "\n").json();
    assertThat(excel.get("toRecord").asInt()).isEqualTo(1);
    Api.Response broken = api.postText(path, coordinator, "text/csv", "respondent,alter\n\"Ada Own " + s + ",Sue\n");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.detail()).contains("not readable as CSV").doesNotContain("Exception");
    assertThat(api.postText(path, fx.net.token(Role.SITE_LEAD), "text/csv", csv).status()).isEqualTo(403);
  }

  private long ties(long a, long b) {
    return db.sql("select count(*) from tie where voided_at is null and ((from_person_id = ? and to_person_id = ?)"
        + " or (from_person_id = ? and to_person_id = ?))").params(a, b, b, a).query(Long.class).single();
  }
}
