package org.phasezero.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.network.Consents;
import org.phasezero.network.People;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.Api;
import org.phasezero.support.Race;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Cases and what is read across them, against each supported database: people become cases by
 * pseudonym with their side and organisation, and only with research consent; one case per person
 * however many requests race; sites bring the sources observed there; attributes are the project's
 * own and change only from the version read; the code × case matrix, the retrieval filter and the
 * passage download agree; and the de-identified research export holds pseudonyms and consented
 * turns only, with the key apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CasesContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  EvidenceFixture fx;
  String coordinator;
  String researcher;
  String peer;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new EvidenceFixture(context);
    coordinator = fx.net.token(Role.COORDINATOR);
    researcher = fx.net.token(Role.RESEARCHER);
    peer = fx.net.token(Role.PEER_RESEARCHER);
  }

  /** A fresh project the researcher starts, with the peer researcher as a member. */
  long project() {
    long id = api.post("/api/v1/projects", researcher, Api.json(Map.of("name", "Cases " + UUID.randomUUID())))
        .json().get("id").asLong();
    api.post("/api/v1/projects/" + id + "/members", researcher,
        Api.json(Map.of("username", fx.net.usernames.get(Role.PEER_RESEARCHER))));
    return id;
  }

  /** The fixture's focus group in a project: Facilitator (not linked), Ayo (the consented person), Sam. */
  long focusGroup(long project, SourceDetails details, Map<String, Long> speakers) {
    try (var system = SystemActor.enter("test fixture")) {
      return context.getBean(Sources.class).add(project, details, SourceMedia.TEXT,
          EvidenceFixture.transcript(EvidenceFixture.TURNS), "focus-group.txt", "text/plain", speakers).id();
    }
  }

  long focusGroup(long project) {
    return focusGroup(project, new SourceDetails("Focus group " + UUID.randomUUID(), SourceKind.FOCUS_GROUP),
        Map.of("Ayo", fx.net.ownResearchPerson));
  }

  Api.Response personCase(String token, long project, long person) {
    return api.post("/api/v1/cases", token, Api.json(Map.of("projectId", project, "personId", person)));
  }

  long code(long project, String name) {
    return api.post("/api/v1/projects/" + project + "/codes", researcher, Api.json(Map.of("name", name)))
        .json().get("id").asLong();
  }

  long coding(String token, long source, long code, int start, int end) {
    var r = api.post("/api/v1/codings", token, Api.json(Map.of("sourceId", source, "codeId", code, "start", start,
        "end", end)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  @Test
  void aConsentedSpeakerBecomesACaseByPseudonymWithSideAndOrganisationAndNoOneElseDoes() {
    long project = project();
    focusGroup(project);
    var created = personCase(peer, project, fx.net.ownResearchPerson);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode c = created.json();
    assertThat(c.get("sources").asInt()).as("the focus group they speak in, linked to no case").isEqualTo(1);
    String displayName = "Ayo Research " + fx.net.suffix;
    assertThat(c.get("name").asString()).isNotEqualTo(displayName).doesNotContain("Ayo Research");
    assertThat(c.get("kind").asString()).isEqualTo("PERSON");
    assertThat(c.get("values").get(Cases.SIDE).asString()).isEqualTo("Community");
    assertThat(c.get("values").get(Cases.ORGANISATION).asString()).isEqualTo(fx.net.ownOrg.name());

    var again = personCase(researcher, project, fx.net.ownResearchPerson);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.detail()).contains("already a case");
    var unconsented = personCase(researcher, project, fx.net.ownPerson);
    assertThat(unconsented.status()).isEqualTo(409);
    assertThat(unconsented.detail()).contains("consent to research use");
    assertThat(api.get("/api/v1/cases?projectId=" + project, researcher).json()).hasSize(1);
    assertThat(api.get("/api/v1/cases?projectId=" + project, fx.net.token(Role.SITE_LEAD)).status()).isEqualTo(404);
  }

  @Test
  void simultaneousRequestsMakeOneCasePerPerson() throws Exception {
    long project = project();
    List<Integer> statuses = Race.of(() -> personCase(researcher, project, fx.net.ownResearchPerson).status());
    assertThat(Race.count(statuses, 201)).as(statuses.toString()).isEqualTo(1);
    assertThat(Race.count(statuses, 409)).as(statuses.toString()).isEqualTo(Race.THREADS - 1);
    assertThat(db.sql("select count(*) from evidence_case where project_id = ? and voided_at is null").param(project)
        .query(Long.class).single()).isEqualTo(1);
    assertThat(db.sql("select count(*) from case_variable where project_id = ?").param(project).query(Long.class)
        .single()).as("side and organisation, once each").isEqualTo(2);
  }

  @Test
  void aSiteBringsTheSourcesObservedThere() {
    long project = project();
    SourceDetails notes = new SourceDetails("Field notes at the hall", SourceKind.FIELD_NOTES);
    notes.setSiteId(fx.net.ownSite);
    long there = focusGroup(project, notes, Map.of());
    focusGroup(project);
    var site = api.post("/api/v1/cases", researcher, Api.json(Map.of("projectId", project, "siteId", fx.net.ownSite)));
    assertThat(site.status()).as(site.body()).isEqualTo(201);
    assertThat(site.json().get("kind").asString()).isEqualTo("SITE");
    assertThat(site.json().get("sources").asInt()).isEqualTo(1);
    assertThat(db.sql("select source_id from case_source where case_id = ?").param(site.json().get("id").asLong())
        .query(Long.class).list()).containsExactly(there);
  }

  @Test
  void attributesBelongToTheProjectAndValuesChangeOnlyFromTheVersionRead() {
    long project = project();
    var attribute = api.post("/api/v1/projects/" + project + "/attributes", researcher,
        Api.json(Map.of("name", "Age band")));
    assertThat(attribute.status()).as(attribute.body()).isEqualTo(201);
    assertThat(api.post("/api/v1/projects/" + project + "/attributes", researcher,
        Api.json(Map.of("name", "Age band"))).status()).isEqualTo(409);

    long cases = db.sql("select count(*) from evidence_case").query(Long.class).single();
    var unknown = api.post("/api/v1/cases", researcher, Api.json(Map.of("projectId", project, "name", "Ward 7",
        "values", Map.of("Shoe size", "9"))));
    assertThat(unknown.status()).isEqualTo(409);
    assertThat(unknown.detail()).contains("no attribute called 'Shoe size'");
    assertThat(db.sql("select count(*) from evidence_case").query(Long.class).single()).as("nothing stored")
        .isEqualTo(cases);

    var ward = api.post("/api/v1/cases", researcher, Api.json(Map.of("projectId", project, "name", "Ward 7",
        "values", Map.of("Age band", "25-34"))));
    assertThat(ward.status()).as(ward.body()).isEqualTo(201);
    long id = ward.json().get("id").asLong();
    assertThat(ward.json().get("values").get("Age band").asString()).isEqualTo("25-34");

    Map<String, Object> change = new HashMap<>(Map.of("name", "Ward 7 (acute)", "values", Map.of("Age band", "35-44")));
    assertThat(api.put("/api/v1/cases/" + id, researcher, Api.json(change)).status()).as("no version").isEqualTo(428);
    change.put("version", 0);
    var saved = api.put("/api/v1/cases/" + id, peer, Api.json(change));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("values").get("Age band").asString()).isEqualTo("35-44");
    change.put("name", "Ward seven");
    assertThat(api.put("/api/v1/cases/" + id, researcher, Api.json(change)).status()).as("stale version")
        .isEqualTo(409);
    assertThat(api.get("/api/v1/cases/" + id, researcher).json().get("name").asString()).isEqualTo("Ward 7 (acute)");
  }

  @Test
  void theCodeByCaseMatrixTheRetrievalFilterAndThePassageDownloadAgree() throws Exception {
    long project = project();
    long source = focusGroup(project);
    long heard = code(project, "Heard");
    long welcome = code(project, "Welcome");
    int ayo = EvidenceFixture.startOf(1);
    coding(researcher, source, heard, ayo + 5, ayo + 24);
    coding(peer, source, welcome, 13, 20);
    long person = personCase(researcher, project, fx.net.ownResearchPerson).json().get("id").asLong();
    long group = api.post("/api/v1/cases", researcher, Api.json(Map.of("projectId", project, "name", "Focus group")))
        .json().get("id").asLong();
    assertThat(api.post("/api/v1/cases/" + group + "/sources", researcher, Api.json(Map.of("sourceId", source)))
        .status()).isEqualTo(200);

    CodeMatrices.ByCase m = SystemActor.call("test", () -> context.getBean(CodeMatrices.class).byCase(project));
    int p = caseIndex(m, person);
    int g = caseIndex(m, group);
    int h = EvidenceContract.indexOf(m.codes(), heard);
    int w = EvidenceContract.indexOf(m.codes(), welcome);
    assertThat(m.counts()[h][p]).as("Ayo's passage is in Ayo's case").isEqualTo(1);
    assertThat(m.counts()[w][p]).as("the facilitator's is not").isZero();
    assertThat(m.counts()[h][g]).isEqualTo(1);
    assertThat(m.counts()[w][g]).as("the whole linked source is in the group's case").isEqualTo(1);

    WebSession session = WebSession.signIn(port, fx.net.usernames.get(Role.PEER_RESEARCHER), TestNetwork.PASSWORD);
    long side = db.sql("select id from case_variable where project_id = ? and name = ?").params(project, Cases.SIDE)
        .query(Long.class).single();
    String community = side + ":Community";
    var welcomePage = session.get("/research/codes/" + welcome + "?attribute=" + community);
    assertThat(welcomePage.status()).isEqualTo(200);
    assertThat(welcomePage.body()).contains("Showing 0 of 1 passages");
    var heardPage = session.get("/research/codes/" + heard + "?caseId=" + person);
    assertThat(heardPage.body()).contains("Showing 1 of 1 passages").contains("The forum listened");

    long audits = db.sql("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'evidence_code'")
        .query(Long.class).single();
    var csv = session.download("/research/codes/" + heard + "/passages?format=csv&attribute=" + community);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.text()).startsWith("Source,Speaker,Side,Coder").contains("The forum listened").contains("Community");
    var xlsx = session.download("/research/codes/" + heard + "/passages?format=xlsx&caseId=" + person);
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.body()[0]).as("a zip (xlsx)").isEqualTo((byte) 'P');
    assertThat(db.sql("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'evidence_code'")
        .query(Long.class).single()).isEqualTo(audits + 2);
    var matrix = session.download("/research/" + project + "/matrices/cases?format=csv");
    assertThat(matrix.text()).contains("Focus group");
    long other = api.post("/api/v1/cases", coordinator, Api.json(Map.of("projectId", fx.otherProject, "name",
        "Elsewhere"))).json().get("id").asLong();
    assertThat(session.get("/research/codes/" + heard + "?caseId=" + other).status())
        .as("a case of a project the user is not in").isEqualTo(404);
  }

  @Test
  void theResearchExportHoldsPseudonymsAndConsentedTurnsOnlyAndTheKeyStaysApart() throws Exception {
    long project = project();
    long withdrawing;
    long source;
    try (var system = SystemActor.enter("test fixture")) {
      withdrawing = context.getBean(People.class).create(EvidenceContract.personForm("Kemi Withdrawing " + fx.net.suffix,
          fx.net.ownOrg.id())).id();
      org.phasezero.network.ConsentForm consent = new org.phasezero.network.ConsentForm();
      consent.setPurpose(org.phasezero.network.ConsentPurpose.RESEARCH_USE);
      consent.setGivenOn(java.time.LocalDate.of(2025, 3, 1));
      consent.setMethod(org.phasezero.network.ConsentMethod.WRITTEN);
      context.getBean(Consents.class).record(withdrawing, consent);
      source = context.getBean(Sources.class).add(project, new SourceDetails("Interview", SourceKind.INTERVIEW),
          SourceMedia.TEXT, EvidenceFixture.transcript(List.of("Interviewer: How was the forum?\n",
              "Ayo: The forum listened to us.\n", "Kemi: Secret words nobody may keep.\n")), null, null,
          Map.of("Ayo", fx.net.ownResearchPerson, "Kemi", withdrawing)).id();
    }
    long code = code(project, "Listening");
    coding(researcher, source, code, 0, 11);
    coding(peer, source, code, "Interviewer: How was the forum?\n".length() + 5, "Interviewer: How was the forum?\n"
        .length() + 30);
    long consentId = db.sql("select id from consent where person_id = ? and purpose = 'RESEARCH_USE'").param(withdrawing)
        .query(Long.class).single();
    assertThat(api.post("/api/v1/consents/" + consentId + "/withdraw", coordinator, "{}").status()).isEqualTo(200);
    personCase(researcher, project, fx.net.ownResearchPerson);

    var refused = api.get("/api/v1/projects/" + project + "/research-export.zip", peer);
    assertThat(refused.status()).as("peer researchers analyse inside the platform").isEqualTo(403);
    long audits = db.sql("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'research_project'")
        .query(Long.class).single();
    WebSession session = WebSession.signIn(port, fx.net.usernames.get(Role.RESEARCHER), TestNetwork.PASSWORD);
    var zip = session.download("/research/" + project + "/research-export.zip");
    assertThat(zip.status()).isEqualTo(200);
    Map<String, String> files = unzip(zip.body());
    assertThat(files).containsOnlyKeys("README.txt", "sources.csv", "turns.csv", "codes.csv", "codings.csv",
        "cases.csv");
    String all = String.join("\n", files.values());
    assertThat(all).doesNotContain("Ayo Research").doesNotContain("Kemi Withdrawing").doesNotContain("Secret words")
        .doesNotContain(fx.net.usernames.get(Role.RESEARCHER)).doesNotContain(fx.net.usernames.get(Role.PEER_RESEARCHER));
    String pseudonym = api.get("/api/v1/cases?projectId=" + project, researcher).json().get(0).get("name").asString();
    assertThat(files.get("turns.csv")).contains("How was the forum?").contains(pseudonym).contains("Community");
    // Speaker labels are often first names: texts leave them out, and an unlinked speaker is numbered.
    assertThat(files.get("turns.csv")).contains("Speaker 1").doesNotContain("Interviewer").doesNotContain("Ayo");
    assertThat(files.get("codings.csv")).contains("Coder A").contains("Coder B").contains("Listening")
        .contains("forum listened").doesNotContain("Interviewer").doesNotContain("Ayo");
    // Every coding is named by a GUID, the same in every export (codings made here derive theirs from their id).
    List<String> guids = files.get("codings.csv").lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    assertThat(guids).hasSize(2).doesNotHaveDuplicates()
        .allMatch(g -> g.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    assertThat(files.get("README.txt")).as("these sources were imported without names to replace")
        .contains("NAMES IN WHAT PEOPLE SAID HAVE NOT BEEN REPLACED");
    assertThat(files.get("cases.csv")).contains(pseudonym).contains("Side");
    assertThat(files.get("README.txt")).contains("pseudonym").contains("key");
    assertThat(db.sql("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'research_project'")
        .query(Long.class).single()).isEqualTo(audits + 1);
    assertThat(unzip(session.download("/research/" + project + "/research-export.zip").body()).get("codings.csv"))
        .as("the same GUIDs in a second export").isEqualTo(files.get("codings.csv"));

    assertThat(session.download("/research/" + project + "/key.csv").status()).isEqualTo(403);
    var key = WebSession.signIn(port, fx.net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD)
        .download("/research/" + project + "/key.csv");
    assertThat(key.status()).isEqualTo(200);
    assertThat(key.text()).startsWith("Name,Pseudonym");
  }

  static int caseIndex(CodeMatrices.ByCase m, long caseId) {
    for (int i = 0; i < m.cases().size(); i++) {
      if (m.cases().get(i).id() == caseId) {
        return i;
      }
    }
    throw new AssertionError("no case " + caseId);
  }

  static Map<String, String> unzip(byte[] bytes) throws IOException {
    Map<String, String> files = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
