package org.phasezero.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The input rules every endpoint shares, on each supported database: forms that lose a required
 * id, huge page numbers, PUTs without the version read, implausible dates, invisible and
 * control characters in text, and oversized lists and bodies. Each is a clear 4xx (or the form
 * again, with the error summary), never a 409 or 500 from deep inside, and nothing is stored raw.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InputBoundsContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Value("${local.server.port}")
  int port;

  Api api;
  TestNetwork net;
  String coordinator;
  WebSession web;
  long partnership;
  long researchProject;
  long sroiAccount;
  long wellbeingMeasure;
  long valueGame;
  long corpus;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    net = new TestNetwork(context);
    coordinator = net.token(Role.COORDINATOR);
    web = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD);
    var p = api.post("/api/v1/partnerships", coordinator, Api.json(Map.of("name", "Bounds " + net.suffix,
        "focus", "Input rules", "startedOn", "2025-01-15")));
    assertThat(p.status()).as(p.body()).isEqualTo(201);
    partnership = p.json().get("id").asLong();
    var project = api.post("/api/v1/projects", coordinator, Api.json(Map.of("name", "Bounds " + net.suffix)));
    assertThat(project.status()).as(project.body()).isEqualTo(201);
    researchProject = project.json().get("id").asLong();
    var account = api.post("/api/v1/sroi-accounts", coordinator, Api.json(Map.of("partnershipId", partnership,
        "title", "Bounds " + net.suffix, "periodFrom", "2025-01-01", "periodTo", "2025-12-31", "hourRate", "15.00")));
    assertThat(account.status()).as(account.body()).isEqualTo(201);
    sroiAccount = account.json().get("id").asLong();
    var measure = api.post("/api/v1/outcomes", coordinator, Api.json(Map.of("partnershipId", partnership,
        "title", "Bounds " + net.suffix, "scale", "SWEMWBS")));
    assertThat(measure.status()).as(measure.body()).isEqualTo(201);
    wellbeingMeasure = measure.json().get("id").asLong();
    var game = api.post("/api/v1/value-games", coordinator, Api.json(Map.of("partnershipId", partnership,
        "title", "Bounds " + net.suffix, "playedOn", "2025-06-01", "valuation", "LOWER_BOUND")));
    assertThat(game.status()).as(game.body()).isEqualTo(201);
    valueGame = game.json().get("game").get("id").asLong();
    var c = api.post("/api/v1/discourse/corpora", coordinator, Api.json(Map.of("projectId", researchProject,
        "name", "Bounds " + net.suffix, "kind", "POSTS")));
    assertThat(c.status()).as(c.body()).isEqualTo(201);
    corpus = c.json().get("id").asLong();
  }

  // a. Forms that lose a required id

  @Test
  void aMeetingPostedWithoutASpaceIsShownAgainWithTheErrorSummary() {
    var page = web.post("/organisations/new", "/meetings/new", Map.of("title", "Lost its space", "date", "2025-03-01"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("nhsuk-error-summary", "Choose the shared space");
  }

  @Test
  void everyNewRecordFormPostedEmptyIsAnsweredWithoutAServerError() {
    List<String> paths = mapped(RequestMethod.POST).stream().filter(p -> p.endsWith("/new")).toList();
    assertThat(paths).contains("/meetings/new", "/engagements/new", "/payments/claims/new");
    for (String pattern : paths) {
      String path = pattern.replace("/people/{id}", "/people/" + net.ownPerson)
          .replace("/partnerships/{id}", "/partnerships/" + partnership)
          .replace("/research/{projectId}", "/research/" + researchProject)
          .replace("/value/accounts/{id}", "/value/accounts/" + sroiAccount)
          .replace("/value/wellbeing/{id}", "/value/wellbeing/" + wellbeingMeasure)
          .replace("/value/games/{id}", "/value/games/" + valueGame)
          .replace("/discourse/corpora/{id}", "/discourse/corpora/" + corpus);
      assertThat(path).as("a new form under an unknown path variable: " + pattern).doesNotContain("{");
      var page = web.post("/organisations/new", path, Map.of());
      assertThat(page.status()).as(path + ": " + page.body()).isLessThan(500);
    }
  }

  // b. Page numbers past the end

  @Test
  void aHugePageNumberIsAnEmptyPageNotAnError() {
    for (String list : List.of("/api/v1/organisations", "/api/v1/people", "/api/v1/sites", "/api/v1/ties",
        "/api/v1/partnerships", "/api/v1/engagements", "/api/v1/resources", "/api/v1/risks", "/api/v1/claims",
        "/api/v1/audit")) {
      var r = api.get(list + "?page=10737419&size=200", coordinator);
      assertThat(r.status()).as(list + ": " + r.body()).isEqualTo(200);
      assertThat(r.json().get("items")).as(list).isEmpty();
      assertThat(api.get(list + "?page=" + Integer.MAX_VALUE + "&size=200", coordinator).status()).as(list).isEqualTo(200);
    }
    assertThat(web.get("/organisations?page=10737419").status()).isEqualTo(200);
  }

  // c. Versions on PUT

  @Test
  void everyApiPutReplacesAVersionedRecord() {
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (info.getMethodsCondition().getMethods().contains(RequestMethod.PUT)) {
        Class<?> body = bodyType(method);
        assertThat(body).as(method + " takes no request body").isNotNull();
        assertThat(Versioned.class).as(method + " must take a Versioned form").isAssignableFrom(body);
      }
    });
  }

  @Test
  void aPutWithoutTheVersionReadIsRefusedNamingTheField() {
    List<String> puts = mapped(RequestMethod.PUT);
    assertThat(puts).hasSizeGreaterThanOrEqualTo(8);
    for (String pattern : puts) {
      var r = api.put(pattern.replace("{id}", String.valueOf(net.ownOrg.id())).replace("{outcomeId}", "1")
          .replace("{scale}", "SWEMWBS").replace("{language}", "en"), coordinator, "{}");
      assertThat(r.status()).as(pattern + ": " + r.body()).isEqualTo(428);
      assertThat(r.contentType()).contains("application/problem+json");
      assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
    }
  }

  @Test
  void theVersionMayComeAsIfMatchAndAStaleOneIsAConflict() throws Exception {
    long id = createOrganisation("Versioned Group " + net.suffix).json().get("id").asLong();
    Map<String, Object> change = organisation("Versioned Group " + net.suffix);
    change.put("communities", "Somali");
    HttpResponse<String> viaHeader = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/v1/organisations/" + id))
        .header("Authorization", "Bearer " + coordinator).header("Content-Type", "application/json")
        .header("If-Match", "\"0\"").PUT(HttpRequest.BodyPublishers.ofString(Api.json(change))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(viaHeader.statusCode()).as(viaHeader.body()).isEqualTo(200);

    change.put("communities", "Sudanese");
    change.put("version", 0);
    var stale = api.put("/api/v1/organisations/" + id, coordinator, Api.json(change));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(api.get("/api/v1/organisations/" + id, coordinator).json().get("communities").asString())
        .isEqualTo("Somali");
  }

  // d. Dates

  @Test
  void datesOutsideNineteenHundredToTwentyOneHundredAreRefusedNamingTheField() {
    Map<String, String> dateFields = new LinkedHashMap<>();
    dateFields.put("/api/v1/meetings", "date");
    dateFields.put("/api/v1/engagements", "heldOn");
    dateFields.put("/api/v1/partnerships", "startedOn");
    dateFields.put("/api/v1/consents", "givenOn");
    dateFields.put("/api/v1/ties", "since");
    dateFields.put("/api/v1/rates", "validFrom");
    dateFields.put("/api/v1/budgets", "periodFrom");
    dateFields.put("/api/v1/funding", "termTo");
    for (var e : dateFields.entrySet()) {
      for (String date : List.of("0001-01-01", "1899-12-31", "2101-01-01", "+10000-01-01")) {
        var r = api.post(e.getKey(), coordinator, Api.json(Map.of(e.getValue(), date)));
        assertThat(r.status()).as(e.getKey() + " " + date + ": " + r.body()).isEqualTo(400);
        assertThat(r.detail()).contains("'" + e.getValue() + "'", "1900", "2100");
      }
    }
    var query = api.get("/api/v1/claims?from=0001-01-01", coordinator);
    assertThat(query.status()).isEqualTo(400);
    assertThat(query.detail()).contains("from", "1900");

    var onTheEdge = api.post("/api/v1/rates", coordinator, Api.json(Map.of("activity", "MEETING", "unit", "DAY",
        "amount", "100.00", "validFrom", "1900-01-01", "source", "bounds test " + net.suffix)));
    assertThat(onTheEdge.status()).as(onTheEdge.body()).isEqualTo(201);
  }

  @Test
  void aFormWithAnImplausibleDateShowsItInTheErrorSummary() {
    var page = web.post("/payments/rates/new", "/payments/rates/new", Map.of("activity", "MEETING", "unit", "HOUR",
        "amount", "20.00", "validFrom", "0001-01-01", "source", "typo"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("nhsuk-error-summary", "Enter a real date between 1900 and 2100");
  }

  // e. Text

  @Test
  void aNameThatDiffersOnlyByAnInvisibleCharacterIsADuplicate() {
    long before = count("organisation");
    for (String invisible : List.of("\u200B", "\uFEFF", "\u2060", "\u202E", "\u0000", "\u200C", "\u200D")) {
      var dup = createOrganisation(net.ownOrg.name() + invisible);
      assertThat(dup.status()).as(dup.body()).isEqualTo(409);
      assertThat(dup.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }
    assertThat(count("organisation")).isEqualTo(before);
  }

  @Test
  void controlBidiAndZeroWidthCharactersAreNeverStoredAndTextIsNormalised() {
    String sent = "Safe\u0000 Ha\u202Even\u2066 \u200Bgroup Cafe\u0301 " + net.suffix;
    var r = createOrganisation(sent);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String stored = db.sql("select name from organisation where id = ?").param(r.json().get("id").asLong())
        .query(String.class).single();
    assertThat(stored).isEqualTo("Safe Haven group Caf\u00e9 " + net.suffix);

    // The joiners that Bengali and Urdu spelling needs are kept (they count for nothing in comparisons).
    String bengali = "\u09B0\u200D\u09CD\u09AF\u09BE\u09AC \u09B8\u09AE\u09BF\u09A4\u09BF " + net.suffix;
    var kept = createOrganisation(bengali);
    assertThat(kept.status()).as(kept.body()).isEqualTo(201);
    assertThat(kept.json().get("name").asString()).isEqualTo(bengali);

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "Web\u202E Haven\u200B " + net.suffix);
    fields.put("type", "COMMUNITY_GROUP");
    fields.put("side", "COMMUNITY");
    fields.put("address", "Line one\nLine\u0007 two\ttabbed");
    var page = web.post("/organisations/new", "/organisations/new", fields);
    assertThat(page.status()).as(page.body()).isEqualTo(302);
    String fromForm = db.sql("select name from organisation where name like ?").param("Web Haven " + net.suffix)
        .query(String.class).single();
    assertThat(fromForm).isEqualTo("Web Haven " + net.suffix);
  }

  // f. Lists and bodies

  @Test
  void aListOfMoreThanFiveHundredIdsIsRefusedNamingTheField() {
    List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 501).boxed().toList());
    var r = api.post("/api/v1/partnerships", coordinator, Api.json(Map.of("name", "Huge " + net.suffix,
        "focus", "f", "startedOn", "2025-01-01", "organisationIds", ids)));
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("organisationIds");

    var engagement = api.post("/api/v1/engagements", coordinator, Api.json(Map.of("partnershipId", partnership,
        "heldOn", "2025-02-01", "sides", List.of("COMMUNITY"), "purpose", "Huge", "personIds", ids)));
    assertThat(engagement.status()).as(engagement.body()).isEqualTo(400);
    assertThat(engagement.json().get("errors").get(0).get("field").asString()).isEqualTo("personIds");
  }

  @Test
  void anApiBodyOverOneMebibyteIsTooLargeWhetherItsLengthIsDeclaredOrNot() throws Exception {
    StringBuilder ids = new StringBuilder("{\"name\":\"Body\",\"focus\":\"f\",\"startedOn\":\"2025-01-01\",\"organisationIds\":[1");
    while (ids.length() < 1_200_000) {
      ids.append(",1234567");
    }
    byte[] body = ids.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long before = count("partnership");
    for (HttpRequest.BodyPublisher publisher : List.of(HttpRequest.BodyPublishers.ofByteArray(body),
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/api/v1/partnerships"))
          .header("Authorization", "Bearer " + coordinator).header("Content-Type", "application/json")
          .POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
      assertThat(r.body()).contains("too large");
    }
    assertThat(count("partnership")).isEqualTo(before);
  }

  @Test
  void aFormPostOverOneMegabyteIsRefused() {
    var page = web.post("/organisations/new", "/organisations/new", Map.of("name", "Big " + net.suffix,
        "type", "COMMUNITY_GROUP", "side", "COMMUNITY", "address", "x".repeat(1_100_000)));
    assertThat(page.status()).isBetween(400, 499);
    assertThat(db.sql("select count(*) from organisation where name = ?").param("Big " + net.suffix)
        .query(Long.class).single()).isZero();
  }

  // helpers

  private List<String> mapped(RequestMethod verb) {
    List<String> out = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      if (info.getMethodsCondition().getMethods().contains(verb)) {
        out.addAll(info.getPatternValues());
      }
    }
    return out.stream().sorted().toList();
  }

  private static Class<?> bodyType(HandlerMethod method) {
    for (MethodParameter p : method.getMethodParameters()) {
      if (p.hasParameterAnnotation(RequestBody.class)) {
        return p.getParameterType();
      }
    }
    return null;
  }

  private Map<String, Object> organisation(String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("type", "COMMUNITY_GROUP");
    body.put("side", "COMMUNITY");
    return body;
  }

  private Api.Response createOrganisation(String name) {
    return api.post("/api/v1/organisations", coordinator, Api.json(organisation(name)));
  }

  private long count(String table) {
    return db.sql("select count(*) from " + table).query(Long.class).single();
  }
}
