package org.phasezero.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.CorpusBuilder;
import org.phasezero.analysis.corpus.FrequencyList;
import org.phasezero.analysis.corpus.Keyness;
import org.phasezero.analysis.corpus.KeynessScore;
import org.phasezero.analysis.corpus.NGrams;
import org.phasezero.analysis.corpus.Tokenization;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import org.phasezero.support.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Discourse against each supported database: counts and statistics on an evidence corpus equal the
 * analysis library's on the same text, sub-corpora by side and code, keyword in context linked to
 * each turn, consent withdrawal honoured at once, word lists by side, posts imported (pseudonymised
 * authors, duplicates kept once, bad lines reported by number and skipped, or stopping the import
 * with nothing kept, an interrupted import resumed), who may see corpora, and a race on names.
 * Corpora of meeting minutes have their own contract, {@link MinutesCorpusContract}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DiscourseContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  DiscourseFixture fx;
  String researcher;
  long corpus;
  long community;
  long statutory;

  static final Tokenization FOLDED = new Tokenization(null, true);

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new DiscourseFixture(context);
    researcher = fx.net.token(Role.RESEARCHER);
    corpus = corpus("Focus groups", "EVIDENCE");
    community = sub(corpus, Map.of("name", "Community voice", "side", "COMMUNITY"));
    statutory = sub(corpus, Map.of("name", "Statutory voice", "side", "STATUTORY"));
  }

  long corpus(String name, String kind) {
    return fx.corpus(api, name, kind);
  }

  long sub(long corpusId, Map<String, Object> body) {
    return fx.sub(api, corpusId, body);
  }

  static Corpus library(List<String> texts) {
    CorpusBuilder b = new CorpusBuilder(FOLDED);
    for (int i = 0; i < texts.size(); i++) {
      b.add(String.valueOf(i), texts.get(i));
    }
    return b.build();
  }

  /** A first visit to keyness offers a comparison that can be made at once: the first two sub-corpora. */
  @Test
  void keynessFirstOffersTheFirstSubCorpusAgainstTheSecond() {
    org.phasezero.support.WebSession web = org.phasezero.support.WebSession.signIn(port,
        fx.net.usernames.get(Role.RESEARCHER), org.phasezero.support.TestNetwork.PASSWORD);
    String page = web.get("/discourse/corpora/" + corpus + "/keyness").body();
    assertThat(chosenIn(page, "target")).isEqualTo(String.valueOf(community));
    assertThat(chosenIn(page, "reference")).isEqualTo(String.valueOf(statutory));
    // Asked for as chosen, it is kept: the whole corpus against the statutory voice.
    String asked = web.get("/discourse/corpora/" + corpus + "/keyness?target=&reference=" + statutory).body();
    assertThat(chosenIn(asked, "target")).isNull();
    assertThat(chosenIn(asked, "reference")).isEqualTo(String.valueOf(statutory));
  }

  /** A word with no uses says so, with no empty table, chart or downloads under it. */
  @Test
  void aWordWithNoUsesSaysSoAndShowsNothingEmpty() {
    org.phasezero.support.WebSession web = org.phasezero.support.WebSession.signIn(port,
        fx.net.usernames.get(Role.RESEARCHER), org.phasezero.support.TestNetwork.PASSWORD);
    String none = web.get("/discourse/corpora/" + corpus + "/kwic?word=zebra").body();
    assertThat(none).contains("No uses of").doesNotContain("pz-kwic", "format=csv");
    assertThat(web.get("/discourse/corpora/" + corpus + "/kwic?word=voice").body()).contains("pz-kwic", "format=csv");
  }

  /**
   * A number an analysis cannot use (letters, a minimum frequency under 1) is a problem on the form,
   * linked to its field, with what was typed kept: not an error page, and never quietly replaced.
   */
  @Test
  void numbersAnAnalysisCannotUseAreProblemsOnItsForm() {
    org.phasezero.support.WebSession web = org.phasezero.support.WebSession.signIn(port,
        fx.net.usernames.get(Role.RESEARCHER), org.phasezero.support.TestNetwork.PASSWORD);
    String base = "/discourse/corpora/" + corpus;
    var letters = web.get(base + "/collocates?node=voice&window=abc&measure=mi&minFreq=1");
    assertThat(letters.status()).isEqualTo(409);
    assertThat(letters.body()).contains("<a href=\"#window\">Enter the number of words either side as a whole number",
        "nhsuk-form-group--error", "value=\"abc\"", "id=\"node\"").doesNotContain("pz-table-scroll");
    var negative = web.get(base + "/keyness?target=" + community + "&reference=" + statutory + "&minFreq=-5&compare=1");
    assertThat(negative.status()).isEqualTo(409);
    assertThat(negative.body()).contains("<a href=\"#minFreq\">Enter a minimum frequency of 1 or more.",
        "value=\"-5\"");
    var runs = web.get(base + "/ngrams?n=3&minFreq=x");
    assertThat(runs.status()).isEqualTo(409);
    assertThat(runs.body()).contains("<a href=\"#minFreq\">", "value=\"x\"");
    var n = web.get(base + "/ngrams?n=7");
    assertThat(n.status()).isEqualTo(409);
    assertThat(n.body()).contains("<a href=\"#n\">Choose runs of 2 to 6 words.");
    assertThat(web.get(base + "/kwic?word=voice&width=ten").body()).contains("<a href=\"#width\">", "value=\"ten\"");
    // The API says the same: no minimum frequency is quietly raised to 1.
    assertThat(api.get("/api/v1/discourse/corpora/" + corpus + "/keyness?target=" + community + "&reference="
        + statutory + "&minFreq=0", researcher).status()).isEqualTo(409);
    // Left empty, a number takes its usual value.
    assertThat(web.get(base + "/collocates?node=voice&window=&minFreq=").status()).isEqualTo(200);
  }

  /** Counts name what an evidence corpus's texts are: turns of speech. */
  @Test
  void countsSayWhatTheTextsAre() {
    org.phasezero.support.WebSession web = org.phasezero.support.WebSession.signIn(port,
        fx.net.usernames.get(Role.RESEARCHER), org.phasezero.support.TestNetwork.PASSWORD);
    assertThat(web.get("/discourse/corpora/" + corpus + "/frequencies").body())
        .containsPattern("different\\) in " + DiscourseFixture.SPOKEN.size() + " turns of speech\\.");
    assertThat(web.get("/discourse/corpora/" + corpus + "/ngrams?minFreq=1").body()).contains("Turns it is in");
  }

  /** The value of the selected option of a page's select, or null when none is selected. */
  private static String chosenIn(String page, String select) {
    int from = page.indexOf("id=\"" + select + "\"");
    String options = page.substring(from, page.indexOf("</select>", from));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<option value=\"(\\d*)\" selected").matcher(options);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void countsAndStatisticsEqualTheLibrarysOnTheSameText() {
    JsonNode f = api.get("/api/v1/discourse/corpora/" + corpus + "/frequencies?top=1000", researcher).json();
    Corpus whole = library(DiscourseFixture.SPOKEN);
    assertThat(f.get("tokens").asInt()).isEqualTo(whole.tokenCount());
    assertThat(f.get("types").asInt()).isEqualTo(whole.typeCount());
    assertThat(f.get("texts").asInt()).isEqualTo(4);
    // Speakers' labels say who speaks, not what is said: they are not words of the corpus.
    List<String> types = new ArrayList<>();
    f.get("entries").forEach(e -> types.add(e.get("type").asString()));
    assertThat(types).contains("forum", "voice").doesNotContain("ayo", "dee", "facilitator");
    List<FrequencyList.Entry> expected = FrequencyList.top(whole, 1000);
    assertThat(f.get("entries")).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(f.get("entries").get(i).get("type").asString()).isEqualTo(expected.get(i).type());
      assertThat(f.get("entries").get(i).get("frequency").asLong()).isEqualTo(expected.get(i).frequency());
    }
    // Community voice (Ayo's two turns) against the statutory voice (Dee's): the library's scores.
    JsonNode k = api.get("/api/v1/discourse/corpora/" + corpus + "/keyness?target=" + community + "&reference="
        + statutory + "&minFreq=1&underused=true&top=100", researcher).json();
    List<KeynessScore> scores = Keyness.of(library(List.of(DiscourseFixture.SPOKEN.get(1), DiscourseFixture.SPOKEN.get(3))),
        library(List.of(DiscourseFixture.SPOKEN.get(2))), Keyness.Ranking.LL, 1, true, 100);
    assertThat(k.get("targetTokens").asInt()).isEqualTo(scores.get(0).c());
    assertThat(k.get("scores")).hasSize(scores.size());
    for (int i = 0; i < scores.size(); i++) {
      assertThat(k.get("scores").get(i).get("word").asString()).isEqualTo(scores.get(i).word());
      assertThat(k.get("scores").get(i).get("logLikelihood").asDouble()).isEqualTo(scores.get(i).logLikelihood());
      assertThat(k.get("scores").get(i).get("logRatio").asDouble()).isEqualTo(scores.get(i).logRatio());
    }
    assertThat(api.get("/api/v1/discourse/corpora/" + corpus + "/keyness?target=" + community + "&reference="
        + community, researcher).status()).isEqualTo(409);
    // Collocates of "voice" within 2 words, the library's result.
    JsonNode c = api.get("/api/v1/discourse/corpora/" + corpus + "/collocates?node=voice&window=2&measure=mi&minFreq=1",
        researcher).json();
    assertThat(c.get("result").get("nodeFrequency").asLong()).isEqualTo(2);
    // Word runs: the library's n-grams, each within one turn, with how many turns it is in.
    List<NGrams.Entry> bigrams = NGrams.top(whole, 2, 1, 50);
    JsonNode g = api.get("/api/v1/discourse/corpora/" + corpus + "/ngrams?n=2&minFreq=1&top=50", researcher).json();
    assertThat(g.get("entries")).hasSize(bigrams.size());
    for (int i = 0; i < bigrams.size(); i++) {
      assertThat(g.get("entries").get(i).get("gram").asString()).isEqualTo(bigrams.get(i).gram());
      assertThat(g.get("entries").get(i).get("frequency").asLong()).isEqualTo(bigrams.get(i).frequency());
      assertThat(g.get("entries").get(i).get("documents").asLong()).isEqualTo(bigrams.get(i).documents());
    }
    assertThat(api.get("/api/v1/discourse/corpora/" + corpus + "/ngrams?n=7", researcher).status()).isEqualTo(409);
  }

  @Test
  void keywordInContextLinksEachLineToItsTurn() {
    JsonNode k = api.get("/api/v1/discourse/corpora/" + corpus + "/kwic?word=Voice&width=3", researcher).json();
    assertThat(k.get("total").asInt()).isEqualTo(2);
    JsonNode line = k.get("lines").get(0);
    assertThat(line.get("node").asString()).isEqualTo("voice");
    assertThat(line.get("left").asString()).isEqualTo("gave us a");
    // Lines read as the turns do, with their capitals and punctuation (the corpus ignores case).
    assertThat(k.get("lines").get(1).get("left").asString()).isEqualTo("Our");
    assertThat(k.get("lines").get(1).get("right").asString()).isEqualTo("matters; together we");
    assertThat(line.get("side").asString()).isEqualTo("COMMUNITY");
    long turn = db.sql("select id from source_segment where source_id = ? and seq = 1").param(fx.source)
        .query(Long.class).single();
    assertThat(line.get("link").asString()).isEqualTo("/research/sources/" + fx.source + "?page=0#turn-" + turn);
    assertThat(api.get("/api/v1/discourse/corpora/" + corpus + "/kwic?word=voice&sub=" + statutory, researcher).json()
        .get("total").asInt()).isZero();
    Api.Response csv = api.get("/api/v1/discourse/corpora/" + corpus + "/kwic?word=voice&format=csv", researcher);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).contains("left,node,right").contains("Forum focus group, Ayo");
    assertThat(api.get("/api/v1/discourse/corpora/" + corpus + "/kwic?word=%20", researcher).status()).isEqualTo(409);
  }

  @Test
  void aCodeOrASideMakesASubCorpus() {
    int dee = DiscourseFixture.TURNS.get(0).length() + DiscourseFixture.TURNS.get(1).length();
    Api.Response coded = api.post("/api/v1/codings", researcher, Api.json(Map.of("sourceId", fx.source, "codeId",
        fx.code, "start", dee + 5, "end", dee + 20)));
    assertThat(coded.status()).as(coded.body()).isEqualTo(201);
    long market = sub(corpus, Map.of("name", "Coded market talk", "codeId", fx.code));
    JsonNode f = api.get("/api/v1/discourse/corpora/" + corpus + "/frequencies?sub=" + market, researcher).json();
    assertThat(f.get("tokens").asInt()).isEqualTo(library(List.of(DiscourseFixture.SPOKEN.get(2))).tokenCount());
    // Posts' filters on an evidence corpus, a code and a theme at once, a backwards period: refused.
    assertThat(api.post("/api/v1/discourse/corpora/" + corpus + "/subcorpora", researcher, Api.json(Map.of(
        "name", "Bad", "forum", "x"))).status()).isEqualTo(409);
    assertThat(api.post("/api/v1/discourse/corpora/" + corpus + "/subcorpora", researcher, Api.json(Map.of(
        "name", "Bad", "from", "2025-02-01", "to", "2025-01-01"))).status()).isEqualTo(409);
    assertThat(api.post("/api/v1/discourse/corpora/" + corpus + "/subcorpora", researcher, Api.json(Map.of(
        "name", "community VOICE", "side", "STATUTORY"))).status()).isEqualTo(409);
  }

  @Test
  void wordListsAreCountedBySide() {
    long market = api.post("/api/v1/discourse/word-lists", researcher, Api.json(Map.of("projectId", fx.project,
        "name", "Market language", "words", "customer, efficiency\noutcomes"))).json().get("id").asLong();
    long democratic = api.post("/api/v1/discourse/word-lists", researcher, Api.json(Map.of("projectId", fx.project,
        "name", "Democratic language", "words", "voice, power, together"))).json().get("id").asLong();
    Map<String, Integer> marketHits = hitsBySide(market);
    assertThat(marketHits).containsEntry("STATUTORY", 3).containsEntry("COMMUNITY", 0);
    Map<String, Integer> democraticHits = hitsBySide(democratic);
    // Ayo: voice, power, together; voice, together.
    assertThat(democraticHits).containsEntry("COMMUNITY", 5).containsEntry("STATUTORY", 0);
    assertThat(api.post("/api/v1/discourse/word-lists", researcher, Api.json(Map.of("projectId", fx.project,
        "name", "market LANGUAGE", "words", "x"))).status()).isEqualTo(409);
    assertThat(api.post("/api/v1/discourse/word-lists", researcher, Api.json(Map.of("projectId", fx.project,
        "name", "Empty", "words", " , \n "))).status()).isEqualTo(409);
  }

  /** As 'phasezero spark keyness --format json' writes it (the fields of KeynessCommand). */
  static final String SPARK_KEYNESS = """
      {
        "target_tokens" : 2489168,
        "reference_tokens" : 2160421,
        "measure" : "ll",
        "keywords" : [ {
          "word" : "whale", "target_freq" : 4767, "reference_freq" : 0, "ll" : "6141.2533", "g2" : "6144.0123",
          "log_ratio" : "12.1234", "pct_diff" : "4.7670e+13", "direction" : "over", "significance" : "p < 0.0001"
        }, {
          "word" : "sea", "target_freq" : 2519, "reference_freq" : 106, "ll" : "2580.1000", "g2" : "2581.9000",
          "log_ratio" : "4.3000", "pct_diff" : "1962.5000", "direction" : "over", "significance" : "p < 0.0001"
        } ]
      }""";

  @Test
  void sparkResultsAreKeptWithTheProjectAndShownAsTables() throws Exception {
    String add = "/api/v1/discourse/spark-results?projectId=" + fx.project + "&name=";
    Api.Response r = api.post(add + "Carers%20against%20staff", researcher, SPARK_KEYNESS);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    long id = r.json().get("id").asLong();
    assertThat(r.json().get("kind").asString()).isEqualTo("KEYNESS");

    JsonNode t = api.get("/api/v1/discourse/spark-results/" + id, researcher).json();
    assertThat(t.get("columns").toString()).isEqualTo("[\"word\",\"target_freq\",\"reference_freq\",\"ll\",\"g2\","
        + "\"log_ratio\",\"pct_diff\",\"direction\",\"significance\"]");
    assertThat(t.get("rows")).hasSize(2);
    assertThat(t.get("rows").get(0).get(0).asString()).isEqualTo("whale");
    assertThat(t.get("rows").get(1).get(1).asString()).isEqualTo("2519");
    assertThat(t.get("summary").toString()).contains("target_tokens").contains("2489168").contains("measure");
    Api.Response csv = api.get("/api/v1/discourse/spark-results/" + id + "?format=csv", researcher);
    assertThat(csv.body().lines().findFirst().orElseThrow()).contains("word").contains("significance");
    assertThat(csv.body()).contains("whale,4767,0,6141.2533");
    assertThat(api.get("/api/v1/discourse/spark-results?projectId=" + fx.project, researcher).json().toString())
        .contains("Carers against staff");

    // Bad input: the same name in any case, not JSON, no table of rows, rows that disagree; none is kept.
    assertThat(api.post(add + "CARERS%20against%20STAFF", researcher, SPARK_KEYNESS).status()).isEqualTo(409);
    Api.Response notJson = api.post(add + "Broken", researcher, "{\"keywords\": [");
    assertThat(notJson.status()).isEqualTo(409);
    assertThat(notJson.body()).contains("not JSON");
    Api.Response noTable = api.post(add + "Other", researcher, "{\"tokens\": 3}");
    assertThat(noTable.status()).isEqualTo(409);
    assertThat(noTable.body()).contains("no table of rows");
    Api.Response ragged = api.post(add + "Ragged", researcher,
        "{\"top\": [{\"rank\": 1, \"type\": \"a\"}, {\"rank\": 2, \"word\": \"b\"}]}");
    assertThat(ragged.status()).isEqualTo(409);
    assertThat(ragged.body()).contains("Row 2");
    assertThat(db.sql("select count(*) from discourse_spark_result where project_id = ?").param(fx.project)
        .query(Long.class).single()).isEqualTo(1);

    // Voided with a reason: out of the list, kept, its name free again; 25 voids at once void it once.
    assertThat(api.post("/api/v1/discourse/spark-results/" + id + "/void", researcher, "{}").status()).isEqualTo(400);
    List<Integer> voids = Race.of(() -> api.post("/api/v1/discourse/spark-results/" + id + "/void", researcher,
        Api.json(Map.of("reason", "Run on the wrong file"))).status());
    assertThat(Race.count(voids, 200)).isEqualTo(1);
    assertThat(Race.count(voids, 409)).isEqualTo(voids.size() - 1);
    JsonNode voided = api.get("/api/v1/discourse/spark-results/" + id, researcher).json();
    assertThat(voided.get("result").get("voidReason").asString()).isEqualTo("Run on the wrong file");
    assertThat(api.get("/api/v1/discourse/spark-results?projectId=" + fx.project, researcher).json().toString())
        .doesNotContain("Carers against staff");
    assertThat(api.post(add + "Carers%20against%20staff", researcher, SPARK_KEYNESS).status()).isEqualTo(201);
    assertThat(db.sql("select count(*) from discourse_spark_result where project_id = ?").param(fx.project)
        .query(Long.class).single()).isEqualTo(2);
  }

  private Map<String, Integer> hitsBySide(long list) {
    JsonNode c = api.get("/api/v1/discourse/corpora/" + corpus + "/counts?list=" + list, researcher).json();
    Map<String, Integer> hits = new LinkedHashMap<>();
    c.get("groups").forEach(g -> hits.merge(g.get("side").isNull() ? "none" : g.get("side").asString(),
        g.get("hits").asInt(), Integer::sum));
    return hits;
  }

  @Test
  void withdrawnConsentTakesATurnOutAtOnce() {
    long kemi;
    try (var system = org.phasezero.security.SystemActor.enter("test fixture")) {
      kemi = context.getBean(org.phasezero.network.People.class).create(org.phasezero.support.TestNetwork.person(
          "Kemi Withdraws " + fx.net.suffix, fx.net.ownOrg.id())).id();
      context.getBean(org.phasezero.network.Consents.class).record(kemi,
          org.phasezero.support.TestNetwork.consent(org.phasezero.network.ConsentPurpose.RESEARCH_USE));
      context.getBean(org.phasezero.evidence.Sources.class).add(fx.otherProject, new org.phasezero.evidence.SourceDetails(
          "Interview with Kemi", org.phasezero.evidence.SourceKind.INTERVIEW), org.phasezero.evidence.SourceMedia.TEXT,
          org.phasezero.evidence.EvidenceFixture.transcript(List.of("Interviewer: How was it?\n",
              "Kemi: Transformative, honestly.\n")), null, null, Map.of("Kemi", kemi));
    }
    // In the other project, so that the focus groups' corpus keeps its known counts.
    long other = api.post("/api/v1/discourse/corpora", researcher, Api.json(Map.of("projectId", fx.otherProject,
        "name", "Interviews", "kind", "EVIDENCE"))).json().get("id").asLong();
    String kwic = "/api/v1/discourse/corpora/" + other + "/kwic?word=transformative";
    assertThat(api.get(kwic, researcher).json().get("total").asInt()).isEqualTo(1);
    long consent = db.sql("select id from consent where person_id = ? and purpose = 'RESEARCH_USE'").param(kemi)
        .query(Long.class).single();
    assertThat(api.post("/api/v1/consents/" + consent + "/withdraw", fx.net.token(Role.COORDINATOR), "{}").status())
        .isEqualTo(200);
    assertThat(api.get(kwic, researcher).json().get("total").asInt()).isZero();
  }

  private JsonNode imported(Api.Response started) throws InterruptedException {
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long id = started.json().get("id").asLong();
    for (int i = 0; i < 200; i++) {
      JsonNode imp = api.get("/api/v1/discourse/imports/" + id, researcher).json();
      if (!imp.get("status").asString().equals("RUNNING")) {
        return imp;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("import " + id + " did not finish within 10 s");
  }

  static final String POSTS = """
      {"body": "The service should listen to our voice", "user": "Priya K", "created": "2025-03-01T10:00:00Z", "sub": "carers"}
      {"body": "Efficiency savings hit every customer", "user": "Tom B", "created": "1/4/2025", "sub": "nhs"}
      {"body": "not json at all
      {"body": "The service should   listen to our voice", "user": "Someone Else", "sub": "carers"}
      {"user": "Priya K", "sub": "carers"}
      {"body": "Together we have power", "user": "Priya K", "created": "1714557600", "sub": "carers"}
      """;

  @Test
  void postsArePseudonymisedKeptOnceAndBadLinesReportedByNumber() throws Exception {
    long posts = corpus("Carers' forum", "POSTS");
    JsonNode imp = imported(api.multipart("/api/v1/discourse/corpora/" + posts + "/imports", researcher, Map.of(
        "text", "body", "author", "user", "date", "created", "forum", "sub"), "file", "posts.jsonl",
        POSTS.getBytes(StandardCharsets.UTF_8)));
    assertThat(imp.get("status").asString()).isEqualTo("DONE");
    assertThat(imp.get("imported").asLong()).isEqualTo(3);
    assertThat(imp.get("duplicates").asLong()).isEqualTo(1);
    assertThat(imp.get("malformed").asLong()).isEqualTo(2);
    assertThat(imp.get("problems").asString()).contains("Line 3: is not valid JSON").contains("Line 5: has no text in 'body'");
    List<String> authors = db.sql("select author from discourse_post where corpus_id = ? order by id").param(posts)
        .query(String.class).list();
    assertThat(authors).hasSize(3).allMatch(a -> a.matches("author-[0-9a-f]{12}"));
    assertThat(authors.get(0)).isEqualTo(authors.get(2)).isNotEqualTo(authors.get(1));
    assertThat(db.sql("select count(*) from discourse_post where author like '%Priya%' or body like '%Priya%'")
        .query(Long.class).single()).isZero();
    assertThat(db.sql("select posted_on from discourse_post where corpus_id = ? order by id").param(posts)
        .query(java.sql.Date.class).list()).extracting(java.sql.Date::toString)
        .containsExactly("2025-03-01", "2025-04-01", "2024-05-01");
    // A forum's sub-corpus, and its lines linked to each post.
    long carers = sub(posts, Map.of("name", "Carers", "forum", "carers"));
    JsonNode k = api.get("/api/v1/discourse/corpora/" + posts + "/kwic?word=voice&sub=" + carers, researcher).json();
    assertThat(k.get("total").asInt()).isEqualTo(1);
    assertThat(k.get("lines").get(0).get("link").asString()).startsWith("/discourse/corpora/" + posts + "/posts/");
    // A kept posts corpus reads each line's words again, so that lines read as their posts do.
    JsonNode efficiency = api.get("/api/v1/discourse/corpora/" + posts + "/kwic?word=efficiency&width=3", researcher)
        .json().get("lines").get(0);
    assertThat(efficiency.get("node").asString()).isEqualTo("Efficiency");
    assertThat(efficiency.get("right").asString()).isEqualTo("savings hit every");
    // The same file again: everything is a duplicate.
    JsonNode again = imported(api.multipart("/api/v1/discourse/corpora/" + posts + "/imports", researcher, Map.of(
        "text", "body"), "file", "posts.jsonl", POSTS.getBytes(StandardCharsets.UTF_8)));
    assertThat(again.get("imported").asLong()).isZero();
    assertThat(again.get("duplicates").asLong()).isEqualTo(4);
    // Stopping at a bad line keeps nothing of the file.
    String fresh = POSTS.replace("voice", "say").replace("power", "strength").replace("Efficiency", "Cost");
    JsonNode stopped = imported(api.multipart("/api/v1/discourse/corpora/" + posts + "/imports", researcher, Map.of(
        "text", "body", "onBadLine", "STOP"), "file", "posts.jsonl", fresh.getBytes(StandardCharsets.UTF_8)));
    assertThat(stopped.get("status").asString()).isEqualTo("STOPPED");
    assertThat(stopped.get("problems").asString()).isEqualTo("Line 3: is not valid JSON (" + stopped.get("problems")
        .asString().substring("Line 3: is not valid JSON (".length()));
    assertThat(db.sql("select count(*) from discourse_post where corpus_id = ?").param(posts).query(Long.class)
        .single()).isEqualTo(3);
    // A column the file does not have is refused before anything starts.
    assertThat(api.multipart("/api/v1/discourse/corpora/" + posts + "/imports", researcher, Map.of("text", "message"),
        "file", "posts.jsonl", POSTS.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(409);
    // Posts into an evidence corpus: refused.
    assertThat(api.multipart("/api/v1/discourse/corpora/" + corpus + "/imports", researcher, Map.of("text", "body"),
        "file", "posts.jsonl", POSTS.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(409);
  }

  /**
   * A posts corpus stays built between analyses, and every change to its posts shows at once: a new
   * import adds its lines, an import stopped on a bad line adds none, and racing first requests
   * all see the same corpus.
   */
  @Test
  void aBuiltPostsCorpusFollowsItsImports() throws Exception {
    long posts = corpus("Staff forum", "POSTS");
    String kwic = "/api/v1/discourse/corpora/" + posts + "/kwic?word=voice";
    assertThat(imported(api.multipart("/api/v1/discourse/corpora/" + posts + "/imports", researcher,
        Map.of("text", "body"), "file", "posts.jsonl", POSTS.getBytes(StandardCharsets.UTF_8)))
        .get("imported").asLong()).isEqualTo(3);
    // Eight first requests at once: one build, the same answer for all.
    java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(8);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<Integer>> totals = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      totals.add(pool.submit(() -> {
        barrier.await();
        return api.get(kwic, researcher).json().get("total").asInt();
      }));
    }
    for (var t : totals) {
      assertThat(t.get()).isEqualTo(1);
    }
    pool.shutdown();
    // New posts: counted at once.
    String more = "{\"body\": \"Voice and choice, our voice\"}\n{\"body\": \"A customer journey\"}\n";
    assertThat(imported(api.multipart("/api/v1/discourse/corpora/" + posts + "/imports", researcher,
        Map.of("text", "body"), "file", "more.jsonl", more.getBytes(StandardCharsets.UTF_8)))
        .get("imported").asLong()).isEqualTo(2);
    assertThat(api.get(kwic, researcher).json().get("total").asInt()).isEqualTo(3);
    // An import stopped at a bad line adds nothing.
    String broken = "{\"body\": \"voice again\"}\nnot json\n";
    assertThat(imported(api.multipart("/api/v1/discourse/corpora/" + posts + "/imports", researcher,
        Map.of("text", "body", "onBadLine", "STOP"), "file", "broken.jsonl",
        broken.getBytes(StandardCharsets.UTF_8))).get("status").asString()).isEqualTo("STOPPED");
    assertThat(api.get(kwic, researcher).json().get("total").asInt()).isEqualTo(3);
    // The kept corpus counts as the library does on the posts as stored.
    List<String> bodies = db.sql("select body from discourse_post where corpus_id = ? order by id").param(posts)
        .query(String.class).list();
    JsonNode f = api.get("/api/v1/discourse/corpora/" + posts + "/frequencies?top=1000", researcher).json();
    assertThat(f.get("tokens").asInt()).isEqualTo(library(bodies).tokenCount());
  }

  /**
   * The upload page says what a file needs; a file with no post to preview (a header row only, or no
   * line readable in the format chosen) is a problem on that page, not a preview of "0 records".
   */
  @Test
  void anUploadWithNoPostsSaysWhyOnTheUploadPage() {
    long posts = corpus("Empty export", "POSTS");
    org.phasezero.support.WebSession web = org.phasezero.support.WebSession.signIn(port,
        fx.net.usernames.get(Role.RESEARCHER), org.phasezero.support.TestNetwork.PASSWORD);
    String upload = "/discourse/corpora/" + posts + "/imports/upload";
    assertThat(web.get("/discourse/corpora/" + posts + "/imports/new").body())
        .contains("What the file needs", "each post&#39;s text", "created_utc");
    var headerOnly = web.upload("/", upload, "file", "export.csv", "id,text,author\n".getBytes(StandardCharsets.UTF_8));
    assertThat(headerOnly.status()).isEqualTo(409);
    assertThat(headerOnly.body()).contains("The file has no posts in it (only a header row, or nothing).",
        "Upload and preview").doesNotContain("Which column holds what");
    var notJson = web.upload("/", upload, "file", "export.jsonl", "id,text\n1,hello\n".getBytes(StandardCharsets.UTF_8));
    assertThat(notJson.status()).isEqualTo(409);
    assertThat(notJson.body()).contains("No post at the start of the file could be read as JSONL: Line 1: is not valid JSON");
    // A file with posts goes on to the mapping, as before.
    assertThat(web.upload("/", upload, "file", "export.csv", "id,text\n1,hello\n".getBytes(StandardCharsets.UTF_8))
        .body()).contains("Which column holds what");
  }

  @Test
  void csvPostsAndAnInterruptedImportResumesAfterItsLastBatch() throws Exception {
    long posts = corpus("Forum export", "POSTS");
    StringBuilder csv = new StringBuilder("id,text,author\n");
    for (int i = 1; i <= 2500; i++) {
      csv.append(i).append(",\"Post number ").append(i).append(", about voice\",user").append(i % 7).append('\n');
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    // Staged as the page's upload does, then interrupted after its first batch of 1,000 records.
    String token;
    try (var system = org.phasezero.security.SystemActor.enter("test")) {
      token = context.getBean(PostImports.class).stage(posts, "export.csv", null, new java.io.ByteArrayInputStream(file))
          .file();
    }
    long id = db.sql("""
        insert into discourse_import (corpus_id, file_name, file_format, mapping, on_bad_line, status, lines_done, imported,
          stored_file, created_by, created_at) values (?, 'export.csv', 'CSV', ?, 'SKIP', 'INTERRUPTED', 1000, 1000, ?, 'test',
          current_timestamp)""").params(posts, new PostMapping("text", "author", null, null, null).encode(), token)
        .update();
    long importId = db.sql("select id from discourse_import where corpus_id = ?").param(posts).query(Long.class).single();
    // Another import into the corpus must wait for this one (one unfinished import per corpus).
    assertThat(api.multipart("/api/v1/discourse/corpora/" + posts + "/imports", researcher, Map.of("text", "text"),
        "file", "export.csv", file).status()).isEqualTo(409);
    Api.Response resumed = api.post("/api/v1/discourse/imports/" + importId + "/resume", researcher, "");
    assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
    JsonNode done = null;
    for (int i = 0; i < 200 && (done == null || done.get("status").asString().equals("RUNNING")); i++) {
      Thread.sleep(50);
      done = api.get("/api/v1/discourse/imports/" + importId, researcher).json();
    }
    assertThat(done.get("status").asString()).isEqualTo("DONE");
    assertThat(done.get("linesDone").asLong()).isEqualTo(2500);
    // The first 1,000 were counted as imported before the interruption; the rest arrive now.
    assertThat(db.sql("select min(line_no), count(*) from discourse_post where corpus_id = ?").param(posts)
        .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2)).single()).isEqualTo("1002/1500");
    assertThat(api.post("/api/v1/discourse/imports/" + importId + "/resume", researcher, "").status()).isEqualTo(409);
    assertThat(id).isEqualTo(1);
  }

  @Test
  void corporaFollowTheirProjectsAccess() throws Exception {
    long elsewhere = api.post("/api/v1/discourse/corpora", researcher, Api.json(Map.of("projectId", fx.otherProject,
        "name", "Elsewhere", "kind", "EVIDENCE"))).json().get("id").asLong();
    assertThat(api.get("/api/v1/discourse/corpora/" + elsewhere, fx.net.token(Role.PEER_RESEARCHER)).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/discourse/corpora/" + corpus, fx.net.token(Role.PEER_RESEARCHER)).status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/discourse/corpora", fx.net.token(Role.STATUTORY_PARTNER)).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/discourse/corpora/" + corpus + "/kwic?word=voice", fx.net.token(Role.SITE_LEAD))
        .status()).isEqualTo(403);
    assertThat(api.post("/api/v1/discourse/corpora", fx.net.token(Role.PEER_RESEARCHER), Api.json(Map.of("projectId",
        fx.otherProject, "name", "Not mine", "kind", "POSTS"))).status()).isEqualTo(404);
    // 25 requests make one corpus of a name at once: one is made.
    List<Integer> statuses = Race.of(() -> api.post("/api/v1/discourse/corpora", researcher, Api.json(Map.of(
        "projectId", fx.project, "name", "Raced", "kind", "EVIDENCE"))).status());
    assertThat(Race.count(statuses, 201)).isEqualTo(1);
    assertThat(Race.count(statuses, 409)).isEqualTo(statuses.size() - 1);
    assertThat(api.post("/api/v1/discourse/corpora", researcher, Api.json(Map.of("projectId", fx.project,
        "name", "Bad pattern", "kind", "EVIDENCE", "tokenPattern", "[a-"))).status()).isEqualTo(409);
    List<String> names = new ArrayList<>();
    api.get("/api/v1/discourse/corpora?projectId=" + fx.project, researcher).json()
        .forEach(c -> names.add(c.get("name").asString()));
    assertThat(names).contains("Focus groups", "Raced");
  }
}
