package org.phasezero.evidence.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.analysis.agreement.AlphaBootstrap;
import org.phasezero.analysis.agreement.FleissKappa;
import org.phasezero.analysis.agreement.KrippendorffAlpha;
import org.phasezero.analysis.agreement.MeasurementLevel;
import org.phasezero.analysis.agreement.PercentAgreement;
import org.phasezero.analysis.agreement.ReliabilityData;
import org.phasezero.evidence.EvidenceFixture;
import org.phasezero.evidence.SourceDetails;
import org.phasezero.evidence.SourceKind;
import org.phasezero.evidence.SourceMedia;
import org.phasezero.evidence.Sources;
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
 * Blind coding rounds against each supported database: hand-worked agreement (two coders, three
 * coders, a coder who did not finish a source), the app's figures equal to the analysis library's on
 * the CSV it gives out, blindness through every endpoint while open, one close and one decision
 * however many requests race, and disagreements settled into the project's agreed coding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RoundsContract {

  /** Four turns: each is one unit. */
  static final List<String> TURNS = List.of("Ayo: The forum listened when nobody else did.\n",
      "Sam: We changed the referral form after that.\n", "Ayo: It took a year of meetings to trust them.\n",
      "Sam: The budget ran out in March.\n");

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
  String coordinator;
  TestNetwork.Account second;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new EvidenceFixture(context);
    researcher = fx.net.token(Role.RESEARCHER);
    peer = fx.net.token(Role.PEER_RESEARCHER);
    coordinator = fx.net.token(Role.COORDINATOR);
    second = fx.net.newAccount(Role.RESEARCHER);
  }

  /** A project the researcher starts, with the peer researcher and a second researcher, one source and two codes. */
  record Project(long id, long source, long trust, long time, long otherSource) {}

  Project project() {
    long id = created(api.post("/api/v1/projects", researcher, Api.json(Map.of("name", "Rounds " + UUID.randomUUID()))));
    for (String member : List.of(fx.net.usernames.get(Role.PEER_RESEARCHER), second.username(),
        fx.net.usernames.get(Role.SITE_LEAD))) {
      created(api.post("/api/v1/projects/" + id + "/members", researcher, Api.json(Map.of("username", member))));
    }
    long source;
    long otherSource;
    try (var system = SystemActor.enter("test fixture")) {
      Sources sources = context.getBean(Sources.class);
      source = sources.add(id, new SourceDetails("Focus group", SourceKind.FOCUS_GROUP), SourceMedia.TEXT,
          EvidenceFixture.transcript(TURNS), "fg.txt", "text/plain", Map.of()).id();
      otherSource = sources.add(id, new SourceDetails("Interview", SourceKind.INTERVIEW), SourceMedia.TEXT,
          EvidenceFixture.transcript(TURNS.subList(0, 2)), "int.txt", "text/plain", Map.of()).id();
    }
    long trust = created(api.post("/api/v1/projects/" + id + "/codes", researcher, Api.json(Map.of("name", "Trust"))));
    long time = created(api.post("/api/v1/projects/" + id + "/codes", researcher, Api.json(Map.of("name", "Time"))));
    return new Project(id, source, trust, time, otherSource);
  }

  long round(Project p, List<Long> sources, List<Long> codes, List<String> coders) {
    return created(api.post("/api/v1/coding-rounds", researcher, Api.json(Map.of("projectId", p.id(), "name",
        "First pass", "sourceIds", sources, "codeIds", codes, "coders", coders))));
  }

  static int start(int turn) {
    int s = 0;
    for (int i = 0; i < turn; i++) {
      s += TURNS.get(i).length();
    }
    return s;
  }

  /** Codes words inside a turn (not the whole turn, so spans differ between coders). */
  Api.Response code(String token, long round, long source, long code, int turn, int from, int to) {
    return api.post("/api/v1/coding-rounds/" + round + "/codings", token, Api.json(Map.of("sourceId", source,
        "codeId", code, "start", start(turn) + from, "end", start(turn) + to)));
  }

  void finish(String token, long round, long source) {
    var r = api.post("/api/v1/coding-rounds/" + round + "/sources/" + source + "/finished", token, "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  JsonNode close(long round) {
    var r = api.post("/api/v1/coding-rounds/" + round + "/close", researcher, "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    var a = api.get("/api/v1/coding-rounds/" + round + "/agreement", peer);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  static long created(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().has("id") ? r.json().get("id").asLong() : r.json().get("round").get("id").asLong();
  }

  String researcherName() {
    return fx.net.usernames.get(Role.RESEARCHER);
  }

  String peerName() {
    return fx.net.usernames.get(Role.PEER_RESEARCHER);
  }

  /**
   * A coder's home page lists the open rounds in which they still have sources to finish, with how
   * far they are, until they have finished them all; a round they are not coding in is not theirs.
   */
  @Test
  void aCodersHomePageListsTheRoundsWaitingForThem() {
    Project p = project();
    String name = "Waiting " + UUID.randomUUID();
    long round = created(api.post("/api/v1/coding-rounds", researcher, Api.json(Map.of("projectId", p.id(), "name",
        name, "sourceIds", List.of(p.source(), p.otherSource()), "codeIds", List.of(p.trust()), "coders",
        List.of(second.username(), fx.net.usernames.get(Role.PEER_RESEARCHER))))));
    WebSession coder = WebSession.signIn(port, second.username(), TestNetwork.PASSWORD);
    assertThat(coder.get("/").body()).contains(name, "0 of 2 sources finished", "/research/rounds/" + round);
    finish(second.token(), round, p.source());
    assertThat(coder.get("/").body()).contains(name, "1 of 2 sources finished");
    finish(second.token(), round, p.otherSource());
    assertThat(coder.get("/").body()).doesNotContain(name);
    // The researcher who set the round up does not code in it: it does not wait for them.
    WebSession owner = WebSession.signIn(port, fx.net.usernames.get(Role.RESEARCHER), TestNetwork.PASSWORD);
    assertThat(owner.get("/").body()).doesNotContain(name).contains("Your research projects");
  }

  @Test
  void twoCodersAgreeAsWorkedByHand() {
    Project p = project();
    long round = round(p, List.of(p.source()), List.of(p.trust()), List.of(researcherName(), peerName()));
    // Researcher: Trust on turns 1 and 2; peer: Trust on turn 1 only (other words of it).
    assertThat(code(researcher, round, p.source(), p.trust(), 0, 5, 20).status()).isEqualTo(201);
    assertThat(code(researcher, round, p.source(), p.trust(), 1, 5, 12).status()).isEqualTo(201);
    assertThat(code(peer, round, p.source(), p.trust(), 0, 10, 30).status()).isEqualTo(201);
    finish(researcher, round, p.source());
    finish(peer, round, p.source());
    JsonNode a = close(round);
    JsonNode overall = a.get("overall");
    // Units 1..4: researcher 1,1,0,0; peer 1,0,0,0.
    assertThat(overall.get("units").asInt()).isEqualTo(4);
    assertThat(overall.get("coders").asInt()).isEqualTo(2);
    assertThat(overall.get("percent").asDouble()).isCloseTo(0.75, within(1e-12));
    // Cohen: po = 3/4, pe = 1/2 · 1/4 + 1/2 · 3/4 = 1/2, kappa = 1/2.
    assertThat(overall.get("cohenKappa").asDouble()).isCloseTo(0.5, within(1e-12));
    // Fleiss: P̄ = 3/4, p(1) = 3/8, Pe = (9 + 25)/64, kappa = (3/4 − 34/64)/(1 − 34/64) = 7/15.
    assertThat(overall.get("fleissKappa").asDouble()).isCloseTo(7.0 / 15, within(1e-12));
    // Alpha: Do = 2/8, De = 2 · 3 · 5/(8 · 7) = 30/56, alpha = 1 − (1/4)/(30/56) = 8/15.
    assertThat(overall.get("alpha").asDouble()).isCloseTo(8.0 / 15, within(1e-12));
    assertThat(overall.get("alphaLow").asDouble()).isLessThanOrEqualTo(overall.get("alpha").asDouble());
    assertThat(overall.get("alphaHigh").asDouble()).isGreaterThanOrEqualTo(overall.get("alpha").asDouble());
    assertThat(overall.get("unitisedAlpha").isNumber()).isTrue();
    assertThat(a.get("unit").asString()).contains("turn");
    assertThat(a.get("level").asString()).contains("nominal");
    assertThat(a.get("codes")).hasSize(1);
    assertThat(a.get("codes").get(0).get("alpha").asDouble()).isCloseTo(8.0 / 15, within(1e-12));
    // Four units give alpha a wide interval: the closed round's page says to read it with care.
    assertThat(a.get("codes").get(0).get("alphaHigh").asDouble() - a.get("codes").get(0).get("alphaLow").asDouble())
        .isGreaterThan(0.4);
    String page = WebSession.signIn(port, fx.net.usernames.get(Role.RESEARCHER), TestNetwork.PASSWORD)
        .get("/research/rounds/" + round).body();
    assertThat(page).contains("Read alpha with care for the codes below");
  }

  @Test
  void threeCodersWithOneWhoDidNotFinishASourceMatchTheLibraryOnTheCsv() {
    Project p = project();
    long round = round(p, List.of(p.source(), p.otherSource()), List.of(p.trust(), p.time()),
        List.of(researcherName(), peerName(), second.username()));
    code(researcher, round, p.source(), p.trust(), 0, 0, 10);
    code(researcher, round, p.source(), p.time(), 2, 0, 10);
    code(researcher, round, p.otherSource(), p.trust(), 1, 0, 10);
    code(peer, round, p.source(), p.trust(), 0, 3, 15);
    code(peer, round, p.source(), p.trust(), 2, 0, 10);
    code(peer, round, p.otherSource(), p.trust(), 1, 0, 5);
    code(second.token(), round, p.source(), p.trust(), 0, 0, 10);
    code(second.token(), round, p.source(), p.time(), 2, 5, 20);
    code(second.token(), round, p.source(), p.time(), 3, 5, 20);
    for (String t : List.of(researcher, peer, second.token())) {
      finish(t, round, p.source());
    }
    finish(researcher, round, p.otherSource());
    finish(peer, round, p.otherSource()); // the second researcher never finished the interview
    JsonNode a = close(round);

    var csv = api.get("/api/v1/coding-rounds/" + round + "/units.csv", researcher);
    assertThat(csv.status()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).startsWith("source_id,source,turn,segment_id,code_id,code,");
    assertThat(lines).hasSize(1 + (4 + 2) * 2);
    // The interview's rows: the second researcher's cell is empty, not 0.
    List<String> interview = lines.stream().filter(l -> l.startsWith(p.otherSource() + ",")).toList();
    assertThat(interview).hasSize(4);
    for (int turn : List.of(1, 2)) {
      for (long code : List.of(p.trust(), p.time())) {
        Map<String, String> cells = rowOf(lines, p.otherSource(), turn, code);
        assertThat(cells.get(second.username())).isEmpty();
        assertThat(cells.get(researcherName())).isIn("0", "1");
      }
    }
    // Hand-worked: focus group turn 1 Trust = 1,1,1; turn 3 Trust = 0,1,0; turn 3 Time = 1,0,1; turn 4 Time = 0,0,1.
    String[] coders = lines.get(0).split(",");
    assertThat(coders).hasSize(9);
    Map<String, String> row = rowOf(lines, p.source(), 1, p.trust());
    assertThat(row.values()).containsOnly("1");
    assertThat(rowOf(lines, p.source(), 3, p.trust())).containsEntry(peerName(), "1")
        .containsEntry(researcherName(), "0").containsEntry(second.username(), "0");
    assertThat(rowOf(lines, p.source(), 4, p.time())).containsEntry(second.username(), "1")
        .containsEntry(researcherName(), "0");

    // The library on the CSV's matrix gives the app's figures.
    ReliabilityData all = fromCsv(lines, null);
    JsonNode overall = a.get("overall");
    assertThat(overall.get("percent").asDouble()).isCloseTo(PercentAgreement.of(all).agreement(), within(1e-12));
    assertThat(overall.get("alpha").asDouble())
        .isCloseTo(KrippendorffAlpha.estimate(all, MeasurementLevel.NOMINAL).alpha(), within(1e-12));
    assertThat(overall.has("cohenKappa") && overall.get("cohenKappa").isNumber()).isFalse();
    assertThat(overall.get("fleissKappa").asDouble()).isCloseTo(fleissOfComplete(all), within(1e-12));
    assertThat(overall.get("pairableUnits").asInt()).isEqualTo(12);
    for (JsonNode code : a.get("codes")) {
      ReliabilityData one = fromCsv(lines, code.get("codeId").asLong());
      assertThat(code.get("percent").asDouble()).isCloseTo(PercentAgreement.of(one).agreement(), within(1e-12));
      if (code.get("alpha").isNumber()) {
        assertThat(code.get("alpha").asDouble())
            .isCloseTo(KrippendorffAlpha.estimate(one, MeasurementLevel.NOMINAL).alpha(), within(1e-12));
      }
    }
    // The interval is reproducible from the round's seed.
    long seed = db.sql("select seed from coding_round where id = ?").param(round).query(Long.class).single();
    var ci = AlphaBootstrap.interval(all, MeasurementLevel.NOMINAL, 1000, seed, 0.95);
    assertThat(overall.get("alphaLow").asDouble()).isCloseTo(ci.low(), within(1e-12));
    assertThat(overall.get("alphaHigh").asDouble()).isCloseTo(ci.high(), within(1e-12));
  }

  static Map<String, String> rowOf(List<String> lines, long source, int turn, long code) {
    String[] head = lines.get(0).split(",", -1);
    String line = lines.stream().filter(l -> {
      String[] c = l.split(",", -1);
      return c[0].equals(String.valueOf(source)) && c[2].equals(String.valueOf(turn)) && c[4].equals(String.valueOf(code));
    }).findFirst().orElseThrow();
    String[] cells = line.split(",", -1);
    Map<String, String> row = new HashMap<>();
    for (int i = 6; i < head.length; i++) {
      row.put(head[i], cells[i]);
    }
    return row;
  }

  /** The CSV as the library reads a reliability matrix: coders as rows, empty as missing. */
  static ReliabilityData fromCsv(List<String> lines, Long code) {
    int coders = lines.get(0).split(",", -1).length - 6;
    List<String[]> rows = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split(",", -1);
      if (code == null || c[4].equals(String.valueOf(code))) {
        rows.add(c);
      }
    }
    double[][] m = new double[coders][rows.size()];
    for (int u = 0; u < rows.size(); u++) {
      for (int k = 0; k < coders; k++) {
        String v = rows.get(u)[6 + k];
        m[k][u] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
      }
    }
    return ReliabilityData.ofNumbers(m);
  }

  static double fleissOfComplete(ReliabilityData d) {
    List<int[]> complete = new ArrayList<>();
    for (int u = 0; u < d.units(); u++) {
      int[] r = new int[d.coders()];
      boolean ok = true;
      for (int k = 0; k < d.coders(); k++) {
        r[k] = d.code(u, k);
        ok &= r[k] >= 0;
      }
      if (ok) {
        complete.add(r);
      }
    }
    return FleissKappa.ofRatings(complete.toArray(new int[0][]), d.categories()).kappa();
  }

  @Test
  void whileOpenEachCoderReadsOnlyTheirOwnCodingsThroughEveryEndpoint() {
    Project p = project();
    long round = round(p, List.of(p.source()), List.of(p.trust()), List.of(researcherName(), peerName()));
    long mine = code(researcher, round, p.source(), p.trust(), 0, 0, 12).json().get("id").asLong();
    long theirs = code(peer, round, p.source(), p.trust(), 1, 0, 12).json().get("id").asLong();
    JsonNode own = api.get("/api/v1/coding-rounds/" + round + "/codings?sourceId=" + p.source(), researcher).json();
    assertThat(own).hasSize(1);
    assertThat(own.get(0).get("id").asLong()).isEqualTo(mine);
    assertThat(api.get("/api/v1/coding-rounds/" + round + "/codings?sourceId=" + p.source(), peer).json().get(0)
        .get("id").asLong()).isEqualTo(theirs);
    assertThat(api.get("/api/v1/coding-rounds/" + round + "/codings?sourceId=" + p.source(), coordinator).json()).isEmpty();
    // The project's own views never hold a round's codings.
    assertThat(api.get("/api/v1/codings/" + theirs, researcher).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/codings/" + theirs, coordinator).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/codes/" + p.trust(), coordinator).json().get("codings").asInt()).isZero();
    assertThat(api.get("/api/v1/codes/" + p.trust() + "/segments", researcher).json()).isEmpty();
    assertThat(api.get("/api/v1/search?projectId=" + p.id() + "&q=referral&codeId=" + p.trust(), researcher).json()
        .get("hits")).isEmpty();
    // Agreement, reliability data and disagreements wait for the close.
    for (String path : List.of("/agreement", "/units.csv", "/disagreements")) {
      var r = api.get("/api/v1/coding-rounds/" + round + path, coordinator);
      assertThat(r.status()).as(path).isEqualTo(409);
      assertThat(r.body()).doesNotContain("referral");
    }
    // Progress: the owner sees every coder's counts, a coder only their own.
    assertThat(api.get("/api/v1/coding-rounds/" + round + "/progress", researcher).json()).hasSize(2);
    JsonNode peerProgress = api.get("/api/v1/coding-rounds/" + round + "/progress", peer).json();
    assertThat(peerProgress).hasSize(1);
    assertThat(peerProgress.get(0).get("username").asString()).isEqualTo(peerName());
    // A coder cannot remove another's coding, and only coders code.
    assertThat(api.post("/api/v1/coding-rounds/" + round + "/codings/" + theirs + "/void", researcher,
        Api.json(Map.of("reason", "mine now"))).status()).isEqualTo(404);
    assertThat(code(coordinator, round, p.source(), p.trust(), 2, 0, 5).status()).isEqualTo(403);
    assertThat(code(second.token(), round, p.source(), p.trust(), 2, 0, 5).status()).isEqualTo(403);
    // Once closed, every member reads both.
    finish(researcher, round, p.source());
    close(round);
    assertThat(api.get("/api/v1/coding-rounds/" + round + "/codings?sourceId=" + p.source(), second.token()).json())
        .hasSize(2);
  }

  @Test
  void setUpRefusesWhatCannotBeARound() {
    Project p = project();
    Map<String, Object> good = Map.of("projectId", p.id(), "name", "Pass", "sourceIds", List.of(p.source()), "codeIds",
        List.of(p.trust()), "coders", List.of(researcherName(), peerName()));
    record Bad(String field, Object value, String says) {}
    for (Bad bad : List.of(new Bad("coders", List.of(researcherName()), "at least two coders"),
        new Bad("coders", List.of(researcherName(), fx.net.usernames.get(Role.SITE_LEAD)), "not a researcher"),
        new Bad("coders", List.of(researcherName(), "nobody-here"), "not a member"),
        new Bad("sourceIds", List.of(fx.otherSource), "not found"),
        new Bad("codeIds", List.of(), "at least one code"),
        new Bad("name", " ", "name"))) {
      Map<String, Object> body = new HashMap<>(good);
      body.put(bad.field(), bad.value());
      var r = api.post("/api/v1/coding-rounds", researcher, Api.json(body));
      assertThat(r.status()).as(bad.toString()).isIn(404, 409);
      assertThat(r.body().toLowerCase()).as(bad.toString()).contains(bad.says().toLowerCase());
    }
    assertThat(api.post("/api/v1/coding-rounds", peer, Api.json(good)).status()).isEqualTo(403);
    assertThat(api.post("/api/v1/coding-rounds", fx.net.token(Role.STATUTORY_PARTNER), Api.json(good)).status())
        .isEqualTo(403);
    long count = db.sql("select count(*) from coding_round where project_id = ?").param(p.id()).query(Long.class).single();
    assertThat(count).isZero();
    long round = round(p, List.of(p.source()), List.of(p.trust()), List.of(researcherName(), peerName()));
    // A code not in play, a source not in the round.
    assertThat(code(researcher, round, p.source(), p.time(), 0, 0, 5).status()).isEqualTo(409);
    assertThat(code(researcher, round, p.otherSource(), p.trust(), 0, 0, 5).status()).isEqualTo(404);
    close(round);
    assertThat(code(researcher, round, p.source(), p.trust(), 0, 0, 5).status()).isEqualTo(409);
  }

  @Test
  void racingClosesCloseOnceAndRacingCodingsStoreOnce() throws Exception {
    Project p = project();
    long round = round(p, List.of(p.source()), List.of(p.trust()), List.of(researcherName(), peerName()));
    var codings = Race.of(() -> code(peer, round, p.source(), p.trust(), 0, 0, 12).status());
    assertThat(Race.count(codings, 201)).isEqualTo(1);
    assertThat(Race.count(codings, 409)).isEqualTo(Race.THREADS - 1);
    var finishes = Race.of(() -> api.post("/api/v1/coding-rounds/" + round + "/sources/" + p.source() + "/finished",
        peer, "{}").status());
    assertThat(finishes).containsOnly(200);
    var closes = Race.of(() -> api.post("/api/v1/coding-rounds/" + round + "/close", researcher, "{}").status());
    assertThat(Race.count(closes, 200)).isEqualTo(1);
    assertThat(Race.count(closes, 409)).isEqualTo(Race.THREADS - 1);
    assertThat(db.sql("select count(*) from coding_round_agreement where round_id = ?").param(round).query(Long.class)
        .single()).isEqualTo(2);
    assertThat(db.sql("select count(*) from coding_round_finished where round_id = ?").param(round).query(Long.class)
        .single()).isEqualTo(1);
  }

  @Test
  void disagreementsAreSettledIntoTheAgreedCodingOnceWithTheirReason() throws Exception {
    Project p = project();
    long round = round(p, List.of(p.source()), List.of(p.trust()), List.of(researcherName(), peerName()));
    code(researcher, round, p.source(), p.trust(), 0, 0, 12);
    code(researcher, round, p.source(), p.trust(), 2, 0, 12);
    code(peer, round, p.source(), p.trust(), 0, 3, 20);
    finish(researcher, round, p.source());
    finish(peer, round, p.source());
    close(round);
    JsonNode d = api.get("/api/v1/coding-rounds/" + round + "/disagreements", peer).json();
    assertThat(d).hasSize(1);
    JsonNode one = d.get(0);
    assertThat(one.get("unit").get("seq").asInt()).isEqualTo(2);
    assertThat(one.get("text").asString()).contains("trust them");
    assertThat(one.get("answers")).hasSize(2);
    long segment = one.get("unit").get("segmentId").asLong();
    Map<String, Object> decision = Map.of("segmentId", segment, "codeId", p.trust(), "applies", true, "reason",
        "Trust is named outright; agreed in the team meeting");
    // Only the owner or the coordinator settles; a reason is required.
    assertThat(api.post("/api/v1/coding-rounds/" + round + "/decisions", peer, Api.json(decision)).status())
        .isEqualTo(403);
    Map<String, Object> noReason = new HashMap<>(decision);
    noReason.put("reason", " ");
    assertThat(api.post("/api/v1/coding-rounds/" + round + "/decisions", researcher, Api.json(noReason)).status())
        .isEqualTo(409);
    var decisions = Race.of(() -> api.post("/api/v1/coding-rounds/" + round + "/decisions", researcher,
        Api.json(decision)).status());
    assertThat(Race.count(decisions, 201)).isEqualTo(1);
    assertThat(Race.count(decisions, 409)).isEqualTo(Race.THREADS - 1);
    // The agreed coding is the project's own: it shows on the code and the reason is kept.
    JsonNode segments = api.get("/api/v1/codes/" + p.trust() + "/segments", peer).json();
    assertThat(segments).hasSize(1);
    assertThat(segments.get(0).get("text").asString()).contains("trust them");
    JsonNode after = api.get("/api/v1/coding-rounds/" + round + "/disagreements", peer).json().get(0);
    assertThat(after.get("decision").get("reason").asString()).contains("team meeting");
    assertThat(after.get("decision").get("codingId").isNumber()).isTrue();
  }
}
