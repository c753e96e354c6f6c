package org.phasezero.evidence.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.support.AccessMatrix.expect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phasezero.evidence.EvidenceFixture;
import org.phasezero.security.Role;
import org.phasezero.support.AccessMatrix;
import org.phasezero.support.AccessMatrix.Case;
import org.phasezero.support.CoversEveryHandler;
import org.phasezero.support.OnH2;
import org.phasezero.support.SetUpAsSystem;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Project import and export, and codebook import and export, × every role × own project (the
 * researcher and the peer researcher are members) / other project. Only the coordinator and
 * researchers import projects; whoever may add codes to a project (its members, the coordinator)
 * imports a codebook into it; whoever may open a project exports it and its codebook, anyone else is
 * told "not found"; a statutory partner never (403).
 */
@OnH2
@CoversEveryHandler({"org.phasezero.evidence.interchange"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class InterchangeAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  EvidenceFixture fx;
  byte[] qc;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void setUp() {
    fx = new EvidenceFixture(context);
    qc = InterchangeContract.bytes(InterchangeContract.shared(InterchangeContract.QC_132));
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  int download(Role r, String path) {
    return sessions.get(r).download(path).status();
  }

  /** A codebook with one code of a GUID no project has yet, so that every import adds a code. */
  static byte[] freshCodebook() {
    return CodebookContract.qdc("<Code guid=\"" + java.util.UUID.randomUUID() + "\" name=\"Imported "
        + java.util.UUID.randomUUID() + "\" isCodable=\"true\"/>");
  }

  List<Case<InterchangeAccessMatrixTest>> cases() {
    List<Case<InterchangeAccessMatrixTest>> c = new ArrayList<>();
    Map<Role, Integer> importers = expect(201, 403, 403, 201, 403);
    c.add(new Case<>("POST import", (t, r) -> Uploads.importFile(t.port, t.fx.net.token(r), "qc.qdpx", t.qc, null)
        .status(), importers));
    c.add(new Case<>("page: import", (t, r) -> t.page(r, "/research/import"), expect(200, 403, 403, 200, 403)));
    c.add(new Case<>("form: import", (t, r) -> t.sessions.get(r).upload("/", "/research/import", "file", "qc.qdpx",
        t.qc).status(), expect(302, 403, 403, 302, 403)));
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      long project = own ? fx.ownProject : fx.otherProject;
      Map<Role, Integer> view = own ? expect(200, 404, 403, 200, 200) : expect(200, 404, 403, 404, 404);
      c.add(new Case<>("GET " + which + " export", (t, r) -> new org.phasezero.support.Api(t.port)
          .get("/api/v1/projects/" + project + "/export.qdpx", t.fx.net.token(r)).status(), view));
      c.add(new Case<>("download: " + which + " export", (t, r) -> t.download(r, "/research/" + project
          + "/export.qdpx"), view));
      c.add(new Case<>("page: " + which + " import report", (t, r) -> t.page(r, "/research/" + project + "/imported"),
          view));
      c.add(new Case<>("GET " + which + " codebook export", (t, r) -> new org.phasezero.support.Api(t.port)
          .get("/api/v1/projects/" + project + "/codebook.qdc", t.fx.net.token(r)).status(), view));
      c.add(new Case<>("download: " + which + " codebook", (t, r) -> t.download(r, "/research/" + project
          + "/codebook.qdc"), view));
      c.add(new Case<>("POST " + which + " codebook import", (t, r) -> new org.phasezero.support.Api(t.port)
          .multipart("/api/v1/projects/" + project + "/codebook/import", t.fx.net.token(r), Map.of(), "file",
              "codebook.qdc", freshCodebook()).status(), view));
      c.add(new Case<>("form: " + which + " codebook import", (t, r) -> t.sessions.get(r).upload("/", "/research/"
          + project + "/codebook/import", "file", "codebook.qdc", freshCodebook()).status(),
          own ? expect(302, 404, 403, 302, 302) : expect(302, 404, 403, 404, 404)));
    }
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected,
      Case<InterchangeAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
