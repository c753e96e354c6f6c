package org.phasezero.evidence.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.evidence.EvidenceFixture;
import org.phasezero.evidence.SourceDetails;
import org.phasezero.evidence.SourceKind;
import org.phasezero.evidence.SourceMedia;
import org.phasezero.evidence.Sources;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.Api;
import org.phasezero.support.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Thematic networks against each supported database: the three tiers hold in the service and in
 * the database (one global theme however many requests race; a basic theme never holds an
 * organising one; codes hang on basic themes only); every theme traces down to its quotes, counted
 * by side and filtered by case; moving a theme keeps its evidence; changes are made from the version
 * read; a theme with themes under it is not removed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ThemesContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  EvidenceFixture fx;
  String researcher;
  String peer;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new EvidenceFixture(context);
    researcher = fx.net.token(Role.RESEARCHER);
    peer = fx.net.token(Role.PEER_RESEARCHER);
  }

  /** A fresh project the researcher starts, with the peer researcher as a member. */
  long project() {
    long id = api.post("/api/v1/projects", researcher, Api.json(Map.of("name", "Themes " + UUID.randomUUID())))
        .json().get("id").asLong();
    api.post("/api/v1/projects/" + id + "/members", researcher,
        Api.json(Map.of("username", fx.net.usernames.get(Role.PEER_RESEARCHER))));
    return id;
  }

  long network(long project) {
    var r = api.post("/api/v1/projects/" + project + "/theme-networks", researcher,
        Api.json(Map.of("name", "What being heard means")));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  Api.Response theme(long network, String tier, Long parentId, String name) {
    Map<String, Object> body = new HashMap<>(Map.of("tier", tier, "name", name));
    if (parentId != null) {
      body.put("parentId", parentId);
    }
    return api.post("/api/v1/theme-networks/" + network + "/themes", peer, Api.json(body));
  }

  long created(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  long code(long project, String name) {
    return api.post("/api/v1/projects/" + project + "/codes", researcher, Api.json(Map.of("name", name)))
        .json().get("id").asLong();
  }

  void coding(long source, long code, int start, int end) {
    var r = api.post("/api/v1/codings", researcher, Api.json(Map.of("sourceId", source, "codeId", code, "start", start,
        "end", end)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  Api.Response attach(long theme, long code) {
    return api.post("/api/v1/themes/" + theme + "/codes", peer, Api.json(Map.of("codeId", code)));
  }

  JsonNode quotes(long theme, String query) {
    var r = api.get("/api/v1/themes/" + theme + "/quotes" + query, peer);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  void theTiersHoldInTheServiceAndInTheDatabase() {
    long network = network(project());
    var early = theme(network, "ORGANISING", null, "Trust");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.detail()).contains("Add the global theme first");
    long global = created(theme(network, "GLOBAL", null, "Being heard changes services"));
    long organising = created(theme(network, "ORGANISING", null, "Trust rebuilt"));
    assertThat(api.get("/api/v1/themes/" + organising + "/quotes", peer).status()).isEqualTo(200);
    long basic = created(theme(network, "BASIC", organising, "Listened to"));

    var underBasic = theme(network, "ORGANISING", basic, "Misplaced");
    assertThat(underBasic.status()).as("a basic theme cannot hold an organising theme").isEqualTo(409);
    assertThat(underBasic.detail()).contains("organising theme sits under the network's global theme");
    assertThat(theme(network, "BASIC", global, "Too high").status()).isEqualTo(409);
    assertThat(theme(network, "BASIC", basic, "Too deep").status()).isEqualTo(409);
    var second = theme(network, "GLOBAL", null, "Another centre");
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.detail()).contains("already has a global theme");
    long elsewhere = network(project());
    long otherGlobal = created(theme(elsewhere, "GLOBAL", null, "Elsewhere"));
    long otherOrganising = created(theme(elsewhere, "ORGANISING", otherGlobal, "Elsewhere too"));
    assertThat(theme(network, "BASIC", otherOrganising, "Across networks").status()).isEqualTo(409);
    long code = code(api.get("/api/v1/theme-networks/" + network, peer).json().get("network").get("projectId").asLong(),
        "Listening");
    var onOrganising = attach(organising, code);
    assertThat(onOrganising.status()).isEqualTo(409);
    assertThat(onOrganising.detail()).contains("Codes are grouped by basic themes");
    assertThat(attach(basic, code).status()).isEqualTo(200);
    assertThat(attach(basic, code).status()).as("the same code twice").isEqualTo(409);

    // The database holds the same rules when the service is bypassed.
    assertThatThrownBy(() -> db.sql("""
            insert into theme (network_id, tier, parent_id, parent_tier, name, created_by, created_at, updated_at)
            values (?, 'ORGANISING', ?, 'BASIC', 'Under a basic theme', 'x', current_timestamp, current_timestamp)""")
        .params(network, basic).update()).isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> db.sql("""
            insert into theme (network_id, tier, parent_id, parent_tier, name, created_by, created_at, updated_at)
            values (?, 'BASIC', ?, 'ORGANISING', 'Parent tier misstated', 'x', current_timestamp, current_timestamp)""")
        .params(network, global).update()).isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> db.sql("""
            insert into theme (network_id, tier, centre, name, created_by, created_at, updated_at)
            values (?, 'GLOBAL', 1, 'Second centre', 'x', current_timestamp, current_timestamp)""")
        .param(network).update()).isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> db.sql("""
            insert into theme_code (theme_id, theme_tier, code_id, added_by, added_at)
            values (?, 'BASIC', ?, 'x', current_timestamp)""")
        .params(organising, code).update()).isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void simultaneousRequestsMakeOneGlobalTheme() throws Exception {
    long network = network(project());
    List<Integer> statuses = Race.of(() -> theme(network, "GLOBAL", null, "Centre " + UUID.randomUUID()).status());
    assertThat(Race.count(statuses, 201)).as(statuses.toString()).isEqualTo(1);
    assertThat(Race.count(statuses, 409)).as(statuses.toString()).isEqualTo(Race.THREADS - 1);
    assertThat(db.sql("select count(*) from theme where network_id = ? and tier = 'GLOBAL' and voided_at is null")
        .param(network).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void everyThemeTracesToItsQuotesAndMovingKeepsTheEvidence() {
    long project = project();
    long source;
    try (var system = SystemActor.enter("test fixture")) {
      source = context.getBean(Sources.class).add(project, new SourceDetails("Focus group", SourceKind.FOCUS_GROUP),
          SourceMedia.TEXT, EvidenceFixture.transcript(EvidenceFixture.TURNS), "focus-group.txt", "text/plain",
          Map.of("Ayo", fx.net.ownResearchPerson)).id();
    }
    long heard = code(project, "Heard");
    long welcome = code(project, "Welcome");
    int ayo = EvidenceFixture.startOf(1);
    coding(source, heard, ayo + 5, ayo + 24);
    coding(source, welcome, 13, 20);
    long network = network(project);
    long global = created(theme(network, "GLOBAL", null, "Being heard changes services"));
    long trust = created(theme(network, "ORGANISING", global, "Trust rebuilt"));
    long space = created(theme(network, "ORGANISING", global, "A space of our own"));
    long listened = created(theme(network, "BASIC", trust, "Listened to"));
    long welcomed = created(theme(network, "BASIC", space, "Welcomed"));
    assertThat(attach(listened, heard).status()).isEqualTo(200);
    assertThat(attach(welcomed, welcome).status()).isEqualTo(200);
    attach(welcomed, heard);

    assertThat(quotes(listened, "")).hasSize(1);
    assertThat(quotes(listened, "").get(0).get("text").asString()).isEqualTo("The forum listened ");
    assertThat(quotes(trust, "")).hasSize(1);
    assertThat(quotes(space, "")).as("its basic theme's two codes").hasSize(2);
    assertThat(quotes(global, "")).as("a code under two themes counts once at the centre").hasSize(2);
    assertThat(quotes(global, "?side=COMMUNITY")).hasSize(1);

    JsonNode centre = api.get("/api/v1/theme-networks/" + network, peer).json().get("global");
    assertThat(centre.get("counts").get("total").asLong()).isEqualTo(2);
    assertThat(centre.get("counts").get("bySide").get("COMMUNITY").asLong()).as("Ayo is on the community side")
        .isEqualTo(1);
    assertThat(centre.get("counts").get("unlinked").asLong()).as("the facilitator is not linked").isEqualTo(1);
    assertThat(centre.get("children")).hasSize(2);

    long ayoCase = api.post("/api/v1/cases", researcher, Api.json(Map.of("projectId", project, "personId",
        fx.net.ownResearchPerson))).json().get("id").asLong();
    assertThat(quotes(global, "?caseId=" + ayoCase)).hasSize(1);
    assertThat(quotes(space, "?caseId=" + ayoCase).get(0).get("text").asString()).isEqualTo("The forum listened ");
    long elsewhere = api.post("/api/v1/cases", fx.net.token(Role.COORDINATOR), Api.json(Map.of("projectId",
        fx.otherProject, "name", "Elsewhere"))).json().get("id").asLong();
    assertThat(api.get("/api/v1/themes/" + global + "/quotes?caseId=" + elsewhere, peer).status()).isEqualTo(404);

    // Moving "Welcomed" under "Trust rebuilt": its codes go with it.
    var moved = api.put("/api/v1/themes/" + welcomed, researcher, Api.json(Map.of("name", "Welcomed", "parentId", trust,
        "version", 0)));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("codeIds")).hasSize(2);
    assertThat(quotes(welcomed, "")).hasSize(2);
    assertThat(quotes(trust, "")).hasSize(2);
    assertThat(quotes(space, "")).isEmpty();
    assertThat(quotes(global, "")).hasSize(2);
    assertThat(api.put("/api/v1/themes/" + welcomed, researcher, Api.json(Map.of("name", "Welcomed", "parentId",
        global, "version", 1))).status()).as("a basic theme cannot sit under the global theme").isEqualTo(409);

    assertThat(api.post("/api/v1/themes/" + welcomed + "/codes/" + heard + "/detach", peer, "{}").status())
        .isEqualTo(200);
    assertThat(quotes(welcomed, "")).hasSize(1);
    assertThat(api.post("/api/v1/themes/" + welcomed + "/codes/" + heard + "/detach", peer, "{}").status())
        .isEqualTo(409);
    assertThat(db.sql("select count(*) from audit_event where entity_type = 'theme'").query(Long.class).single())
        .isGreaterThanOrEqualTo(10);
  }

  @Test
  void theTableOfThemesBySideAndCaseAgreesWithTheQuotesAndItsDownloadIsAudited() throws Exception {
    long project = project();
    long source;
    try (var system = SystemActor.enter("test fixture")) {
      source = context.getBean(Sources.class).add(project, new SourceDetails("Focus group", SourceKind.FOCUS_GROUP),
          SourceMedia.TEXT, EvidenceFixture.transcript(EvidenceFixture.TURNS), "focus-group.txt", "text/plain",
          Map.of("Ayo", fx.net.ownResearchPerson)).id();
    }
    long heard = code(project, "Heard");
    long welcome = code(project, "Welcome");
    int ayo = EvidenceFixture.startOf(1);
    coding(source, heard, ayo + 5, ayo + 24);
    coding(source, welcome, 13, 20);
    String ayoCase = api.post("/api/v1/cases", researcher, Api.json(Map.of("projectId", project, "personId",
        fx.net.ownResearchPerson))).json().get("name").asString();
    long network = network(project);
    long global = created(theme(network, "GLOBAL", null, "Being heard changes services"));
    long trust = created(theme(network, "ORGANISING", global, "Trust rebuilt"));
    long listened = created(theme(network, "BASIC", trust, "Listened to"));
    long welcomed = created(theme(network, "BASIC", trust, "Welcomed"));
    attach(listened, heard);
    attach(welcomed, welcome);

    var session = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.PEER_RESEARCHER),
        org.phasezero.support.TestNetwork.PASSWORD);
    long audits = db.sql("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'thematic_network'")
        .query(Long.class).single();
    var csv = session.download("/research/theme-networks/" + network + "/table?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    java.util.List<String> lines = csv.text().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Theme,Tier,Community,Statutory,Independent,Speaker not linked," + ayoCase);
    assertThat(lines).contains("Being heard changes services,Global theme,1,0,0,1,1", "Listened to,Basic theme,1,0,0,0,1",
        "Welcomed,Basic theme,0,0,0,1,0");
    assertThat(db.sql("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'thematic_network'")
        .query(Long.class).single()).isEqualTo(audits + 1);
    assertThat(session.get("/research/theme-networks/" + network).body()).contains("Themes across sides and cases");
    // On paper, each basic theme is illustrated by its quotes, with the source and side but not the speaker.
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(session.download("/research/theme-networks/" + network
        + "/network.pdf").body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Themes and quotes that illustrate them", "“The forum listened” Focus group · Community")
          .doesNotContain("Ayo");
    }
  }

  @Test
  void changesAreMadeFromTheVersionReadAndNothingIsLeftHanging() {
    long network = network(project());
    long global = created(theme(network, "GLOBAL", null, "Centre"));
    long organising = created(theme(network, "ORGANISING", global, "Ring"));
    long basic = created(theme(network, "BASIC", organising, "Leaf"));

    Map<String, Object> change = new HashMap<>(Map.of("name", "Leaf renamed", "parentId", organising));
    assertThat(api.put("/api/v1/themes/" + basic, researcher, Api.json(change)).status()).as("no version")
        .isEqualTo(428);
    change.put("version", 0);
    assertThat(api.put("/api/v1/themes/" + basic, peer, Api.json(change)).status()).isEqualTo(200);
    change.put("name", "Leaf renamed twice");
    assertThat(api.put("/api/v1/themes/" + basic, researcher, Api.json(change)).status()).as("stale version")
        .isEqualTo(409);
    Map<String, Object> retier = new HashMap<>(Map.of("name", "Leaf", "tier", "ORGANISING", "version", 1));
    assertThat(api.put("/api/v1/themes/" + basic, researcher, Api.json(retier)).status()).isEqualTo(409);

    assertThat(api.put("/api/v1/theme-networks/" + network, researcher, Api.json(Map.of("name", "Renamed")))
        .status()).isEqualTo(428);
    assertThat(api.put("/api/v1/theme-networks/" + network, researcher, Api.json(Map.of("name", "Renamed",
        "version", 0))).status()).isEqualTo(200);
    assertThat(api.put("/api/v1/theme-networks/" + network, peer, Api.json(Map.of("name", "Renamed again",
        "version", 0))).status()).isEqualTo(409);

    var hanging = api.post("/api/v1/themes/" + organising + "/void", researcher, "{\"reason\":\"merged\"}");
    assertThat(hanging.status()).isEqualTo(409);
    assertThat(hanging.detail()).contains("Move or remove them first");
    assertThat(api.post("/api/v1/themes/" + basic + "/void", researcher, "{}").status()).as("no reason")
        .isEqualTo(400);
    var removed = api.post("/api/v1/themes/" + basic + "/void", researcher, "{\"reason\":\"merged\"}");
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(removed.json().get("voidReason").asString()).isEqualTo("merged");
    assertThat(api.post("/api/v1/themes/" + organising + "/void", researcher, "{\"reason\":\"merged\"}").status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/theme-networks/" + network, peer).json().get("global").get("children")).isEmpty();
    assertThat(created(theme(network, "ORGANISING", null, "Ring again"))).isPositive();
  }

  @Test
  void aFrozenVersionKeepsTheNetworkAsItWasAndTheComparisonNamesEachChange() {
    long project = project();
    long network = network(project);
    assertThat(api.post("/api/v1/theme-networks/" + network + "/versions", peer,
        Api.json(Map.of("label", "Too early"))).status()).as("nothing to freeze yet").isEqualTo(409);
    long global = created(theme(network, "GLOBAL", null, "Time and trust"));
    long organising = created(theme(network, "ORGANISING", global, "Trust"));
    long other = created(theme(network, "ORGANISING", global, "Time"));
    long basic = created(theme(network, "BASIC", organising, "Listened to"));
    long code = code(project, "Being heard");
    attach(basic, code);
    var frozen = api.post("/api/v1/theme-networks/" + network + "/versions", peer,
        Api.json(Map.of("label", "As presented to the forum on 12 March")));
    assertThat(frozen.status()).as(frozen.body()).isEqualTo(201);
    long version = frozen.json().get("id").asLong();
    assertThat(api.post("/api/v1/theme-networks/" + network + "/versions", peer, Api.json(Map.of("label", " ")))
        .status()).isEqualTo(409);

    JsonNode same = api.get("/api/v1/theme-network-versions/" + version, peer).json();
    assertThat(same.get("changes")).isEmpty();
    assertThat(same.get("unchanged").asInt()).isEqualTo(4);

    // Rename, move, a new code, a new theme and a removed one.
    api.put("/api/v1/themes/" + basic, peer, Api.json(Map.of("name", "Heard at last", "parentId", other,
        "version", 0)));
    attach(basic, code(project, "Listening"));
    long added = created(theme(network, "BASIC", organising, "Turned away"));
    api.post("/api/v1/themes/" + added + "/void", peer, Api.json(Map.of("reason", "Not a theme after all")));
    created(theme(network, "BASIC", other, "Waiting lists"));
    JsonNode changes = api.get("/api/v1/theme-network-versions/" + version, peer).json().get("changes");
    List<String> kinds = new java.util.ArrayList<>();
    changes.forEach(c -> kinds.add(c.get("kind").asString() + ":" + c.get("theme").asString()));
    assertThat(kinds).containsExactlyInAnyOrder("RENAMED:Heard at last", "MOVED:Heard at last", "CODES:Heard at last",
        "ADDED:Waiting lists");
    JsonNode renamed = java.util.stream.StreamSupport.stream(changes.spliterator(), false)
        .filter(c -> c.get("kind").asString().equals("RENAMED")).findFirst().orElseThrow();
    assertThat(renamed.get("then").asString()).isEqualTo("Listened to");
    // The frozen rows never change.
    assertThat(db.sql("select name from theme_version_row where version_id = ? and theme_id = ?")
        .params(version, basic).query(String.class).single()).isEqualTo("Listened to");
    assertThat(api.get("/api/v1/theme-networks/" + network + "/versions", peer).json()).hasSize(1);
  }

  @Test
  void theNetworkTravelsAsACodebookWithItsThemesAsAHierarchyAndSets() {
    long project = project();
    long network = network(project);
    long global = created(theme(network, "GLOBAL", null, "Time and trust"));
    long organising = created(theme(network, "ORGANISING", global, "Trust"));
    long basic = created(theme(network, "BASIC", organising, "Listened to"));
    long code = code(project, "Being heard");
    attach(basic, code);
    var download = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.PEER_RESEARCHER),
        org.phasezero.support.TestNetwork.PASSWORD).download("/research/theme-networks/" + network + "/codebook.qdc");
    assertThat(download.status()).isEqualTo(200);
    var validation = new org.phasezero.evidence.refiqda.QdcValidator(
        org.phasezero.analysis.testing.SharedData.file("refi-qda/Codebook.xsd")).validate(download.body(), "net.qdc");
    assertThat(validation.problems()).isEmpty();
    assertThat(validation.schemaChecked()).isTrue();
    var book = validation.codebook();
    var folder = book.codeBook().codes().stream().filter(c -> c.name().equals("Thematic network: What being heard means"))
        .findFirst().orElseThrow();
    assertThat(folder.codable()).isFalse();
    assertThat(folder.children().get(0).name()).isEqualTo("Time and trust");
    assertThat(folder.children().get(0).children().get(0).children().get(0).name()).isEqualTo("Listened to");
    String codeGuid = db.sql("select guid from evidence_code where id = ?").param(code).query(String.class).single();
    assertThat(book.sets()).hasSize(3).allSatisfy(set -> assertThat(set.memberCodes()).containsExactly(codeGuid));
    assertThat(book.sets()).extracting(org.phasezero.evidence.refiqda.QdaSet::name)
        .contains("Basic theme: Listened to", "Global theme: Time and trust");
    // The same themes get the same GUIDs in every export.
    byte[] again = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.RESEARCHER),
        org.phasezero.support.TestNetwork.PASSWORD).download("/research/theme-networks/" + network + "/codebook.qdc")
        .body();
    assertThat(new String(again, java.nio.charset.StandardCharsets.UTF_8))
        .contains(folder.guid()).contains(book.sets().get(0).guid());
  }

  @Test
  void theNetworkPrintsAsAPdfWithUrduAndBengaliThemesInTheirOwnFonts() throws Exception {
    java.util.List<String> families = context.getBean(org.phasezero.reporting.PdfDocuments.class).fontFamilies();
    org.phasezero.support.Installed.require(families.containsAll(java.util.List.of("Noto Sans", "Noto Naskh Arabic",
        "Noto Sans Bengali")), "Noto fonts not found (apt-get install fonts-noto-core)");
    long project = project();
    long network = network(project);
    long global = created(theme(network, "GLOBAL", null, "Being heard"));
    long organising = created(theme(network, "ORGANISING", global, "\u06c1\u0645\u0627\u0631\u06cc \u0628\u0627\u062a \u0633\u0646\u06cc \u06af\u0626\u06cc"));
    created(theme(network, "BASIC", organising, "\u0986\u09ae\u09be\u09a6\u09c7\u09b0 \u0995\u09a5\u09be"));
    var download = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.PEER_RESEARCHER),
        org.phasezero.support.TestNetwork.PASSWORD).download("/research/theme-networks/" + network + "/network.pdf");
    assertThat(download.status()).isEqualTo(200);
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(download.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
      assertThat(text).contains("What being heard means").contains("Being heard").contains("Themes across sides");
      java.util.Set<String> fonts = new java.util.HashSet<>();
      for (var page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name).getName());
        }
      }
      assertThat(fonts).anyMatch(f -> f.endsWith("NotoNaskhArabic-Regular") || f.endsWith("NotoNaskhArabic-Bold"))
          .anyMatch(f -> f.endsWith("NotoSansBengali-Regular") || f.endsWith("NotoSansBengali-Bold"))
          .anyMatch(f -> f.contains("NotoSans-"));
    }
    assertThat(db.sql("select count(*) from audit_event where entity_type = 'thematic_network' and entity_id = ?"
        + " and action = 'EXPORT' and summary like '%PDF%'").param(String.valueOf(network)).query(Long.class).single())
        .isEqualTo(1);
    // Someone outside the project cannot print it.
    assertThat(org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.STATUTORY_PARTNER),
        org.phasezero.support.TestNetwork.PASSWORD).download("/research/theme-networks/" + network + "/network.pdf")
        .status()).isEqualTo(403);
  }
}
