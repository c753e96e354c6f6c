package org.phasezero.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import org.phasezero.support.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The evidence workspace through its JSON API, run against each supported database: coding exact
 * ranges, refusing what cannot be coded with nothing stored, one coding per coder and range however
 * many arrive at once, a codebook that merges, moves and splits without losing a coding, and
 * research consent honoured at the door and on withdrawal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EvidenceContract {

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

  long liveCodings() {
    return db.sql("select count(*) from coding where voided_at is null").query(Long.class).single();
  }

  long code(String name, Long parentId) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name + " " + UUID.randomUUID()));
    if (parentId != null) {
      body.put("parentId", parentId);
    }
    var created = api.post("/api/v1/projects/" + fx.ownProject + "/codes", researcher, Api.json(body));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  Api.Response coding(String token, long codeId, int start, int end) {
    return api.post("/api/v1/codings", token, Api.json(Map.of("sourceId", fx.ownSource, "codeId", codeId,
        "start", start, "end", end)));
  }

  @Test
  void aCodingCutsExactlyTheWordsSelectedAndNamesItsCoder() {
    long code = code("Being listened to", null);
    int start = EvidenceFixture.startOf(1) + "Ayo: ".length();
    int end = start + "The forum listened to us".length();
    var created = coding(researcher, code, start, end);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("coder").asString()).isEqualTo(fx.net.usernames.get(Role.RESEARCHER));
    JsonNode segments = api.get("/api/v1/codes/" + code + "/segments", peer).json();
    assertThat(segments).hasSize(1);
    assertThat(segments.get(0).get("text").asString()).isEqualTo("The forum listened to us");
    assertThat(segments.get(0).get("speakerSide").asString()).isEqualTo("COMMUNITY");
    assertThat(segments.get(0).get("after").asString()).startsWith(" when nobody else did.");
  }

  @Test
  void whatCannotBeCodedIsRefusedClearlyAndNothingIsStored() {
    long code = code("Refusals", null);
    int length = String.join("", EvidenceFixture.TURNS).length();
    long before = liveCodings();
    var outside = coding(researcher, code, length - 3, length + 5);
    assertThat(outside.status()).isEqualTo(409);
    assertThat(outside.detail()).contains("outside the source").contains(String.valueOf(length));
    assertThat(coding(researcher, code, 5, 5).status()).isEqualTo(409);
    assertThat(coding(researcher, code, -1, 4).status()).isEqualTo(409);
    long removed = code("Removed", null);
    assertThat(api.post("/api/v1/codes/" + removed + "/void", researcher, "{\"reason\":\"not needed\"}").status())
        .isEqualTo(200);
    var ofVoided = coding(researcher, removed, 0, 4);
    assertThat(ofVoided.status()).isEqualTo(409);
    assertThat(ofVoided.detail()).contains("removed from the codebook");
    var otherProjects = coding(researcher, fx.otherCode, 0, 4);
    assertThat(otherProjects.status()).isEqualTo(404);
    assertThat(liveCodings()).isEqualTo(before);
  }

  @Test
  void simultaneousIdenticalCodingsAreStoredOnce() throws Exception {
    long code = code("Raced", null);
    List<Integer> statuses = Race.of(() -> coding(researcher, code, 0, 11).status());
    assertThat(Race.count(statuses, 201)).as(statuses.toString()).isEqualTo(1);
    assertThat(Race.count(statuses, 409)).as(statuses.toString()).isEqualTo(Race.THREADS - 1);
    assertThat(db.sql("select count(*) from coding where code_id = ? and voided_at is null").param(code)
        .query(Long.class).single()).isEqualTo(1);
    assertThat(coding(peer, code, 0, 11).status()).as("another coder may code the same words").isEqualTo(201);
  }

  @Test
  void mergingMovesEveryCodingAndVoidsTheSameCodersDuplicate() {
    long keep = code("Keep", null);
    long merged = code("Merged", null);
    long child = code("Child of merged", merged);
    assertThat(coding(researcher, keep, 0, 11).status()).isEqualTo(201);
    assertThat(coding(researcher, merged, 0, 11).status()).isEqualTo(201);
    assertThat(coding(peer, merged, 0, 11).status()).isEqualTo(201);
    assertThat(coding(researcher, merged, 13, 20).status()).isEqualTo(201);
    var result = api.post("/api/v1/codes/" + merged + "/merge", researcher, Api.json(Map.of("intoId", keep)));
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    assertThat(result.json().get("codings").asInt()).isEqualTo(3);
    assertThat(api.get("/api/v1/codes/" + merged, researcher).json().get("voidReason").asString()).contains("Merged into");
    assertThat(api.get("/api/v1/codes/" + child, researcher).json().get("parentId").asLong()).isEqualTo(keep);
    assertThat(db.sql("select void_reason from coding where code_id = ? and voided_at is not null").param(merged)
        .query(String.class).list()).singleElement().asString().contains("Already coded with");
    // The codebook counts the parent's own passages (its own, the peer's and the one moved in) and, beside
    // them, with those of its sub-code too.
    assertThat(coding(researcher, child, 13, 20).status()).isEqualTo(201);
    String page = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.RESEARCHER),
        org.phasezero.support.TestNetwork.PASSWORD).get("/research/" + fx.ownProject + "/codes").body();
    String row = page.substring(page.indexOf("id=\"code-" + keep + "\""));
    assertThat(row.substring(0, row.indexOf("</li>"))).contains("3 passages, 4 with its sub-codes");
  }

  @Test
  void aCodeMovesWithItsSubtreeButNeverUnderItself() {
    long parent = code("Parent", null);
    long child = code("Child", parent);
    long grandchild = code("Grandchild", child);
    var underOwnChild = api.put("/api/v1/codes/" + parent, researcher, Api.json(Map.of("name", "Parent moved",
        "parentId", grandchild, "version", 0)));
    assertThat(underOwnChild.status()).isEqualTo(409);
    assertThat(underOwnChild.detail()).contains("under itself or under one of its own sub-codes");
    long elsewhere = code("Elsewhere", null);
    var moved = api.put("/api/v1/codes/" + child, researcher, Api.json(Map.of("name", "Child moved",
        "parentId", elsewhere, "version", 0)));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    JsonNode tree = api.get("/api/v1/projects/" + fx.ownProject + "/codes", researcher).json();
    int depth = -1;
    for (JsonNode c : tree) {
      if (c.get("id").asLong() == grandchild) {
        depth = c.get("depth").asInt();
      }
    }
    assertThat(depth).as("the grandchild moved with its parent").isEqualTo(2);
  }

  @Test
  void splittingMovesTheChosenCodingsToANewCode() {
    long code = code("Broad", null);
    long first = coding(researcher, code, 0, 11).json().get("id").asLong();
    coding(researcher, code, 13, 20);
    var split = api.post("/api/v1/codes/" + code + "/split", researcher, Api.json(Map.of("name", "Narrow " + UUID.randomUUID(),
        "codingIds", List.of(first))));
    assertThat(split.status()).as(split.body()).isEqualTo(200);
    assertThat(split.json().get("codings").asInt()).isEqualTo(1);
    assertThat(api.get("/api/v1/codes/" + code, researcher).json().get("codings").asInt()).isEqualTo(1);
    var foreign = api.post("/api/v1/codes/" + code + "/split", researcher, Api.json(Map.of("name", "Nothing",
        "codingIds", List.of(first))));
    assertThat(foreign.status()).isEqualTo(409);
  }

  @Test
  void aTurnIsAttributedOnlyToSomeoneWhoConsentedToResearch() {
    var refused = api.post("/api/v1/sources/" + fx.ownSource + "/speakers", coordinator,
        Api.json(Map.of("label", "Sam", "personId", fx.net.ownPerson)));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.detail()).contains("no consent to research use").contains("Record their consent");
    var linked = api.post("/api/v1/sources/" + fx.ownSource + "/speakers", coordinator,
        Api.json(Map.of("label", "Sam", "personId", fx.net.ownResearchPerson)));
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    JsonNode turns = api.get("/api/v1/sources/" + fx.ownSource + "/turns", researcher).json();
    assertThat(turns).hasSize(3);
    assertThat(turns.get(2).get("speakerSide").asString()).isEqualTo("COMMUNITY");
    assertThat(turns.get(0).get("speakerPersonId").isNull()).isTrue();
  }

  @Test
  void withdrawingResearchConsentWithholdsTheTurnsVoidsTheirCodingsAndFlagsQuotes() {
    long person;
    long source;
    try (var system = org.phasezero.security.SystemActor.enter("test fixture")) {
      person = context.getBean(org.phasezero.network.People.class).create(personForm("Withdrawing " + fx.net.suffix,
          fx.net.ownOrg.id())).id();
      org.phasezero.network.ConsentForm consent = new org.phasezero.network.ConsentForm();
      consent.setPurpose(org.phasezero.network.ConsentPurpose.RESEARCH_USE);
      consent.setGivenOn(java.time.LocalDate.of(2025, 3, 1));
      consent.setMethod(org.phasezero.network.ConsentMethod.WRITTEN);
      context.getBean(org.phasezero.network.Consents.class).record(person, consent);
      source = context.getBean(Sources.class).add(fx.ownProject, new SourceDetails("Interview to withdraw",
              SourceKind.INTERVIEW), SourceMedia.TEXT, EvidenceFixture.transcript(List.of("Interviewer: How was it?\n",
              "Kemi: It changed my life.\n")), null, null, Map.of("Kemi", person)).id();
    }
    long code = code("Life changing", null);
    int kemi = "Interviewer: How was it?\n".length();
    long coded = api.post("/api/v1/codings", researcher, Api.json(Map.of("sourceId", source, "codeId", code,
        "start", kemi + 6, "end", kemi + 25))).json().get("id").asLong();
    long interviewer = api.post("/api/v1/codings", researcher, Api.json(Map.of("sourceId", source, "codeId", code,
        "start", 0, "end", 11))).json().get("id").asLong();
    db.sql("insert into evidence_quote (coding_id, used_in, used_on, created_by, created_at) values (?, ?, ?, ?, ?)")
        .params(coded, "Annual report", java.sql.Date.valueOf("2026-01-10"), "test", new java.sql.Timestamp(0)).update();
    long consentId = db.sql("select id from consent where person_id = ? and purpose = 'RESEARCH_USE'").param(person)
        .query(Long.class).single();

    assertThat(api.post("/api/v1/consents/" + consentId + "/withdraw", coordinator, "{}").status()).isEqualTo(200);

    JsonNode turns = api.get("/api/v1/sources/" + source + "/turns", researcher).json();
    assertThat(turns.get(1).get("withheldReason").asString()).contains("withdrew consent to research use");
    assertThat(turns.get(1).get("text").asString()).isEmpty();
    JsonNode kept = api.get("/api/v1/codings/" + coded, researcher).json();
    assertThat(kept.get("voidReason").asString()).contains("withdrew consent to research use");
    assertThat(api.get("/api/v1/codings/" + interviewer, researcher).json().get("voidedAt").isNull())
        .as("the interviewer's turn is untouched").isTrue();
    assertThat(api.get("/api/v1/codes/" + code + "/segments", researcher).json()).hasSize(1);
    assertThat(db.sql("select flag_reason from evidence_quote where coding_id = ?").param(coded).query(String.class)
        .single()).contains("withdrew consent");
    var again = api.post("/api/v1/codings", researcher, Api.json(Map.of("sourceId", source, "codeId", code(
        "After withdrawal", null), "start", kemi, "end", kemi + 10)));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.detail()).contains("withheld turn");
  }

  @Test
  void aPageOfTurnsIsARangeOfTheSource() {
    JsonNode page = api.get("/api/v1/sources/" + fx.ownSource + "/turns?from=1&count=1", researcher).json();
    assertThat(page).hasSize(1);
    assertThat(page.get(0).get("start").asInt()).isEqualTo(EvidenceFixture.startOf(1));
    assertThat(page.get(0).get("text").asString()).isEqualTo(EvidenceFixture.TURNS.get(1));
    assertThat(api.get("/api/v1/sources/" + fx.ownSource + "/turns?count=501", researcher).status()).isEqualTo(409);
  }

  @Test
  void memosNameTheirAuthorAndFollowTheirProject() {
    var memo = api.post("/api/v1/memos", peer, Api.json(Map.of("target", "SOURCE", "targetId", fx.ownSource,
        "title", "First reading", "body", "People speak of being listened to.")));
    assertThat(memo.status()).as(memo.body()).isEqualTo(201);
    assertThat(memo.json().get("author").asString()).isEqualTo(fx.net.usernames.get(Role.PEER_RESEARCHER));
    assertThat(api.get("/api/v1/memos?target=SOURCE&targetId=" + fx.ownSource, researcher).json())
        .anySatisfy(m -> assertThat(m.get("title").asString()).isEqualTo("First reading"));
    assertThat(api.post("/api/v1/memos", peer, Api.json(Map.of("target", "SOURCE", "targetId", fx.otherSource,
        "body", "Not mine"))).status()).isEqualTo(404);
  }

  long sources() {
    return db.sql("select count(*) from evidence_source").query(Long.class).single();
  }

  Api.Response importText(String token, String fileName, String text, String otherNames) {
    return api.multipart("/api/v1/projects/" + fx.ownProject + "/sources", token, Map.of("name", "Imported " + fileName,
        "kind", "FOCUS_GROUP", "otherNames", otherNames), "file", fileName,
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  String name(long personId) {
    return db.sql("select display_name from person where id = ?").param(personId).query(String.class).single();
  }

  String pseudonym(long personId) {
    return db.sql("select pseudonym from person where id = ?").param(personId).query(String.class).single();
  }

  @Test
  void anImportedTranscriptHasNamesReplacedAtTheDoorAndItsConsentedSpeakersLinked() {
    String consented = name(fx.net.ownResearchPerson);
    String mentioned = name(fx.net.otherPerson);
    String text = "Facilitator: Thank you for coming, " + consented + ".\r\n" + consented + ": I came because "
        + mentioned + " told me about the forum, and Mrs Okafor runs it.\r\n\r\nFacilitator: Thank you.\r\n"
        + consented + ": It helped.\r\n";
    var created = importText(researcher, "group.txt", text, "Mrs Okafor");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long source = created.json().get("source").get("id").asLong();
    JsonNode turns = api.get("/api/v1/sources/" + source + "/turns", researcher).json();
    String all = "";
    for (JsonNode t : turns) {
      all += t.get("text").asString();
    }
    assertThat(all).doesNotContain(consented).doesNotContain(mentioned).doesNotContain("Okafor")
        .contains(pseudonym(fx.net.ownResearchPerson) + ": I came because").contains("and Person A runs it")
        .doesNotContain("\r");
    assertThat(turns).hasSize(4);
    assertThat(turns.get(1).get("speakerPersonId").asLong()).isEqualTo(fx.net.ownResearchPerson);
    assertThat(turns.get(1).get("speakerSide").asString()).isEqualTo("COMMUNITY");
    assertThat(api.get("/api/v1/sources/" + source, researcher).json().get("charCount").asInt()).isEqualTo(all.length());
    assertThat(db.sql("select original from pseudonym_key where source_id = ?").param(source).query(String.class)
        .list()).containsExactlyInAnyOrder(consented, mentioned, "Mrs Okafor");
  }

  @Test
  void aSpeakerWhoseNameTwoPeopleShareIsNotAttributedToEitherByName() {
    // Speaker labels are short, so the namesakes get a short name of their own.
    String shared = "Ama Twin " + java.util.UUID.randomUUID().toString().substring(0, 6);
    long consented;
    try (var system = org.phasezero.security.SystemActor.enter("test fixture")) {
      var people = context.getBean(org.phasezero.network.People.class);
      long[] ids = new long[2];
      for (int i = 0; i < 2; i++) {
        var namesake = new org.phasezero.network.PersonForm();
        namesake.setDisplayName(shared);
        namesake.setContactPreference(org.phasezero.network.ContactPreference.NONE);
        namesake.setOrganisationId(i == 0 ? fx.net.ownOrg.id() : fx.net.otherOrg.id());
        ids[i] = people.create(namesake).id();
      }
      consented = ids[0];
      var consent = new org.phasezero.network.ConsentForm();
      consent.setPurpose(org.phasezero.network.ConsentPurpose.RESEARCH_USE);
      consent.setGivenOn(java.time.LocalDate.of(2025, 3, 1));
      consent.setMethod(org.phasezero.network.ConsentMethod.WRITTEN);
      context.getBean(org.phasezero.network.Consents.class).record(consented, consent);
    }
    long before = sources();
    var refused = importText(researcher, "namesakes.txt", "Facilitator: Welcome.\n" + shared + ": Hello.\n"
        + "Facilitator: How are you?\n" + shared + ": Well, thank you.\n", "");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.detail()).contains("More than one person in the network is called " + shared)
        .contains("pseudonym");
    assertThat(sources()).isEqualTo(before);
    // Written as the pseudonym, the turns are theirs.
    String pseudonym = pseudonym(consented);
    var imported = importText(researcher, "namesakes.txt", "Facilitator: Welcome.\n" + pseudonym + ": Hello.\n"
        + "Facilitator: How are you?\n" + pseudonym + ": Well, thank you.\n", "");
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
  }

  @Test
  void aTranscriptInWhichSomeoneWithoutResearchConsentSpeaksIsRefusedNamingTheConsent() {
    long before = sources();
    String unconsented = name(fx.net.ownPerson);
    var refused = importText(researcher, "refused.txt", "Facilitator: Welcome.\n" + unconsented + ": Hello.\n"
        + "Facilitator: How are you?\n" + unconsented + ": Well, thank you.\n", "");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.detail()).contains(unconsented).contains("consent to research use");
    assertThat(sources()).isEqualTo(before);
  }

  @Test
  void aFileThatIsNotWhatItsNameSaysIsRefusedClearlyAndNothingIsStored() {
    long before = sources();
    var notDocx = api.multipart("/api/v1/projects/" + fx.ownProject + "/sources", researcher,
        Map.of("name", "Not a document", "kind", "DOCUMENT"), "file", "notes.docx", "just text".getBytes());
    assertThat(notDocx.status()).isEqualTo(422);
    assertThat(notDocx.detail()).contains("notes.docx");
    var notPdf = api.multipart("/api/v1/projects/" + fx.ownProject + "/sources", researcher,
        Map.of("name", "Not a PDF", "kind", "DOCUMENT"), "file", "report.pdf", new byte[] {1, 2, 3, 4});
    assertThat(notPdf.status()).isEqualTo(422);
    var unknownEncoding = api.multipart("/api/v1/projects/" + fx.ownProject + "/sources", researcher,
        Map.of("name", "Odd bytes", "kind", "DOCUMENT"), "file", "odd.txt", new byte[] {'a', (byte) 0x81, (byte) 0x8d, 'b'});
    assertThat(unknownEncoding.status()).isEqualTo(422);
    assertThat(sources()).isEqualTo(before);
    assertThat(api.multipart("/api/v1/projects/" + fx.otherProject + "/sources", researcher,
        Map.of("name", "Elsewhere", "kind", "DOCUMENT"), "file", "a.txt", "words".getBytes()).status()).isEqualTo(404);
  }

  @Test
  void thePseudonymKeyIsTheCoordinatorsOnlyAndEachReadingIsAudited() {
    long audits = db.sql("select count(*) from audit_event where entity_type = 'pseudonym_key'").query(Long.class).single();
    var session = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.COORDINATOR),
        org.phasezero.support.TestNetwork.PASSWORD);
    assertThat(session.get("/research/" + fx.ownProject + "/key").status()).isEqualTo(200);
    assertThat(db.sql("select count(*) from audit_event where entity_type = 'pseudonym_key'").query(Long.class).single())
        .isEqualTo(audits + 1);
    var researcherSession = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.RESEARCHER),
        org.phasezero.support.TestNetwork.PASSWORD);
    assertThat(researcherSession.get("/research/" + fx.ownProject + "/key").status()).isEqualTo(403);
  }

  @Test
  void aRegionOfAPictureIsCodedInPercentAndMustLieInsideIt() {
    long picture;
    try (var system = org.phasezero.security.SystemActor.enter("test fixture")) {
      picture = context.getBean(Sources.class).add(fx.ownProject, new SourceDetails("Community map", SourceKind.PLA_OUTPUT),
          SourceMedia.PICTURE, EvidenceFixture.transcript(List.of("The mosque and the surgery, joined by a line.\n")),
          "map.png", "image/png", Map.of()).id();
    }
    long code = code("Places of trust", null);
    var session = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.RESEARCHER),
        org.phasezero.support.TestNetwork.PASSWORD);
    var coded = session.post("/research/sources/" + picture, "/research/sources/" + picture + "/codings/region",
        Map.of("codeId", String.valueOf(code), "left", "50", "top", "0", "width", "50", "height", "50"));
    assertThat(coded.status()).isEqualTo(302);
    JsonNode codings = api.get("/api/v1/sources/" + picture + "/codings", researcher).json();
    assertThat(codings).singleElement().satisfies(c -> assertThat(c.get("region").asString()).isEqualTo("50,0,50,50"));
    var outside = session.post("/research/sources/" + picture, "/research/sources/" + picture + "/codings/region",
        Map.of("codeId", String.valueOf(code), "left", "60", "top", "0", "width", "50", "height", "50"));
    assertThat(outside.status()).isEqualTo(200);
    assertThat(outside.body()).contains("The region must lie inside the picture");
    var onText = session.post("/research/sources/" + fx.ownSource, "/research/sources/" + fx.ownSource
        + "/codings/region", Map.of("codeId", String.valueOf(code), "left", "0", "top", "0", "width", "10", "height", "10"));
    assertThat(onText.body()).contains("Only a picture has regions to code");
    assertThat(api.get("/api/v1/sources/" + picture + "/codings", researcher).json()).hasSize(1);
  }

  @Test
  void theMatricesCountOverlappingPassagesAndWhoseVoicesEachCodeHolds() {
    long heard = code("Heard", null);
    long change = code("Change", null);
    int ayo = EvidenceFixture.startOf(1);
    coding(researcher, heard, ayo, ayo + 20);
    coding(peer, change, ayo + 10, ayo + 30);
    coding(researcher, change, 0, 11);
    var matrices = context.getBean(CodeMatrices.class);
    CodeMatrices.Cooccurrence co = org.phasezero.security.SystemActor.call("test", () -> matrices.cooccurrence(fx.ownProject));
    int h = indexOf(co.codes(), heard);
    int c = indexOf(co.codes(), change);
    assertThat(co.counts()[h][c]).isEqualTo(1);
    assertThat(co.counts()[c][h]).isEqualTo(1);
    assertThat(co.counts()[c][c]).isEqualTo(2);
    CodeMatrices.BySide sides = org.phasezero.security.SystemActor.call("test", () -> matrices.bySide(fx.ownProject));
    assertThat(sides.counts().get(indexOf(sides.codes(), change))).containsEntry(org.phasezero.network.Side.COMMUNITY, 1L);
    assertThat(sides.unlinked().get(indexOf(sides.codes(), change))).isEqualTo(1L);
    var session = org.phasezero.support.WebSession.signIn(port, fx.net.usernames.get(Role.RESEARCHER),
        org.phasezero.support.TestNetwork.PASSWORD);
    long audits = db.sql("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'research_project'")
        .query(Long.class).single();
    var csv = session.get("/research/" + fx.ownProject + "/matrices/cooccurrence?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains("Code,");
    assertThat(db.sql("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'research_project'")
        .query(Long.class).single()).isEqualTo(audits + 1);
  }

  static int indexOf(List<Code> codes, long id) {
    for (int i = 0; i < codes.size(); i++) {
      if (codes.get(i).id() == id) {
        return i;
      }
    }
    throw new AssertionError("no code " + id);
  }

  static org.phasezero.network.PersonForm personForm(String name, long organisationId) {
    org.phasezero.network.PersonForm f = new org.phasezero.network.PersonForm();
    f.setDisplayName(name);
    f.setContactPreference(org.phasezero.network.ContactPreference.NONE);
    f.setOrganisationId(organisationId);
    return f;
  }
}
