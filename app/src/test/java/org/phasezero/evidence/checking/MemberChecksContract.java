package org.phasezero.evidence.checking;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Member checks against each supported database: only the participant's own words are shown; the
 * link opens without an account, is audited, answers once however many requests race, and stops
 * working when it expires or is stopped; a withdrawn quote's codings leave the analysis and any use
 * is flagged; a paper copy's answers are recorded by a researcher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MemberChecksContract {

  static final List<String> TURNS = List.of("Ayo: The forum listened to us when nobody else did.\n",
      "Sam: We changed the referral form after that meeting.\n", "Ayo: I trust the hub now, not the letters.\n");

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  EvidenceFixture fx;
  String researcher;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new EvidenceFixture(context);
    researcher = fx.net.token(Role.RESEARCHER);
  }

  /** A project with a focus group where Ayo (a consented person) speaks turns 1 and 3: {project, source, code}. */
  long[] project() {
    long project = api.post("/api/v1/projects", researcher, Api.json(Map.of("name", "Checks " + UUID.randomUUID())))
        .json().get("id").asLong();
    long source;
    try (var system = SystemActor.enter("test fixture")) {
      source = context.getBean(Sources.class).add(project, new SourceDetails("Focus group", SourceKind.FOCUS_GROUP),
          SourceMedia.TEXT, EvidenceFixture.transcript(TURNS), "fg.txt", "text/plain",
          Map.of("Ayo", fx.net.ownResearchPerson)).id();
    }
    long code = api.post("/api/v1/projects/" + project + "/codes", researcher, Api.json(Map.of("name", "Being heard")))
        .json().get("id").asLong();
    return new long[] {project, source, code};
  }

  static int start(int turn) {
    int s = 0;
    for (int i = 0; i < turn; i++) {
      s += TURNS.get(i).length();
    }
    return s;
  }

  long coding(long[] p, int turn, int from, int to) {
    var r = api.post("/api/v1/codings", researcher, Api.json(Map.of("sourceId", p[1], "codeId", p[2], "start",
        start(turn) + from, "end", start(turn) + to)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  Api.Response send(long[] p, Map<String, Object> extra) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("personId", fx.net.ownResearchPerson, "summary",
        "We heard that the forum listens, and that trust took time."));
    body.putAll(extra);
    return api.post("/api/v1/projects/" + p[0] + "/member-checks", researcher, Api.json(body));
  }

  String link(Api.Response sent) {
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    return sent.json().get("link").asString();
  }

  @Test
  void theParticipantSeesOnlyTheirOwnWordsWithoutAnAccountAndEachOpeningIsAudited() {
    long[] p = project();
    coding(p, 0, 5, 29);   // Ayo: "The forum listened to us"
    coding(p, 1, 5, 30);   // Sam's words: not Ayo's to check
    coding(p, 2, 5, 20);   // Ayo: "I trust the hub"
    Api.Response sent = send(p, Map.of());
    String link = link(sent);
    String token = link.substring("/check/".length());
    assertThat(token).hasSizeGreaterThanOrEqualTo(40);
    long id = sent.json().get("check").get("id").asLong();
    assertThat(db.sql("select token_hash from member_check where id = ?").param(id).query(String.class).single())
        .isNotEqualTo(token).isEqualTo(MemberChecks.hash(token));
    assertThat(sent.json().get("check").get("quotes")).hasSize(2);

    WebSession anyone = WebSession.anonymous(port);
    var page = anyone.get(link);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("The forum listened to us").contains("I trust the hub")
        .doesNotContain("referral form").contains("trust took time");
    assertThat(db.sql("select count(*) from audit_event where entity_type = 'member_check' and entity_id = ? and action like 'VIEW%'")
        .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    // In the participant's language, where translated.
    assertThat(WebSession.anonymous(port).get(link + "?lang=ur").body()).contains("آپ کی باتوں سے ہم نے کیا سمجھا")
        .contains("dir=\"rtl\"");
    assertThat(anyone.get("/check/" + "x".repeat(43)).status()).isEqualTo(404);
    // The rest of the platform still needs a sign-in.
    assertThat(anyone.get("/research/member-checks/" + id).status()).isEqualTo(302);
  }

  @Test
  void aWithdrawnQuoteLeavesTheAnalysisAndItsUsesAreFlaggedAndTheLinkAnswersOnce() throws Exception {
    long[] p = project();
    long kept = coding(p, 0, 5, 27);
    long withdrawn = coding(p, 2, 5, 20);
    // A longer passage holding the same words: quoting it would quote them too.
    long holding = api.post("/api/v1/codings", researcher, Api.json(Map.of("sourceId", p[1],
        "codeId", p[2], "start", start(2) + 5, "end", start(2) + 35))).json().get("id").asLong();
    db.sql("insert into evidence_quote (coding_id, used_in, used_on, created_by, created_at) values (?, 'Annual report', current_date, 'test', current_timestamp)")
        .param(withdrawn).update();
    JsonNode check = send(p, Map.of()).json();
    String link = check.get("link").asString();
    int seq = 0;
    for (JsonNode q : check.get("check").get("quotes")) {
      if (q.get("text").asString().contains("trust the hub")) {
        seq = q.get("seq").asInt();
      }
    }
    WebSession anyone = WebSession.anonymous(port);
    int withdraw = seq;
    var answers = Race.of(() -> WebSession.anonymous(port).post(link, link, Map.of("quote-" + withdraw, "WITHDRAW",
        "quoteComment-" + withdraw, "Please leave that out", "overallComment", "Mostly right")).status());
    // One answer is taken; the others are refused (409), or find the thank-you page, which offers no
    // form, so their post carries no form token (403).
    assertThat(Race.count(answers, 302)).as(answers.toString()).isEqualTo(1);
    assertThat(Race.count(answers, 409) + Race.count(answers, 403)).as(answers.toString())
        .isEqualTo(Race.THREADS - 1);
    assertThat(db.sql("select count(*) from member_check_quote where response = 'WITHDRAW' and comment = ?")
        .param("Please leave that out").query(Long.class).single()).isEqualTo(1);
    assertThat(anyone.get(link).body()).contains("Thank you");
    JsonNode after = api.get("/api/v1/member-checks/" + check.get("check").get("id").asLong(), researcher).json();
    assertThat(after.get("respondedHow").asString()).isEqualTo("LINK");
    assertThat(after.get("overallComment").asString()).isEqualTo("Mostly right");
    // The withdrawn quote's coding is voided with the reason, the kept one stays; its use is flagged.
    assertThat(db.sql("select void_reason from coding where id = ?").param(withdrawn).query(String.class).single())
        .startsWith("The speaker withdrew this quote in a member check");
    assertThat(db.sql("select void_reason from coding where id = ?").param(holding).query(String.class).single())
        .startsWith("The speaker withdrew this quote in a member check");
    assertThat(db.sql("select count(*) from coding where id = ? and voided_at is null").param(kept).query(Long.class)
        .single()).isEqualTo(1);
    assertThat(db.sql("select count(*) from evidence_quote where coding_id = ? and flagged_at is not null")
        .param(withdrawn).query(Long.class).single()).isEqualTo(1);
    JsonNode segments = api.get("/api/v1/codes/" + p[2] + "/segments", researcher).json();
    assertThat(segments).hasSize(1);
    assertThat(segments.get(0).get("text").asString()).contains("forum listened");
  }

  @Test
  void anExpiredOrStoppedLinkNoLongerWorks() {
    long[] p = project();
    coding(p, 0, 5, 27);
    JsonNode first = send(p, Map.of("days", 7)).json();
    db.sql("update member_check set expires_at = ? where id = ?")
        .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), first.get("check").get("id").asLong())
        .update();
    WebSession anyone = WebSession.anonymous(port);
    var expired = anyone.get(first.get("link").asString());
    assertThat(expired.status()).isEqualTo(410);
    assertThat(expired.body()).contains("no longer works").doesNotContain("forum listened");
    JsonNode second = send(p, Map.of()).json();
    assertThat(api.post("/api/v1/member-checks/" + second.get("check").get("id").asLong() + "/void", researcher,
        Api.json(Map.of("reason", "Sent to the wrong address"))).status()).isEqualTo(200);
    assertThat(anyone.get(second.get("link").asString()).status()).isEqualTo(410);
    // No form is offered on the closed page, and an answer posted anyway is not taken.
    assertThat(anyone.post(second.get("link").asString(), second.get("link").asString(), Map.of("overallComment", "x"))
        .status()).isIn(403, 409, 410);
    assertThat(db.sql("select count(*) from member_check where id = ? and responded_at is null")
        .param(second.get("check").get("id").asLong()).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void sendingRefusesWhatCannotBeChecked() {
    long[] p = project();
    assertThat(send(p, Map.of()).status()).as("nothing coded yet").isEqualTo(409);
    coding(p, 0, 5, 27);
    assertThat(send(p, Map.of("summary", " ")).status()).isEqualTo(409);
    assertThat(send(p, Map.of("days", 0)).status()).isEqualTo(409);
    assertThat(send(p, Map.of("personId", fx.net.ownPerson)).status()).as("did not speak here").isEqualTo(409);
    assertThat(api.post("/api/v1/projects/" + p[0] + "/member-checks", fx.net.token(Role.STATUTORY_PARTNER),
        Api.json(Map.of("personId", fx.net.ownResearchPerson, "summary", "x"))).status()).isEqualTo(403);
    assertThat(db.sql("select count(*) from member_check where project_id = ?").param(p[0]).query(Long.class).single())
        .isZero();
  }

  @Test
  void aNetworksThemesAreShownWithOnlyTheQuotesOfItsCodesAndPaperAnswersAreRecordedOnce() {
    long[] p = project();
    long other = api.post("/api/v1/projects/" + p[0] + "/codes", researcher, Api.json(Map.of("name", "Trust")))
        .json().get("id").asLong();
    coding(p, 0, 5, 27);
    api.post("/api/v1/codings", researcher, Api.json(Map.of("sourceId", p[1], "codeId", other, "start", start(2) + 5,
        "end", start(2) + 20)));
    long network = api.post("/api/v1/projects/" + p[0] + "/theme-networks", researcher,
        Api.json(Map.of("name", "Being heard"))).json().get("id").asLong();
    long global = api.post("/api/v1/theme-networks/" + network + "/themes", researcher,
        Api.json(Map.of("tier", "GLOBAL", "name", "Heard at last"))).json().get("id").asLong();
    long organising = api.post("/api/v1/theme-networks/" + network + "/themes", researcher,
        Api.json(Map.of("tier", "ORGANISING", "parentId", global, "name", "Listening"))).json().get("id").asLong();
    long basic = api.post("/api/v1/theme-networks/" + network + "/themes", researcher,
        Api.json(Map.of("tier", "BASIC", "parentId", organising, "name", "Listened to"))).json().get("id").asLong();
    api.post("/api/v1/themes/" + basic + "/codes", researcher, Api.json(Map.of("codeId", p[2])));
    JsonNode check = send(p, Map.of("networkId", network)).json().get("check");
    assertThat(check.get("themes")).hasSize(3);
    assertThat(check.get("quotes")).hasSize(1);
    assertThat(check.get("quotes").get(0).get("text").asString()).contains("forum listened");
    long id = check.get("id").asLong();
    Map<String, String> paper = Map.of("theme-" + basic, "AGREE", "themeComment-" + basic, "Yes, exactly",
        "theme-" + global, "UNSURE", "quote-1", "KEEP");
    var recorded = api.post("/api/v1/member-checks/" + id + "/paper-response", researcher, Api.json(paper));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    assertThat(recorded.json().get("respondedHow").asString()).isEqualTo("PAPER");
    assertThat(api.post("/api/v1/member-checks/" + id + "/paper-response", researcher, Api.json(paper)).status())
        .isEqualTo(409);
    JsonNode themes = recorded.json().get("themes");
    assertThat(themes.findValuesAsString("response")).contains("AGREE", "UNSURE");
    assertThat(api.post("/api/v1/member-checks/" + id + "/paper-response", fx.net.token(Role.PEER_RESEARCHER),
        Api.json(paper)).status()).isIn(403, 404);
  }
}
