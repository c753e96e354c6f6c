package org.phasezero.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.security.Role.COORDINATOR;
import static org.phasezero.support.AccessMatrix.expect;

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

/**
 * Every evidence endpoint and page × every role × own project (the researcher and the peer
 * researcher are members) / other project (no members). The coordinator sees every project; members
 * see and work in theirs; anyone else is told "not found" (404), so projects cannot be probed; a
 * statutory partner never sees research sources (403); only the coordinator and researchers start
 * projects or choose members.
 */
@OnH2
@CoversEveryHandler({"org.phasezero.evidence.web"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class EvidenceAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  EvidenceFixture fx;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new EvidenceFixture(context);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
  }

  int get(Role r, String path) {
    return api.get(path, fx.net.token(r)).status();
  }

  int post(Role r, String path, String body) {
    return api.post(path, fx.net.token(r), body).status();
  }

  int put(Role r, String path, String body) {
    return api.put(path, fx.net.token(r), body).status();
  }

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  int form(Role r, String action, Map<String, String> fields) {
    return sessions.get(r).post("/", action, fields).status();
  }

  long project(boolean own) {
    return own ? fx.ownProject : fx.otherProject;
  }

  long source(boolean own) {
    return own ? fx.ownSource : fx.otherSource;
  }

  /** A fresh code in the project, made by the coordinator. */
  long freshCode(boolean own) {
    return api.post("/api/v1/projects/" + project(own) + "/codes", fx.net.token(COORDINATOR),
        Api.json(Map.of("name", "Code " + UUID.randomUUID()))).json().get("id").asLong();
  }

  /** A fresh coding of the first turn with a fresh code, made by the coordinator. */
  long freshCoding(boolean own) {
    return api.post("/api/v1/codings", fx.net.token(COORDINATOR), Api.json(Map.of("sourceId", source(own),
        "codeId", freshCode(own), "start", 0, "end", 11))).json().get("id").asLong();
  }

  long freshMemo(boolean own) {
    return api.post("/api/v1/memos", fx.net.token(COORDINATOR), Api.json(Map.of("target", "PROJECT",
        "targetId", project(own), "body", "A thought"))).json().get("id").asLong();
  }

  long memberId(boolean own) {
    String username = "member-" + UUID.randomUUID().toString().substring(0, 8);
    newAccount(username, Role.RESEARCHER);
    return api.post("/api/v1/projects/" + project(own) + "/members", fx.net.token(COORDINATOR),
        Api.json(Map.of("username", username))).json().get("id").asLong();
  }

  /** A fresh named case in the project, made by the coordinator. */
  long freshCase(boolean own) {
    return api.post("/api/v1/cases", fx.net.token(COORDINATOR), Api.json(Map.of("projectId", project(own),
        "name", "Case " + UUID.randomUUID()))).json().get("id").asLong();
  }

  /** A fresh case with the project's source linked to it. */
  long linkedCase(boolean own) {
    long c = freshCase(own);
    api.post("/api/v1/cases/" + c + "/sources", fx.net.token(COORDINATOR), Api.json(Map.of("sourceId", source(own))));
    return c;
  }

  int version(String path) {
    return api.get(path, fx.net.token(COORDINATOR)).json().get("version").asInt();
  }

  static final Map<Role, Integer> LIST = expect(200, 200, 403, 200, 200);
  static final Map<Role, Integer> START = expect(201, 403, 403, 201, 403);

  List<Case<EvidenceAccessMatrixTest>> cases() {
    EvidenceFixture f = fx;
    List<Case<EvidenceAccessMatrixTest>> c = new ArrayList<>();
    c.add(new Case<>("GET projects", (t, r) -> t.get(r, "/api/v1/projects"), LIST));
    c.add(new Case<>("POST project", (t, r) -> t.post(r, "/api/v1/projects",
        Api.json(Map.of("name", "Started by " + r + " " + UUID.randomUUID()))), START));
    c.add(new Case<>("page: research", (t, r) -> t.page(r, "/research"), LIST));
    c.add(new Case<>("page: start a project", (t, r) -> t.page(r, "/research/new"), expect(200, 403, 403, 200, 403)));
    c.add(new Case<>("page: an import someone else started", (t, r) -> t.page(r, "/research/imports/"
        + UUID.randomUUID()), expect(404, 404, 404, 404, 404)));
    c.add(new Case<>("form: start a project", (t, r) -> t.form(r, "/research/new",
        Map.of("name", "Form project " + UUID.randomUUID())), expect(302, 403, 403, 302, 403)));
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      long project = project(own);
      long source = source(own);
      long code = own ? f.ownCode : f.otherCode;
      Map<Role, Integer> view = own ? expect(200, 404, 403, 200, 200) : expect(200, 404, 403, 404, 404);
      Map<Role, Integer> created = own ? expect(201, 404, 403, 201, 201) : expect(201, 404, 403, 404, 404);
      Map<Role, Integer> changed = own ? expect(200, 404, 403, 200, 200) : expect(200, 404, 403, 404, 404);
      Map<Role, Integer> saved = own ? expect(302, 404, 403, 302, 302) : expect(302, 404, 403, 404, 404);
      Map<Role, Integer> managed = own ? expect(201, 404, 403, 201, 403) : expect(201, 404, 403, 404, 404);
      Map<Role, Integer> managedChange = own ? expect(200, 404, 403, 200, 403) : expect(200, 404, 403, 404, 404);
      Map<Role, Integer> managedForm = own ? expect(302, 404, 403, 302, 403) : expect(302, 404, 403, 404, 404);
      Map<String, String> reason = Map.of("reason", "Recorded by mistake");
      // API: reading
      c.add(new Case<>("GET " + which + " project", (t, r) -> t.get(r, "/api/v1/projects/" + project), view));
      c.add(new Case<>("GET " + which + " members", (t, r) -> t.get(r, "/api/v1/projects/" + project + "/members"), view));
      c.add(new Case<>("GET " + which + " sources", (t, r) -> t.get(r, "/api/v1/projects/" + project + "/sources"), view));
      c.add(new Case<>("GET " + which + " codes", (t, r) -> t.get(r, "/api/v1/projects/" + project + "/codes"), view));
      c.add(new Case<>("GET " + which + " source", (t, r) -> t.get(r, "/api/v1/sources/" + source), view));
      c.add(new Case<>("GET " + which + " turns", (t, r) -> t.get(r, "/api/v1/sources/" + source + "/turns"), view));
      c.add(new Case<>("GET " + which + " codings", (t, r) -> t.get(r, "/api/v1/sources/" + source + "/codings"), view));
      c.add(new Case<>("GET " + which + " code", (t, r) -> t.get(r, "/api/v1/codes/" + code), view));
      c.add(new Case<>("GET " + which + " code segments", (t, r) -> t.get(r, "/api/v1/codes/" + code + "/segments"), view));
      c.add(new Case<>("GET " + which + " coding", (t, r) -> t.get(r, "/api/v1/codings/" + t.freshCoding(own)), view));
      c.add(new Case<>("GET " + which + " memos", (t, r) -> t.get(r, "/api/v1/memos?target=PROJECT&targetId=" + project), view));
      // API: changing
      c.add(new Case<>("PUT " + which + " project", (t, r) -> t.put(r, "/api/v1/projects/" + project,
          Api.json(Map.of("name", "Renamed " + UUID.randomUUID(), "version", t.version("/api/v1/projects/" + project)))),
          managedChange));
      c.add(new Case<>("POST void " + which + " project", (t, r) -> {
        long p = t.api.post("/api/v1/projects", f.net.token(COORDINATOR), Api.json(Map.of("name", "To close "
            + UUID.randomUUID()))).json().get("id").asLong();
        if (own) {
          t.api.post("/api/v1/projects/" + p + "/members", f.net.token(COORDINATOR),
              Api.json(Map.of("username", f.net.usernames.get(Role.RESEARCHER))));
          t.api.post("/api/v1/projects/" + p + "/members", f.net.token(COORDINATOR),
              Api.json(Map.of("username", f.net.usernames.get(Role.PEER_RESEARCHER))));
        }
        return t.post(r, "/api/v1/projects/" + p + "/void", "{\"reason\":\"finished\"}");
      }, managedChange));
      c.add(new Case<>("POST member to " + which + " project", (t, r) -> {
        String username = "joining-" + UUID.randomUUID().toString().substring(0, 8);
        t.newAccount(username, Role.PEER_RESEARCHER);
        return t.post(r, "/api/v1/projects/" + project + "/members", Api.json(Map.of("username", username)));
      }, managed));
      c.add(new Case<>("POST remove member of " + which + " project", (t, r) -> t.post(r, "/api/v1/projects/" + project
          + "/members/" + t.memberId(own) + "/void", "{\"reason\":\"left\"}"), managedChange));
      c.add(new Case<>("POST code in " + which + " project", (t, r) -> t.post(r, "/api/v1/projects/" + project + "/codes",
          Api.json(Map.of("name", "By " + r + " " + UUID.randomUUID()))), created));
      c.add(new Case<>("PUT " + which + " code", (t, r) -> {
        long k = t.freshCode(own);
        return t.put(r, "/api/v1/codes/" + k, Api.json(Map.of("name", "Renamed " + UUID.randomUUID(),
            "version", t.version("/api/v1/codes/" + k))));
      }, changed));
      c.add(new Case<>("POST merge " + which + " code", (t, r) -> t.post(r, "/api/v1/codes/" + t.freshCode(own) + "/merge",
          Api.json(Map.of("intoId", t.freshCode(own)))), changed));
      c.add(new Case<>("POST split " + which + " code", (t, r) -> {
        long g = t.freshCoding(own);
        long k = t.api.get("/api/v1/codings/" + g, f.net.token(COORDINATOR)).json().get("codeId").asLong();
        return t.post(r, "/api/v1/codes/" + k + "/split", Api.json(Map.of("name", "Split " + UUID.randomUUID(),
            "codingIds", List.of(g))));
      }, changed));
      c.add(new Case<>("POST void " + which + " code", (t, r) -> t.post(r, "/api/v1/codes/" + t.freshCode(own) + "/void",
          "{\"reason\":\"not needed\"}"), changed));
      c.add(new Case<>("POST coding in " + which + " source", (t, r) -> t.post(r, "/api/v1/codings",
          Api.json(Map.of("sourceId", source, "codeId", t.freshCode(own), "start", 0, "end", 11))), created));
      c.add(new Case<>("POST void " + which + " coding", (t, r) -> t.post(r, "/api/v1/codings/" + t.freshCoding(own)
          + "/void", "{\"reason\":\"wrong\"}"), changed));
      c.add(new Case<>("POST memo on " + which + " project", (t, r) -> t.post(r, "/api/v1/memos",
          Api.json(Map.of("target", "PROJECT", "targetId", project, "body", "Noted by " + r))), created));
      c.add(new Case<>("POST speaker in " + which + " source", (t, r) -> t.post(r, "/api/v1/sources/" + source
          + "/speakers", Api.json(Map.of("label", "Sam", "personId", own ? f.net.ownResearchPerson : f.net.otherResearchPerson))),
          own ? expect(200, 404, 403, 200, 200) : expect(200, 404, 403, 404, 404)));
      c.add(new Case<>("POST void " + which + " source", (t, r) -> {
        long s = t.freshSource(own);
        return t.post(r, "/api/v1/sources/" + s + "/void", "{\"reason\":\"duplicate\"}");
      }, changed));
      // Pages and forms
      c.add(new Case<>("page: " + which + " project", (t, r) -> t.page(r, "/research/" + project), view));
      c.add(new Case<>("page: " + which + " matrices", (t, r) -> t.page(r, "/research/" + project + "/matrices"), view));
      c.add(new Case<>("download: " + which + " side matrix", (t, r) -> t.page(r, "/research/" + project
          + "/matrices/sides?format=xlsx"), view));
      c.add(new Case<>("page: " + which + " codebook", (t, r) -> t.page(r, "/research/" + project + "/codes"), view));
      c.add(new Case<>("page: " + which + " source", (t, r) -> t.page(r, "/research/sources/" + source), view));
      c.add(new Case<>("page: " + which + " code", (t, r) -> t.page(r, "/research/codes/" + code), view));
      c.add(new Case<>("file: " + which + " source", (t, r) -> t.page(r, "/research/sources/" + source + "/file"),
          own ? expect(404, 404, 403, 404, 404) : expect(404, 404, 403, 404, 404)));
      c.add(new Case<>("form: member of " + which + " project", (t, r) -> {
        String username = "form-" + UUID.randomUUID().toString().substring(0, 8);
        t.newAccount(username, Role.RESEARCHER);
        return t.form(r, "/research/" + project + "/members", Map.of("username", username));
      }, managedForm));
      c.add(new Case<>("page: remove member of " + which + " project", (t, r) -> t.page(r, "/research/" + project
          + "/members/" + t.memberId(own) + "/remove"), own ? expect(200, 404, 403, 200, 403) : view));
      c.add(new Case<>("form: remove member of " + which + " project", (t, r) -> t.form(r, "/research/" + project
          + "/members/" + t.memberId(own) + "/remove", reason), managedForm));
      c.add(new Case<>("form: memo on " + which + " project", (t, r) -> t.form(r, "/research/" + project + "/memos",
          Map.of("body", "A memo")), saved));
      c.add(new Case<>("form: code in " + which + " codebook", (t, r) -> t.form(r, "/research/" + project + "/codes",
          Map.of("name", "Form code " + UUID.randomUUID())), saved));
      c.add(new Case<>("form: change " + which + " code", (t, r) -> {
        long k = t.freshCode(own);
        return t.form(r, "/research/codes/" + k, Map.of("name", "Changed " + UUID.randomUUID(), "version", "0"));
      }, saved));
      c.add(new Case<>("form: merge " + which + " code", (t, r) -> t.form(r, "/research/codes/" + t.freshCode(own)
          + "/merge", Map.of("intoId", String.valueOf(t.freshCode(own)))), saved));
      c.add(new Case<>("form: split " + which + " code", (t, r) -> {
        long g = t.freshCoding(own);
        long k = t.api.get("/api/v1/codings/" + g, f.net.token(COORDINATOR)).json().get("codeId").asLong();
        return t.form(r, "/research/codes/" + k + "/split", Map.of("name", "Split " + UUID.randomUUID(),
            "codingIds", String.valueOf(g)));
      }, saved));
      c.add(new Case<>("form: memo on " + which + " code", (t, r) -> t.form(r, "/research/codes/" + code + "/memos",
          Map.of("body", "A memo")), saved));
      c.add(new Case<>("page: remove " + which + " code", (t, r) -> t.page(r, "/research/codes/" + t.freshCode(own)
          + "/void"), view));
      c.add(new Case<>("form: remove " + which + " code", (t, r) -> t.form(r, "/research/codes/" + t.freshCode(own)
          + "/void", reason), saved));
      c.add(new Case<>("form: code turns of " + which + " source", (t, r) -> {
        long k = t.freshCode(own);
        long turn = t.api.get("/api/v1/sources/" + source + "/turns", f.net.token(COORDINATOR)).json().get(0).get("id").asLong();
        return t.form(r, "/research/sources/" + source + "/codings", Map.of("codeId", String.valueOf(k),
            "segmentIds", String.valueOf(turn)));
      }, saved));
      c.add(new Case<>("form: code words of " + which + " source", (t, r) -> t.form(r, "/research/sources/" + source
          + "/codings/range", Map.of("codeId", String.valueOf(t.freshCode(own)), "start", "2", "end", "9")), saved));
      c.add(new Case<>("form: code a region of a picture in " + which + " project", (t, r) -> t.form(r,
          "/research/sources/" + t.freshPicture(own) + "/codings/region", Map.of("codeId", String.valueOf(t.freshCode(own)),
          "left", "10", "top", "10", "width", "20", "height", "20")), saved));
      c.add(new Case<>("page: remove coding in " + which + " source", (t, r) -> t.page(r, "/research/sources/codings/"
          + t.freshCoding(own) + "/void"), view));
      c.add(new Case<>("form: remove coding in " + which + " source", (t, r) -> t.form(r, "/research/sources/codings/"
          + t.freshCoding(own) + "/void", reason), saved));
      c.add(new Case<>("form: speaker in " + which + " source", (t, r) -> t.form(r, "/research/sources/" + source
          + "/speakers", Map.of("label", "Sam", "personId",
          String.valueOf(own ? f.net.ownResearchPerson : f.net.otherResearchPerson))), saved));
      c.add(new Case<>("form: memo on " + which + " source", (t, r) -> t.form(r, "/research/sources/" + source
          + "/memos", Map.of("body", "A memo")), saved));
      c.add(new Case<>("page: add source to " + which + " project", (t, r) -> t.page(r, "/research/" + project
          + "/sources/new"), view));
      c.add(new Case<>("form: import source into " + which + " project", (t, r) -> t.sessions.get(r).upload("/",
          "/research/" + project + "/sources/new?name=Upload&kind=DOCUMENT", "file", "notes.txt",
          "One paragraph of notes.".getBytes()).status(), saved));
      c.add(new Case<>("POST source into " + which + " project", (t, r) -> t.api.multipart("/api/v1/projects/" + project
          + "/sources", f.net.token(r), Map.of("name", "Uploaded", "kind", "DOCUMENT"), "file", "notes.txt",
          "One paragraph of notes.".getBytes()).status(), created));
      c.add(new Case<>("page: pseudonym key of " + which + " project", (t, r) -> t.page(r, "/research/" + project + "/key"),
          own ? expect(200, 403, 403, 403, 403) : expect(200, 403, 403, 403, 403)));
      // Cases, passages, coding memos and the research export
      c.add(new Case<>("GET " + which + " cases", (t, r) -> t.get(r, "/api/v1/cases?projectId=" + project), view));
      c.add(new Case<>("GET " + which + " case", (t, r) -> t.get(r, "/api/v1/cases/" + t.freshCase(own)), view));
      c.add(new Case<>("GET " + which + " attributes", (t, r) -> t.get(r, "/api/v1/projects/" + project + "/attributes"),
          view));
      c.add(new Case<>("POST attribute in " + which + " project", (t, r) -> t.post(r, "/api/v1/projects/" + project
          + "/attributes", Api.json(Map.of("name", "Attribute " + UUID.randomUUID()))), created));
      c.add(new Case<>("POST person case in " + which + " project", (t, r) -> t.post(r, "/api/v1/cases",
          Api.json(Map.of("projectId", project, "personId", f.net.newResearchPerson()))), created));
      c.add(new Case<>("POST site case in " + which + " project", (t, r) -> t.post(r, "/api/v1/cases",
          Api.json(Map.of("projectId", project, "siteId", f.net.newSite()))), created));
      c.add(new Case<>("POST named case in " + which + " project", (t, r) -> t.post(r, "/api/v1/cases",
          Api.json(Map.of("projectId", project, "name", "By " + r))), created));
      c.add(new Case<>("PUT " + which + " case", (t, r) -> {
        long k = t.freshCase(own);
        return t.put(r, "/api/v1/cases/" + k, Api.json(Map.of("name", "Renamed", "version",
            t.version("/api/v1/cases/" + k))));
      }, changed));
      c.add(new Case<>("POST link source to " + which + " case", (t, r) -> t.post(r, "/api/v1/cases/" + t.freshCase(own)
          + "/sources", Api.json(Map.of("sourceId", source))), changed));
      c.add(new Case<>("POST unlink source from " + which + " case", (t, r) -> t.post(r, "/api/v1/cases/"
          + t.linkedCase(own) + "/sources/" + source + "/unlink", "{}"), changed));
      c.add(new Case<>("POST void " + which + " case", (t, r) -> t.post(r, "/api/v1/cases/" + t.freshCase(own) + "/void",
          "{\"reason\":\"not a case\"}"), changed));
      c.add(new Case<>("page: " + which + " cases", (t, r) -> t.page(r, "/research/" + project + "/cases"), view));
      c.add(new Case<>("page: " + which + " case", (t, r) -> t.page(r, "/research/cases/" + t.freshCase(own)), view));
      c.add(new Case<>("form: named case in " + which + " project", (t, r) -> t.form(r, "/research/" + project + "/cases",
          Map.of("name", "Form case")), saved));
      c.add(new Case<>("form: people as cases in " + which + " project", (t, r) -> t.form(r, "/research/" + project
          + "/cases/people", Map.of("personId", String.valueOf(f.net.newResearchPerson()))), saved));
      c.add(new Case<>("form: site as case in " + which + " project", (t, r) -> t.form(r, "/research/" + project
          + "/cases/sites", Map.of("siteId", String.valueOf(f.net.newSite()))), saved));
      c.add(new Case<>("form: attribute in " + which + " project", (t, r) -> t.form(r, "/research/" + project
          + "/cases/attributes", Map.of("name", "Form attribute " + UUID.randomUUID())), saved));
      c.add(new Case<>("form: change " + which + " case", (t, r) -> t.form(r, "/research/cases/" + t.freshCase(own),
          Map.of("name", "Changed", "version", "0")), saved));
      c.add(new Case<>("form: link source to " + which + " case", (t, r) -> t.form(r, "/research/cases/"
          + t.freshCase(own) + "/sources", Map.of("sourceId", String.valueOf(source))), saved));
      c.add(new Case<>("form: unlink source from " + which + " case", (t, r) -> t.form(r, "/research/cases/"
          + t.linkedCase(own) + "/sources/" + source + "/unlink", Map.of()), saved));
      c.add(new Case<>("page: remove " + which + " case", (t, r) -> t.page(r, "/research/cases/" + t.freshCase(own)
          + "/void"), view));
      c.add(new Case<>("form: remove " + which + " case", (t, r) -> t.form(r, "/research/cases/" + t.freshCase(own)
          + "/void", reason), saved));
      c.add(new Case<>("download: passages of " + which + " code", (t, r) -> t.page(r, "/research/codes/" + code
          + "/passages?format=xlsx"), view));
      c.add(new Case<>("page: coding in " + which + " source", (t, r) -> t.page(r, "/research/sources/codings/"
          + t.freshCoding(own)), view));
      c.add(new Case<>("form: memo on a coding in " + which + " source", (t, r) -> t.form(r, "/research/sources/codings/"
          + t.freshCoding(own) + "/memos", Map.of("body", "Why this passage")), saved));
      Map<Role, Integer> export = own ? expect(200, 403, 403, 200, 403) : expect(200, 403, 403, 404, 403);
      c.add(new Case<>("download: research export of " + which + " project", (t, r) -> t.page(r, "/research/" + project
          + "/research-export.zip"), export));
      c.add(new Case<>("GET research export of " + which + " project", (t, r) -> t.get(r, "/api/v1/projects/" + project
          + "/research-export.zip"), export));
      c.add(new Case<>("download: pseudonym key of " + which + " project", (t, r) -> t.page(r, "/research/" + project
          + "/key.csv"), expect(200, 403, 403, 403, 403)));
      c.add(new Case<>("page: remove " + which + " source", (t, r) -> t.page(r, "/research/sources/"
          + t.freshSource(own) + "/void"), view));
      c.add(new Case<>("form: remove " + which + " source", (t, r) -> t.form(r, "/research/sources/"
          + t.freshSource(own) + "/void", reason), saved));
    }
    return c;
  }

  void newAccount(String username, Role role) {
    try (var system = org.phasezero.security.SystemActor.enter("test fixture")) {
      context.getBean(org.phasezero.security.Accounts.class).create(username, "New " + role.slug(), role, null,
          TestNetwork.PASSWORD);
    }
  }

  /** A fresh picture source in the project, added by the system. */
  long freshPicture(boolean own) {
    try (var system = org.phasezero.security.SystemActor.enter("test fixture")) {
      return context.getBean(Sources.class).add(project(own), new SourceDetails("Map " + UUID.randomUUID(),
              SourceKind.PLA_OUTPUT), SourceMedia.PICTURE, EvidenceFixture.transcript(List.of("A drawn map.\n")), null,
          null, Map.of()).id();
    }
  }

  /** A fresh source in the project, added by the system. */
  long freshSource(boolean own) {
    try (var system = org.phasezero.security.SystemActor.enter("test fixture")) {
      return context.getBean(Sources.class).add(project(own), new SourceDetails("Fresh " + UUID.randomUUID(),
              SourceKind.DOCUMENT), SourceMedia.TEXT, EvidenceFixture.transcript(List.of("One paragraph.\n")), null, null,
          Map.of()).id();
    }
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected, Case<EvidenceAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
