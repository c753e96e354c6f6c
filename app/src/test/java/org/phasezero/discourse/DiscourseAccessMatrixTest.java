package org.phasezero.discourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.support.AccessMatrix.expect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.AccessMatrix;
import org.phasezero.support.AccessMatrix.Case;
import org.phasezero.support.Api;
import org.phasezero.support.CoversEveryHandler;
import org.phasezero.support.OnH2;
import org.phasezero.support.SetUpAsSystem;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Discourse × every role × a project the researcher and the peer researcher are both in (own) and
 * one only the researcher is in (other). Corpora inherit their project's access: the coordinator
 * and the project's members use them, a peer researcher outside the project gets 404, and site
 * leads and statutory partners, who do no research, are refused (403).
 */
@OnH2
@CoversEveryHandler({"org.phasezero.discourse.web"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class DiscourseAccessMatrixTest {

  static final byte[] POSTS = "{\"text\": \"Our voice counts\"}\n{\"text\": \"Efficiency first\"}\n"
      .getBytes(StandardCharsets.UTF_8);

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  DiscourseFixture fx;
  org.phasezero.spaces.SpacesFixture minutes;
  String coordinator;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new DiscourseFixture(context);
    minutes = new org.phasezero.spaces.SpacesFixture(context);
    context.getBean(org.phasezero.spaces.Decisions.class).create(minutes.ownMeeting,
        org.phasezero.spaces.SpacesFixture.decision("Meet at the temple next time", null, org.phasezero.network.Side.COMMUNITY));
    coordinator = fx.net.token(Role.COORDINATOR);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
  }

  long project(boolean own) {
    return own ? fx.project : fx.otherProject;
  }

  long corpus(boolean own, String kind) {
    var r = api.post("/api/v1/discourse/corpora", coordinator, Api.json(Map.of("projectId", project(own),
        "name", "Corpus " + UUID.randomUUID(), "kind", kind)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  long minutesCorpus(boolean own) {
    var r = api.post("/api/v1/discourse/corpora", coordinator, Api.json(Map.of("projectId", project(own),
        "name", "Minutes " + UUID.randomUUID(), "kind", "MEETINGS", "partnershipId", minutes.ownPartnership)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  long sub(long corpus) {
    return api.post("/api/v1/discourse/corpora/" + corpus + "/subcorpora", coordinator, Api.json(Map.of("name",
        "Community", "side", "COMMUNITY"))).json().get("id").asLong();
  }

  long wordList(boolean own) {
    return api.post("/api/v1/discourse/word-lists", coordinator, Api.json(Map.of("projectId", project(own),
        "name", "List " + UUID.randomUUID(), "words", "voice, power"))).json().get("id").asLong();
  }

  long sparkResult(boolean own) {
    var r = api.post("/api/v1/discourse/spark-results?projectId=" + project(own) + "&name=R" + UUID.randomUUID(),
        coordinator, DiscourseContract.SPARK_KEYNESS);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  long imported(boolean own) {
    long c = corpus(own, "POSTS");
    var r = api.multipart("/api/v1/discourse/corpora/" + c + "/imports", coordinator, Map.of("text", "text"), "file",
        "posts.jsonl", POSTS);
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    return r.json().get("id").asLong();
  }

  /** An import the server stopped, ready to resume (a fresh corpus each time: one unfinished import per corpus). */
  long interrupted(boolean own) {
    long c = corpus(own, "POSTS");
    String file;
    try (var system = SystemActor.enter("test")) {
      file = context.getBean(PostImports.class).stage(c, "posts.jsonl", null, new java.io.ByteArrayInputStream(POSTS))
          .file();
    }
    db.sql("""
        insert into discourse_import (corpus_id, file_name, file_format, mapping, on_bad_line, status, stored_file,
          created_by, created_at) values (?, 'posts.jsonl', 'JSONL', ?, 'SKIP', 'INTERRUPTED', ?, 'test', current_timestamp)""")
        .params(c, new PostMapping("text", null, null, null, null).encode(), file).update();
    return db.sql("select id from discourse_import where corpus_id = ?").param(c).query(Long.class).single();
  }

  String staged(long corpus) {
    try (var system = SystemActor.enter("test")) {
      return context.getBean(PostImports.class).stage(corpus, "posts.jsonl", null, new java.io.ByteArrayInputStream(POSTS))
          .file();
    }
  }

  int api(Role r, String path) {
    return api.get(path, fx.net.token(r)).status();
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  int form(Role r, String path, Map<String, String> fields) {
    return sessions.get(r).post("/", path, fields).status();
  }

  List<Case<DiscourseAccessMatrixTest>> cases() {
    List<Case<DiscourseAccessMatrixTest>> c = new ArrayList<>();
    Map<Role, Integer> researchers = expect(200, 403, 403, 200, 200);
    c.add(new Case<>("GET corpora", (t, r) -> t.api(r, "/api/v1/discourse/corpora"), researchers));
    c.add(new Case<>("page: corpora", (t, r) -> t.page(r, "/discourse"), researchers));
    c.add(new Case<>("page: make a corpus", (t, r) -> t.page(r, "/discourse/new"), researchers));
    c.add(new Case<>("page: make a word list", (t, r) -> t.page(r, "/discourse/word-lists/new"), researchers));
    c.add(new Case<>("GET Spark results", (t, r) -> t.api(r, "/api/v1/discourse/spark-results"), researchers));
    c.add(new Case<>("page: add a Spark result", (t, r) -> t.page(r, "/discourse/spark-results/new"), researchers));
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      Map<Role, Integer> read = own ? researchers : expect(200, 403, 403, 200, 404);
      Map<Role, Integer> created = own ? expect(201, 403, 403, 201, 201) : expect(201, 403, 403, 201, 404);
      Map<Role, Integer> accepted = own ? expect(202, 403, 403, 202, 202) : expect(202, 403, 403, 202, 404);
      Map<Role, Integer> redirected = own ? expect(302, 403, 403, 302, 302) : expect(302, 403, 403, 302, 404);
      c.add(new Case<>("POST corpus to " + which, (t, r) -> t.api.post("/api/v1/discourse/corpora", t.fx.net.token(r),
          Api.json(Map.of("projectId", t.project(own), "name", "C " + UUID.randomUUID(), "kind", "EVIDENCE"))).status(),
          created));
      c.add(new Case<>("GET corpus of " + which, (t, r) -> t.api(r, "/api/v1/discourse/corpora/" + t.corpus(own,
          "EVIDENCE")), read));
      c.add(new Case<>("POST void of " + which, (t, r) -> t.api.post("/api/v1/discourse/corpora/" + t.corpus(own,
          "EVIDENCE") + "/void", t.fx.net.token(r), Api.json(Map.of("reason", "Matrix"))).status(), read));
      c.add(new Case<>("GET sub-corpora of " + which, (t, r) -> t.api(r, "/api/v1/discourse/corpora/" + t.corpus(own,
          "EVIDENCE") + "/subcorpora"), read));
      c.add(new Case<>("POST sub-corpus to " + which, (t, r) -> t.api.post("/api/v1/discourse/corpora/" + t.corpus(own,
          "EVIDENCE") + "/subcorpora", t.fx.net.token(r), Api.json(Map.of("name", "Side", "side", "STATUTORY")))
          .status(), created));
      c.add(new Case<>("GET word lists of " + which, (t, r) -> t.api(r, "/api/v1/discourse/word-lists?projectId="
          + t.project(own)), read));
      c.add(new Case<>("POST word list to " + which, (t, r) -> t.api.post("/api/v1/discourse/word-lists",
          t.fx.net.token(r), Api.json(Map.of("projectId", t.project(own), "name", "W " + UUID.randomUUID(), "words",
              "voice"))).status(), created));
      for (String analysis : List.of("frequencies?top=5", "ngrams?n=2", "kwic?word=voice",
          "collocates?node=voice")) {
        c.add(new Case<>("GET " + analysis + " of " + which, (t, r) -> t.api(r, "/api/v1/discourse/corpora/"
            + t.corpus(own, "EVIDENCE") + "/" + analysis), read));
        c.add(new Case<>("page: " + analysis + " of " + which, (t, r) -> t.page(r, "/discourse/corpora/"
            + t.corpus(own, "EVIDENCE") + "/" + analysis), read));
      }
      c.add(new Case<>("GET keyness of " + which, (t, r) -> {
        long corpus = t.corpus(own, "EVIDENCE");
        return t.api(r, "/api/v1/discourse/corpora/" + corpus + "/keyness?target=" + t.sub(corpus));
      }, read));
      c.add(new Case<>("page: keyness of " + which, (t, r) -> {
        long corpus = t.corpus(own, "EVIDENCE");
        return t.page(r, "/discourse/corpora/" + corpus + "/keyness?compare=1&target=" + t.sub(corpus));
      }, read));
      c.add(new Case<>("GET counts of " + which, (t, r) -> t.api(r, "/api/v1/discourse/corpora/" + t.corpus(own,
          "EVIDENCE") + "/counts?list=" + t.wordList(own)), read));
      c.add(new Case<>("page: counts of " + which, (t, r) -> t.page(r, "/discourse/corpora/" + t.corpus(own,
          "EVIDENCE") + "/counts?list=" + t.wordList(own)), read));
      c.add(new Case<>("page: corpus of " + which, (t, r) -> t.page(r, "/discourse/corpora/" + t.corpus(own, "POSTS")),
          read));
      c.add(new Case<>("form: make a corpus in " + which, (t, r) -> t.form(r, "/discourse/new", Map.of("projectId",
          String.valueOf(t.project(own)), "name", "F " + UUID.randomUUID(), "kind", "EVIDENCE", "ignoreCase", "true")),
          redirected));
      c.add(new Case<>("page: define a sub-corpus of " + which, (t, r) -> t.page(r, "/discourse/corpora/"
          + t.corpus(own, "EVIDENCE") + "/subcorpora/new"), read));
      c.add(new Case<>("form: define a sub-corpus of " + which, (t, r) -> t.form(r, "/discourse/corpora/"
          + t.corpus(own, "EVIDENCE") + "/subcorpora/new", Map.of("name", "Community", "side", "COMMUNITY")),
          redirected));
      c.add(new Case<>("form: make a word list in " + which, (t, r) -> t.form(r, "/discourse/word-lists/new",
          Map.of("projectId", String.valueOf(t.project(own)), "name", "W " + UUID.randomUUID(), "words", "voice")),
          redirected));
      c.add(new Case<>("page: void " + which, (t, r) -> t.page(r, "/discourse/corpora/" + t.corpus(own, "EVIDENCE")
          + "/void"), read));
      c.add(new Case<>("form: void " + which, (t, r) -> t.form(r, "/discourse/corpora/" + t.corpus(own, "EVIDENCE")
          + "/void", Map.of("reason", "Matrix")), redirected));
      c.add(new Case<>("page: minutes of a meeting of " + which, (t, r) -> t.page(r, "/discourse/corpora/"
          + t.minutesCorpus(own) + "/meetings/" + t.minutes.ownMeeting), read));
      c.add(new Case<>("GET minutes of a meeting of " + which, (t, r) -> t.api(r, "/api/v1/discourse/corpora/"
          + t.minutesCorpus(own) + "/meetings/" + t.minutes.ownMeeting), read));
      c.add(new Case<>("GET kwic of minutes of " + which, (t, r) -> t.api(r, "/api/v1/discourse/corpora/"
          + t.minutesCorpus(own) + "/kwic?word=temple"), read));
      // Results computed by Spark
      c.add(new Case<>("POST Spark result to " + which, (t, r) -> t.api.post("/api/v1/discourse/spark-results?projectId="
          + t.project(own) + "&name=S" + UUID.randomUUID(), t.fx.net.token(r), DiscourseContract.SPARK_KEYNESS).status(),
          created));
      c.add(new Case<>("GET Spark result of " + which, (t, r) -> t.api(r, "/api/v1/discourse/spark-results/"
          + t.sparkResult(own)), read));
      c.add(new Case<>("POST void of Spark result of " + which, (t, r) -> t.api.post("/api/v1/discourse/spark-results/"
          + t.sparkResult(own) + "/void", t.fx.net.token(r), Api.json(Map.of("reason", "Matrix"))).status(), read));
      c.add(new Case<>("page: void Spark result of " + which, (t, r) -> t.page(r, "/discourse/spark-results/"
          + t.sparkResult(own) + "/void"), read));
      c.add(new Case<>("form: void Spark result of " + which, (t, r) -> t.form(r, "/discourse/spark-results/"
          + t.sparkResult(own) + "/void", Map.of("reason", "Matrix")), redirected));
      c.add(new Case<>("page: Spark result of " + which, (t, r) -> t.page(r, "/discourse/spark-results/"
          + t.sparkResult(own)), read));
      c.add(new Case<>("form: add a Spark result to " + which, (t, r) -> t.sessions.get(r).upload("/",
          "/discourse/spark-results/new?projectId=" + t.project(own) + "&name=F" + UUID.randomUUID(), "file",
          "keyness.json", DiscourseContract.SPARK_KEYNESS.getBytes(java.nio.charset.StandardCharsets.UTF_8)).status(),
          redirected));
      // Posts
      c.add(new Case<>("POST import to " + which, (t, r) -> t.api.multipart("/api/v1/discourse/corpora/"
          + t.corpus(own, "POSTS") + "/imports", t.fx.net.token(r), Map.of("text", "text"), "file", "posts.jsonl",
          POSTS).status(), accepted));
      c.add(new Case<>("GET import of " + which, (t, r) -> t.api(r, "/api/v1/discourse/imports/" + t.imported(own)),
          read));
      c.add(new Case<>("POST resume of " + which, (t, r) -> t.api.post("/api/v1/discourse/imports/"
          + t.interrupted(own) + "/resume", t.fx.net.token(r), "").status(), read));
      c.add(new Case<>("page: import of " + which, (t, r) -> t.page(r, "/discourse/imports/" + t.imported(own)), read));
      c.add(new Case<>("form: resume " + which, (t, r) -> t.form(r, "/discourse/imports/" + t.interrupted(own)
          + "/resume", Map.of()), redirected));
      c.add(new Case<>("page: upload posts to " + which, (t, r) -> t.page(r, "/discourse/corpora/" + t.corpus(own,
          "POSTS") + "/imports/new"), read));
      c.add(new Case<>("form: upload posts to " + which, (t, r) -> t.sessions.get(r).upload("/",
          "/discourse/corpora/" + t.corpus(own, "POSTS") + "/imports/upload", "file", "posts.jsonl", POSTS).status(),
          read));
      c.add(new Case<>("form: start an import into " + which, (t, r) -> {
        long corpus = t.corpus(own, "POSTS");
        return t.form(r, "/discourse/corpora/" + corpus + "/imports", Map.of("file", t.staged(corpus), "fileName",
            "posts.jsonl", "format", "JSONL", "text", "text", "onBadLine", "SKIP"));
      }, redirected));
      c.add(new Case<>("page: a post of " + which, (t, r) -> {
        long imp = t.imported(own);
        long corpus = t.db.sql("select corpus_id from discourse_import where id = ?").param(imp).query(Long.class).single();
        long post = 0;
        for (int i = 0; i < 100 && post == 0; i++) {
          post = t.db.sql("select coalesce(min(id), 0) from discourse_post where corpus_id = ?").param(corpus)
              .query(Long.class).single();
          if (post == 0) {
            try {
              Thread.sleep(50);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        }
        return t.page(r, "/discourse/corpora/" + corpus + "/posts/" + post);
      }, read));
    }
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected,
      Case<DiscourseAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
