package org.phasezero.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.Keyness;
import org.phasezero.analysis.corpus.KeynessScore;
import org.phasezero.network.Side;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.spaces.ActionForm;
import org.phasezero.spaces.Actions;
import org.phasezero.spaces.Decisions;
import org.phasezero.spaces.MeetingForm;
import org.phasezero.spaces.Meetings;
import org.phasezero.spaces.SpacesFixture;
import org.phasezero.support.Api;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Corpora of a partnership's meeting minutes against each supported database: what they read and
 * leave out, no one named in pages or the API, and counts and keyness equal to the library's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MinutesCorpusContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  DiscourseFixture fx;
  String researcher;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new DiscourseFixture(context);
    researcher = fx.net.token(Role.RESEARCHER);
  }

  long sub(long corpusId, Map<String, Object> body) {
    return fx.sub(api, corpusId, body);
  }

  private static Corpus library(List<String> texts) {
    return DiscourseContract.library(texts);
  }

  /**
   * Minutes of a partnership's meetings: the decisions and actions of someone who consented to
   * research use and those recorded by side alone are read with their side, never a name; a voided
   * decision, a planned meeting, another partnership's meeting and the words of anyone whose consent
   * does not stand (never given, or withdrawn) are left out. Counts and keyness equal the library's.
   */
  @Test
  void aPartnershipsMinutesMakeACorpusWithNoOneNamed() {
    SpacesFixture sf = new SpacesFixture(context);
    long consented = sf.net.ownResearchPerson;
    long voiceDecision;
    long statutoryDecision;
    long voiceAction;
    try (var system = SystemActor.enter("test fixture")) {
      var meetings = context.getBean(Meetings.class);
      var decisions = context.getBean(Decisions.class);
      var actions = context.getBean(Actions.class);
      meetings.recordAttendance(sf.ownMeeting, consented);
      voiceDecision = decisions.create(sf.ownMeeting, SpacesFixture.decision(
          "Our voice sets the agenda together, with real power",
          consented, null)).id();
      statutoryDecision = decisions.create(sf.ownMeeting, SpacesFixture.decision(
          "Measure outcomes and efficiency for every customer of the service", null,
          Side.STATUTORY)).id();
      long voided = decisions.create(sf.ownMeeting, SpacesFixture.decision("Words struck from the record", null,
          Side.COMMUNITY)).id();
      decisions.voidRecord(sf.ownMeeting, voided, "Recorded in error");
      ActionForm a = new ActionForm();
      a.setText("Bring the carers' voice to the board");
      a.setOwnerPersonId(consented);
      a.setDueOn(SpacesFixture.MET_ON.plusDays(14));
      voiceAction = actions.create(sf.ownMeeting, a).id();
      decisions.create(sf.otherMeeting, SpacesFixture.decision("Another partnership's voice", null,
          Side.COMMUNITY));
      MeetingForm planned = SpacesFixture.meeting(sf.ownSpace,
          LocalDate.now().plusMonths(2), "Planned forum");
      planned.setAgenda("Voice, voice and voice");
      meetings.create(planned);
    }
    List<String> kept = List.of("Our voice sets the agenda together, with real power",
        "Measure outcomes and efficiency for every customer of the service", "Bring the carers' voice to the board");
    assertThat(api.post("/api/v1/discourse/corpora", researcher, Api.json(Map.of("projectId", fx.project,
        "name", "Minutes without a partnership", "kind", "MEETINGS"))).status()).isEqualTo(409);
    Api.Response made = api.post("/api/v1/discourse/corpora", researcher, Api.json(Map.of("projectId", fx.project,
        "name", "Forum minutes", "kind", "MEETINGS", "partnershipId", sf.ownPartnership, "ignoreCase", true)));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long minutes = made.json().get("id").asLong();
    assertThat(made.json().get("partnershipId").asLong()).isEqualTo(sf.ownPartnership);

    JsonNode f = api.get("/api/v1/discourse/corpora/" + minutes + "/frequencies?top=1000", researcher).json();
    Corpus whole = library(kept);
    assertThat(f.get("texts").asInt()).isEqualTo(3);
    assertThat(f.get("tokens").asInt()).isEqualTo(whole.tokenCount());
    assertThat(f.get("types").asInt()).isEqualTo(whole.typeCount());

    long community = sub(minutes, Map.of("name", "Community side", "side", "COMMUNITY"));
    long statutorySide = sub(minutes, Map.of("name", "Statutory side", "side", "STATUTORY",
        "forum", "OWN FORUM " + sf.net.suffix));
    assertThat(api.post("/api/v1/discourse/corpora/" + minutes + "/subcorpora", researcher, Api.json(Map.of(
        "name", "Coded", "codeId", fx.code))).status()).isEqualTo(409);
    JsonNode k = api.get("/api/v1/discourse/corpora/" + minutes + "/keyness?target=" + community + "&reference="
        + statutorySide + "&minFreq=1&underused=true&top=100", researcher).json();
    List<KeynessScore> scores = Keyness.of(library(List.of(kept.get(0), kept.get(2))), library(List.of(kept.get(1))),
        Keyness.Ranking.LL, 1, true, 100);
    assertThat(k.get("scores")).hasSize(scores.size());
    for (int i = 0; i < scores.size(); i++) {
      assertThat(k.get("scores").get(i).get("word").asString()).isEqualTo(scores.get(i).word());
      assertThat(k.get("scores").get(i).get("logLikelihood").asDouble()).isEqualTo(scores.get(i).logLikelihood());
    }

    JsonNode kwic = api.get("/api/v1/discourse/corpora/" + minutes + "/kwic?word=voice", researcher).json();
    assertThat(kwic.get("total").asInt()).isEqualTo(2);
    assertThat(kwic.get("lines").get(0).get("side").asString()).isEqualTo("COMMUNITY");
    assertThat(kwic.get("lines").get(0).get("link").asString()).isEqualTo("/discourse/corpora/" + minutes
        + "/meetings/" + sf.ownMeeting + "#decision-" + voiceDecision);
    assertThat(kwic.get("lines").get(1).get("link").asString()).endsWith("#action-" + voiceAction);

    // The meeting's page as the corpus reads it: the words, each side, and no one's name.
    WebSession web = WebSession.signIn(port,
        fx.net.usernames.get(Role.RESEARCHER), TestNetwork.PASSWORD);
    var page = web.get("/discourse/corpora/" + minutes + "/meetings/" + sf.ownMeeting);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"decision-" + voiceDecision + "\"", "id=\"decision-" + statutoryDecision
        + "\"", "Our voice sets the agenda", "from the statutory side").doesNotContain("Ayo Research", "Ada Own",
        "Sam Statutory", "Words struck", "Hold the next forum");
    assertThat(web.get("/discourse/corpora/" + minutes + "/meetings/" + sf.otherMeeting).status()).isEqualTo(404);
    long evidence = fx.corpus(api, "Not minutes", "EVIDENCE");
    assertThat(web.get("/discourse/corpora/" + evidence + "/meetings/" + sf.ownMeeting).status()).isEqualTo(404);

    // The same through the API, where a KWIC line of minutes leads: no name, the page to read them on.
    Api.Response json = api.get("/api/v1/discourse/corpora/" + minutes + "/meetings/" + sf.ownMeeting, researcher);
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    assertThat(json.body()).doesNotContain("Ada Own", "Sam Statutory", "Words struck", "Another partnership");
    assertThat(json.json().get("page").asString()).isEqualTo("/discourse/corpora/" + minutes + "/meetings/"
        + sf.ownMeeting);
    List<String> anchors = new java.util.ArrayList<>();
    json.json().get("minutes").forEach(m -> anchors.add(m.get("anchor").asString() + " " + m.get("side").asString()));
    assertThat(anchors).contains("decision-" + voiceDecision + " COMMUNITY", "decision-" + statutoryDecision
        + " STATUTORY", "action-" + voiceAction + " COMMUNITY");
    assertThat(api.get("/api/v1/discourse/corpora/" + minutes + "/meetings/" + sf.otherMeeting, researcher).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/discourse/corpora/" + evidence + "/meetings/" + sf.ownMeeting, researcher).status())
        .isEqualTo(404);

    // Withdrawn consent takes the person's decision and action out at once.
    long consent = db.sql("select id from consent where person_id = ? and purpose = 'RESEARCH_USE'").param(consented)
        .query(Long.class).single();
    assertThat(api.post("/api/v1/consents/" + consent + "/withdraw", fx.net.token(Role.COORDINATOR), "{}").status())
        .isEqualTo(200);
    JsonNode after = api.get("/api/v1/discourse/corpora/" + minutes + "/frequencies", researcher).json();
    assertThat(after.get("texts").asInt()).isEqualTo(1);
    assertThat(after.get("tokens").asInt()).isEqualTo(library(List.of(kept.get(1))).tokenCount());
  }
}
