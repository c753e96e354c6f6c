package org.phasezero.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Evidence packs against each supported database: made in the background (202, then READY),
 * the same records giving the same content hash and a changed record a different one while the
 * first pack stays as it was, figures equal to the account's, small numbers withheld, the PDF and
 * XLSX readable with the same figures, publishing for statutory partners, and every step audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EvidencePackContract {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  ValueFixture fx;
  long account;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new ValueFixture(context, api);
    Api.Response a = api.post("/api/v1/sroi-accounts", fx.coordinator,
        Api.json(fx.account(fx.partnership, "Pack account", "3.5", true)));
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    account = a.json().get("id").asLong();
    api.post("/api/v1/sroi-accounts/" + account + "/outcomes", fx.coordinator, Api.json(ValueFixture.outcome(
        "Community members", "Improved wellbeing", "200", "500.00", 3, "25", "0", "20", "10")));
    Api.Response indicator = api.post("/api/v1/indicators", fx.coordinator, Api.json(Map.of("partnershipId",
        fx.partnership, "name", "People starting talking therapy", "periodFrom", "2025-07-01", "periodTo",
        "2025-09-30", "amount", "9", "unit", "people", "source", "The service's records")));
    assertThat(indicator.status()).as(indicator.body()).isEqualTo(201);
  }

  private JsonNode make() throws InterruptedException {
    return make(null);
  }

  private JsonNode make(Long thematicNetworkId) throws InterruptedException {
    Map<String, Object> body = new LinkedHashMap<>();
    if (thematicNetworkId != null) {
      body.put("thematicNetworkId", thematicNetworkId);
    }
    body.put("partnershipId", fx.partnership);
    body.put("periodFrom", ValueFixture.FROM.toString());
    body.put("periodTo", ValueFixture.TO.toString());
    body.put("sroiAccountId", account);
    Api.Response started = api.post("/api/v1/evidence-packs", fx.coordinator, Api.json(body));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    assertThat(started.headers().firstValue("Location")).isPresent();
    long id = started.json().get("id").asLong();
    for (int i = 0; i < 200; i++) {
      JsonNode pack = api.get("/api/v1/evidence-packs/" + id, fx.coordinator).json();
      if (!pack.get("status").asText().equals("GENERATING")) {
        assertThat(pack.get("status").asText()).as(pack.toString()).isEqualTo("READY");
        return pack;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("pack " + id + " was not made within 10 s");
  }

  @Test
  void theSameRecordsGiveTheSameHashAndAChangedRecordAnother() throws Exception {
    JsonNode first = make();
    JsonNode second = make();
    assertThat(second.get("contentHash").asText()).isEqualTo(first.get("contentHash").asText());
    assertThat(second.get("auditPosition").asLong()).isGreaterThan(first.get("auditPosition").asLong());
    long id = first.get("id").asLong();
    JsonNode verified = api.get("/api/v1/evidence-packs/" + id + "/verify", fx.coordinator).json();
    assertThat(verified.get("reproduced").asBoolean()).isTrue();
    JsonNode content = api.get("/api/v1/evidence-packs/" + id + "/content", fx.coordinator).json();

    // The figures are the account's.
    JsonNode result = api.get("/api/v1/sroi-accounts/" + account + "/result", fx.coordinator).json();
    assertThat(content.get("sroi").get("ratio").asDouble()).isEqualTo(result.get("ratio").asDouble());
    assertThat(new BigDecimal(content.get("sroi").get("presentValue").asText()))
        .isEqualByComparingTo(result.get("presentValue").asText());
    assertThat(new BigDecimal(content.get("money").get("funding").asText())).isEqualByComparingTo("18250.00");
    assertThat(content.get("sroi").get("sensitivity")).hasSize(5);
    // Three attendances by two people: both under the threshold of 5, so withheld.
    assertThat(content.get("activities").get("meetings").asInt()).isEqualTo(2);
    assertThat(content.get("activities").get("attendances").isNull()).isTrue();
    assertThat(content.get("activities").get("people").isNull()).isTrue();
    assertThat(content.get("provenance").toString()).contains("Account #" + account).contains("pro rata");
    assertThat(content.get("indicators").get(0).get("name").asText()).isEqualTo("People starting talking therapy");

    // A new input changes the figures: a new pack differs, the first is unchanged and says so.
    api.post("/api/v1/sroi-accounts/" + account + "/inputs", fx.coordinator,
        Api.json(Map.of("description", "Trust staff time", "amount", "500.00", "source", "Timesheets")));
    JsonNode third = make();
    assertThat(third.get("contentHash").asText()).isNotEqualTo(first.get("contentHash").asText());
    assertThat(api.get("/api/v1/evidence-packs/" + id + "/content", fx.coordinator).json()).isEqualTo(content);
    JsonNode changed = api.get("/api/v1/evidence-packs/" + id + "/verify", fx.coordinator).json();
    assertThat(changed.get("reproduced").asBoolean()).isFalse();
    assertThat(changed.get("recordedSince").asLong()).isPositive();
  }

  /**
   * A pack made in format 1, before the value games and the network's change were in packs, is
   * rebuilt in format 1 when checked: it still reproduces, and new packs carry the new sections.
   */
  @Test
  void aPackIsCheckedInTheFormatItWasMadeIn() throws Exception {
    JsonNode pack = make();
    long id = pack.get("id").asLong();
    assertThat(pack.get("format").asInt()).isEqualTo(PackContent.FORMAT).isEqualTo(2);
    JsonNode content = api.get("/api/v1/evidence-packs/" + id + "/content", fx.coordinator).json();
    assertThat(content.get("network").get("linkingTiesNow").isInt()).isTrue();
    String formatOne;
    try (var system = org.phasezero.security.SystemActor.enter("test")) {
      formatOne = tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build().writeValueAsString(
          context.getBean(PackContents.class).build(fx.partnership, ValueFixture.FROM, ValueFixture.TO, account, 1));
    }
    assertThat(formatOne).doesNotContain("\"network\"").doesNotContain("\"games\"");
    context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql(
        "update evidence_pack set content_format = 1, content = ?, content_hash = ? where id = ?")
        .params(formatOne, org.phasezero.shared.LinkTokens.hash(formatOne), id).update();
    JsonNode verified = api.get("/api/v1/evidence-packs/" + id + "/verify", fx.coordinator).json();
    assertThat(verified.get("reproduced").asBoolean()).as(verified.toString()).isTrue();
  }

  /** A pack with a thematic network carries its themes and a quote from a consented speaker, and reproduces. */
  @Test
  void aPackCarriesTheThemesWithConsentedQuotes() throws Exception {
    long project = api.post("/api/v1/projects", fx.coordinator, Api.json(Map.of("name", "Pack themes "
        + fx.net.suffix))).json().get("id").asLong();
    long source;
    try (var system = org.phasezero.security.SystemActor.enter("test fixture")) {
      source = context.getBean(org.phasezero.evidence.Sources.class).add(project,
          new org.phasezero.evidence.SourceDetails("Pack focus group", org.phasezero.evidence.SourceKind.FOCUS_GROUP),
          org.phasezero.evidence.SourceMedia.TEXT, org.phasezero.evidence.EvidenceFixture.transcript(java.util.List.of(
              "Facilitator: Hello, everyone.\n", "Ayo: The forum listened to us at last.\n")), null, null,
          Map.of("Ayo", fx.net.ownResearchPerson)).id();
    }
    long code = api.post("/api/v1/projects/" + project + "/codes", fx.coordinator, Api.json(Map.of("name", "Listening")))
        .json().get("id").asLong();
    int ayo = "Facilitator: Hello, everyone.\n".length();
    assertThat(api.post("/api/v1/codings", fx.coordinator, Api.json(Map.of("sourceId", source, "codeId", code,
        "start", ayo + 5, "end", ayo + 38))).status()).isEqualTo(201);
    long network = api.post("/api/v1/projects/" + project + "/theme-networks", fx.coordinator,
        Api.json(Map.of("name", "Being heard"))).json().get("id").asLong();
    long global = api.post("/api/v1/theme-networks/" + network + "/themes", fx.coordinator, Api.json(Map.of("tier",
        "GLOBAL", "name", "Being heard changes services"))).json().get("id").asLong();
    long organising = api.post("/api/v1/theme-networks/" + network + "/themes", fx.coordinator, Api.json(Map.of(
        "tier", "ORGANISING", "name", "Trust rebuilt", "parentId", global))).json().get("id").asLong();
    long basic = api.post("/api/v1/theme-networks/" + network + "/themes", fx.coordinator, Api.json(Map.of("tier",
        "BASIC", "name", "Listened to", "parentId", organising))).json().get("id").asLong();
    assertThat(api.post("/api/v1/themes/" + basic + "/codes", fx.coordinator, Api.json(Map.of("codeId", code)))
        .status()).isEqualTo(200);

    JsonNode pack = make(network);
    long id = pack.get("id").asLong();
    JsonNode themes = api.get("/api/v1/evidence-packs/" + id + "/content", fx.coordinator).json().get("themes");
    assertThat(themes.get("network").asString()).isEqualTo("Being heard");
    assertThat(themes.get("rows")).hasSize(3);
    JsonNode listened = themes.get("rows").get(2);
    assertThat(listened.get("name").asString()).isEqualTo("Listened to");
    assertThat(listened.get("depth").asInt()).isEqualTo(2);
    // One passage from the community side: under the small-number threshold, so withheld.
    assertThat(listened.get("community").isNull()).isTrue();
    assertThat(listened.get("quotes").get(0).get("text").asString()).contains("forum listened to us");
    assertThat(listened.get("quotes").get(0).get("side").asString()).isEqualTo("COMMUNITY");
    assertThat(api.get("/api/v1/evidence-packs/" + id + "/verify", fx.coordinator).json().get("reproduced")
        .asBoolean()).isTrue();
    var pdf = api.get("/api/v1/evidence-packs/" + id + ".pdf", fx.coordinator);
    assertThat(pdf.status()).isEqualTo(200);
    // A network the maker may not open is refused.
    Map<String, Object> body = new LinkedHashMap<>(Map.of("partnershipId", fx.partnership, "periodFrom",
        ValueFixture.FROM.toString(), "periodTo", ValueFixture.TO.toString(), "thematicNetworkId", 999999999L));
    assertThat(api.post("/api/v1/evidence-packs", fx.coordinator, Api.json(body)).status()).isEqualTo(409);
  }

  @Test
  void thePdfAndWorkbookSayWhatThePackSays() throws Exception {
    long id = make().get("id").asLong();
    WebSession coordinator = WebSession.signIn(port, fx.net.usernames.get(Role.COORDINATOR),
        org.phasezero.support.TestNetwork.PASSWORD);
    WebSession.Download pdf = coordinator.download("/value/packs/" + id + ".pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).contains("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Value partnership " + fx.net.suffix).contains("£18,250.00")
          .contains("Where each figure comes from");
    }
    WebSession.Download xlsx = coordinator.download("/value/packs/" + id + ".xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(wb.getSheet("Summary")).isNotNull();
      assertThat(wb.getSheet("Inputs").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(18250.00);
      assertThat(wb.getSheet("Provenance").getPhysicalNumberOfRows()).isGreaterThan(2);
    }
    JsonNode trail = api.get("/api/v1/audit?entityType=evidence-pack&entityId=" + id, fx.coordinator).json()
        .get("items");
    assertThat(trail.findValuesAsString("action")).contains("CREATE", "UPDATE", "EXPORT");
  }

  @Test
  void statutoryPartnersSeePublishedPacksOnly() throws Exception {
    long id = make().get("id").asLong();
    String partner = fx.net.token(Role.STATUTORY_PARTNER);
    assertThat(api.get("/api/v1/evidence-packs/" + id, partner).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/evidence-packs", partner).json().findValuesAsString("id")).doesNotContain(
        String.valueOf(id));
    assertThat(api.post("/api/v1/evidence-packs/" + id + "/publish", fx.net.token(Role.RESEARCHER), "").status())
        .isEqualTo(403);
    assertThat(api.post("/api/v1/evidence-packs/" + id + "/publish", fx.coordinator, "").status()).isEqualTo(200);
    assertThat(api.post("/api/v1/evidence-packs/" + id + "/publish", fx.coordinator, "").status()).isEqualTo(409);
    assertThat(api.get("/api/v1/evidence-packs/" + id, partner).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/evidence-packs/" + id + "/content", partner).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/evidence-packs/" + id + "/verify", partner).status()).isEqualTo(403);
  }

  @Test
  void badRequestsAreRefused() {
    Map<String, Object> backwards = new LinkedHashMap<>();
    backwards.put("partnershipId", fx.partnership);
    backwards.put("periodFrom", "2025-12-31");
    backwards.put("periodTo", "2025-01-01");
    assertThat(api.post("/api/v1/evidence-packs", fx.coordinator, Api.json(backwards)).status()).isEqualTo(409);
    assertThat(api.post("/api/v1/evidence-packs", fx.net.token(Role.SITE_LEAD), Api.json(backwards)).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/evidence-packs/999999999", fx.coordinator).status()).isEqualTo(404);
  }
}
