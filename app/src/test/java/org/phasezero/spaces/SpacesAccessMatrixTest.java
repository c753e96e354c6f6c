package org.phasezero.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phasezero.security.Role.COORDINATOR;
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
import org.phasezero.security.Role;
import org.phasezero.support.AccessMatrix.Case;
import org.phasezero.support.AccessMatrix;
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
 * Every spaces endpoint × every role × own partnership (the site lead's organisation is a member) /
 * other partnership. A site lead sees only their partnerships' spaces (others 404); statutory
 * partners and researchers see participation measures only (the records themselves 403).
 */
@OnH2
@CoversEveryHandler("org.phasezero.spaces")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class SpacesAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  SpacesFixture fx;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new SpacesFixture(context);
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

  int page(Role r, String path) {
    return sessions.get(r).get(path).status();
  }

  /** A fresh past meeting of the space, made by the coordinator, attended by the given people. */
  long freshMeeting(long spaceId, long... attendees) {
    String body = Api.json(Map.of("spaceId", spaceId, "date", "2025-07-01", "title", "Fresh"));
    long id = api.post("/api/v1/meetings", fx.net.token(COORDINATOR), body).json().get("id").asLong();
    for (long p : attendees) {
      api.post("/api/v1/meetings/" + id + "/attendance", fx.net.token(COORDINATOR), "{\"personId\":" + p + "}");
    }
    return id;
  }

  int put(Role r, String path, String body) {
    return api.put(path, fx.net.token(r), body).status();
  }

  /** A form post as the role, with a CSRF token from a page every role may open (so a refusal is the rule's, not CSRF's). */
  int form(Role r, String action, Map<String, String> fields) {
    return sessions.get(r).post("/", action, fields).status();
  }

  long freshSpace(long partnershipId, long... members) {
    long id = api.post("/api/v1/spaces", fx.net.token(COORDINATOR), Api.json(Map.of("partnershipId", partnershipId,
        "name", "Fresh " + java.util.UUID.randomUUID(), "kind", "FORUM"))).json().get("id").asLong();
    for (long p : members) {
      api.post("/api/v1/spaces/" + id + "/members", fx.net.token(COORDINATOR), "{\"personId\":" + p + "}");
    }
    return id;
  }

  long memberId(long spaceId) {
    return api.get("/api/v1/spaces/" + spaceId, fx.net.token(COORDINATOR)).json().get("members").get(0).get("id").asLong();
  }

  /** A fresh decision or action (kind "decisions" or "actions") in a meeting attended by the person. */
  long fresh(String kind, long meetingId, long personId) {
    String body = kind.equals("decisions")
        ? Api.json(Map.of("text", "x", "proposedByPersonId", personId, "agreedHow", "CONSENSUS"))
        : Api.json(Map.of("text", "x", "ownerPersonId", personId, "dueOn", "2025-08-01"));
    return api.post("/api/v1/meetings/" + meetingId + "/" + kind, fx.net.token(COORDINATOR), body).json().get("id").asLong();
  }

  int version(String path) {
    return api.get(path, fx.net.token(COORDINATOR)).json().get("version").asInt();
  }

  static final Map<Role, Integer> PEOPLE_OWN = expect(200, 200, 403, 403, 403);
  static final Map<Role, Integer> PEOPLE_OTHER = expect(200, 404, 403, 403, 403);
  static final Map<Role, Integer> MEASURES_OWN = expect(200, 200, 200, 200, 200);
  static final Map<Role, Integer> MEASURES_OTHER = expect(200, 404, 200, 200, 200);

  List<Case<SpacesAccessMatrixTest>> cases() {
    SpacesFixture f = fx;
    List<Case<SpacesAccessMatrixTest>> c = new ArrayList<>();
    // Reading: records name people, measures do not
    c.add(new Case<>("GET spaces", (t, r) -> t.get(r, "/api/v1/spaces"), PEOPLE_OWN));
    c.add(new Case<>("GET own space", (t, r) -> t.get(r, "/api/v1/spaces/" + f.ownSpace), PEOPLE_OWN));
    c.add(new Case<>("GET other space", (t, r) -> t.get(r, "/api/v1/spaces/" + f.otherSpace), PEOPLE_OTHER));
    c.add(new Case<>("GET own meetings", (t, r) -> t.get(r, "/api/v1/meetings?spaceId=" + f.ownSpace), PEOPLE_OWN));
    c.add(new Case<>("GET other meetings", (t, r) -> t.get(r, "/api/v1/meetings?spaceId=" + f.otherSpace), PEOPLE_OTHER));
    c.add(new Case<>("GET own meeting", (t, r) -> t.get(r, "/api/v1/meetings/" + f.ownMeeting), PEOPLE_OWN));
    c.add(new Case<>("GET other meeting", (t, r) -> t.get(r, "/api/v1/meetings/" + f.otherMeeting), PEOPLE_OTHER));
    for (String part : List.of("attendance", "contributions", "decisions", "actions")) {
      c.add(new Case<>("GET own meeting " + part, (t, r) -> t.get(r, "/api/v1/meetings/" + f.ownMeeting + "/" + part), PEOPLE_OWN));
      c.add(new Case<>("GET other meeting " + part, (t, r) -> t.get(r, "/api/v1/meetings/" + f.otherMeeting + "/" + part), PEOPLE_OTHER));
    }
    c.add(new Case<>("GET own meeting measures", (t, r) -> t.get(r, "/api/v1/meetings/" + f.ownMeeting + "/measures"), MEASURES_OWN));
    c.add(new Case<>("GET other meeting measures", (t, r) -> t.get(r, "/api/v1/meetings/" + f.otherMeeting + "/measures"), MEASURES_OTHER));
    c.add(new Case<>("GET own space measures", (t, r) -> t.get(r, "/api/v1/spaces/" + f.ownSpace + "/measures"), MEASURES_OWN));
    c.add(new Case<>("GET other space measures", (t, r) -> t.get(r, "/api/v1/spaces/" + f.otherSpace + "/measures"), MEASURES_OTHER));
    // Changing
    c.add(new Case<>("POST space in own partnership", (t, r) -> t.post(r, "/api/v1/spaces",
        Api.json(Map.of("partnershipId", f.ownPartnership, "name", "Group " + r, "kind", "STEERING_GROUP"))),
        expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("POST space in other partnership", (t, r) -> t.post(r, "/api/v1/spaces",
        Api.json(Map.of("partnershipId", f.otherPartnership, "name", "Group " + r, "kind", "STEERING_GROUP"))),
        expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("POST own-organisation member to a new own space", (t, r) -> {
      long s = t.api.post("/api/v1/spaces", f.net.token(COORDINATOR), Api.json(Map.of("partnershipId", f.ownPartnership,
          "name", "Members " + r, "kind", "FORUM"))).json().get("id").asLong();
      return t.post(r, "/api/v1/spaces/" + s + "/members", "{\"personId\":" + f.net.ownPerson + "}");
    }, expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("POST statutory member to a new own space (a site lead adds only people they can see)", (t, r) -> {
      long s = t.api.post("/api/v1/spaces", f.net.token(COORDINATOR), Api.json(Map.of("partnershipId", f.ownPartnership,
          "name", "Statutory " + r, "kind", "FORUM"))).json().get("id").asLong();
      return t.post(r, "/api/v1/spaces/" + s + "/members", "{\"personId\":" + f.statutoryPerson + "}");
    }, expect(200, 404, 403, 403, 403)));
    c.add(new Case<>("POST meeting in own space", (t, r) -> t.post(r, "/api/v1/meetings",
        Api.json(Map.of("spaceId", f.ownSpace, "date", "2025-08-01", "title", "By " + r))), expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("POST meeting in other space", (t, r) -> t.post(r, "/api/v1/meetings",
        Api.json(Map.of("spaceId", f.otherSpace, "date", "2025-08-01", "title", "By " + r))), expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("POST attendance at own meeting", (t, r) -> t.post(r, "/api/v1/meetings/" + t.freshMeeting(f.ownSpace)
        + "/attendance", "{\"personId\":" + f.net.ownPerson + "}"), expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("POST attendance at other meeting", (t, r) -> t.post(r, "/api/v1/meetings/" + t.freshMeeting(f.otherSpace)
        + "/attendance", "{\"personId\":" + f.net.otherPerson + "}"), expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("POST contribution in own meeting", (t, r) -> t.post(r, "/api/v1/meetings/" + f.ownMeeting
        + "/contributions", "{\"personId\":" + f.net.ownPerson + "}"), expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("POST contribution in other meeting", (t, r) -> t.post(r, "/api/v1/meetings/" + f.otherMeeting
        + "/contributions", "{\"personId\":" + f.net.otherPerson + "}"), expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("POST undo in own meeting", (t, r) -> {
      long m = t.freshMeeting(f.ownSpace, f.net.ownPerson);
      t.post(COORDINATOR, "/api/v1/meetings/" + m + "/contributions", "{\"personId\":" + f.net.ownPerson + "}");
      return t.post(r, "/api/v1/meetings/" + m + "/contributions/undo", "");
    }, expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("POST decision in other meeting", (t, r) -> t.post(r, "/api/v1/meetings/" + f.otherMeeting + "/decisions",
        Api.json(Map.of("text", "x", "proposedSide", "COMMUNITY", "agreedHow", "CHAIR"))), expect(201, 404, 403, 403, 403)));
    c.add(new Case<>("POST action in own meeting", (t, r) -> t.post(r, "/api/v1/meetings/" + f.ownMeeting + "/actions",
        Api.json(Map.of("text", "x", "ownerPersonId", f.net.ownPerson, "dueOn", "2025-07-01"))), expect(201, 201, 403, 403, 403)));
    c.add(new Case<>("POST void other meeting", (t, r) -> t.post(r, "/api/v1/meetings/" + t.freshMeeting(f.otherSpace) + "/void",
        "{\"reason\":\"test\"}"), expect(200, 404, 403, 403, 403)));
    // Changing and removing, through the API
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      long space = own ? f.ownSpace : f.otherSpace;
      long person = own ? f.net.ownPerson : f.net.otherPerson;
      Map<Role, Integer> change = own ? expect(200, 200, 403, 403, 403) : expect(200, 404, 403, 403, 403);
      c.add(new Case<>("PUT " + which + " space", (t, r) -> {
        long s = t.freshSpace(own ? f.ownPartnership : f.otherPartnership);
        return t.put(r, "/api/v1/spaces/" + s, Api.json(Map.of("partnershipId", own ? f.ownPartnership : f.otherPartnership,
            "name", "Renamed " + java.util.UUID.randomUUID(), "kind", "FORUM", "version", t.version("/api/v1/spaces/" + s))));
      }, change));
      c.add(new Case<>("POST void " + which + " space", (t, r) -> t.post(r, "/api/v1/spaces/"
          + t.freshSpace(own ? f.ownPartnership : f.otherPartnership) + "/void", "{\"reason\":\"test\"}"), change));
      c.add(new Case<>("POST remove member of " + which + " space", (t, r) -> {
        long s = t.freshSpace(own ? f.ownPartnership : f.otherPartnership, person);
        return t.post(r, "/api/v1/spaces/" + s + "/members/" + t.memberId(s) + "/void", "{\"reason\":\"left\"}");
      }, change));
      c.add(new Case<>("PUT " + which + " meeting", (t, r) -> {
        long m = t.freshMeeting(space);
        return t.put(r, "/api/v1/meetings/" + m, Api.json(Map.of("spaceId", space, "date", "2025-07-02",
            "title", "Moved", "version", t.version("/api/v1/meetings/" + m))));
      }, change));
      c.add(new Case<>("POST withdraw attendance at " + which + " meeting", (t, r) -> t.post(r, "/api/v1/meetings/"
          + t.freshMeeting(space, person) + "/attendance/" + person + "/void", "{\"reason\":\"not there\"}"), change));
      c.add(new Case<>("POST void decision in " + which + " meeting", (t, r) -> {
        long m = t.freshMeeting(space, person);
        return t.post(r, "/api/v1/meetings/" + m + "/decisions/" + t.fresh("decisions", m, person) + "/void",
            "{\"reason\":\"wrong\"}");
      }, change));
      c.add(new Case<>("POST void action in " + which + " meeting", (t, r) -> {
        long m = t.freshMeeting(space, person);
        return t.post(r, "/api/v1/meetings/" + m + "/actions/" + t.fresh("actions", m, person) + "/void",
            "{\"reason\":\"wrong\"}");
      }, change));
      c.add(new Case<>("POST action done in " + which + " meeting", (t, r) -> {
        long m = t.freshMeeting(space, person);
        return t.post(r, "/api/v1/meetings/" + m + "/actions/" + t.fresh("actions", m, person) + "/done",
            "{\"doneOn\":\"2025-07-20\"}");
      }, change));
    }
    // Changing, through the pages (a saved form answers 302; a refusal 403, or 404 for what the role may not see)
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      long space = own ? f.ownSpace : f.otherSpace;
      long person = own ? f.net.ownPerson : f.net.otherPerson;
      Map<Role, Integer> saved = own ? expect(302, 302, 403, 403, 403) : expect(302, 404, 403, 403, 403);
      c.add(new Case<>("form: new space in " + which + " partnership", (t, r) -> t.form(r, "/spaces/new",
          Map.of("partnershipId", String.valueOf(own ? f.ownPartnership : f.otherPartnership),
              "name", "Form space " + java.util.UUID.randomUUID(), "kind", "FORUM")), saved));
      c.add(new Case<>("form: member of " + which + " space", (t, r) -> t.form(r, "/spaces/"
          + t.freshSpace(own ? f.ownPartnership : f.otherPartnership) + "/members",
          Map.of("personId", String.valueOf(person))), saved));
      c.add(new Case<>("page: remove member of " + which + " space", (t, r) -> {
        long s = t.freshSpace(own ? f.ownPartnership : f.otherPartnership, person);
        return t.page(r, "/spaces/" + s + "/members/" + t.memberId(s) + "/void");
      }, own ? PEOPLE_OWN : PEOPLE_OTHER));
      c.add(new Case<>("form: remove member of " + which + " space", (t, r) -> {
        long s = t.freshSpace(own ? f.ownPartnership : f.otherPartnership, person);
        return t.form(r, "/spaces/" + s + "/members/" + t.memberId(s) + "/void", Map.of("reason", "Moved away"));
      }, saved));
      c.add(new Case<>("reload: member address of " + which + " space", (t, r) -> {
        long s = t.freshSpace(own ? f.ownPartnership : f.otherPartnership, person);
        return t.page(r, "/spaces/" + s + "/members/" + t.memberId(s));
      }, own ? expect(302, 302, 403, 403, 403) : expect(302, 404, 403, 403, 403)));
      c.add(new Case<>("form: new meeting in " + which + " space", (t, r) -> t.form(r, "/meetings/new",
          Map.of("spaceId", String.valueOf(space), "date", "2025-07-03", "title", "Form meeting")), saved));
      c.add(new Case<>("form: attendance at " + which + " meeting", (t, r) -> t.form(r, "/meetings/"
          + t.freshMeeting(space) + "/attendance", Map.of("personId", String.valueOf(person))), saved));
      c.add(new Case<>("form: decision in " + which + " meeting", (t, r) -> t.form(r, "/meetings/"
          + t.freshMeeting(space, person) + "/decisions", Map.of("text", "Agreed", "proposedByPersonId",
          String.valueOf(person), "agreedHow", "CONSENSUS")), saved));
      c.add(new Case<>("form: action in " + which + " meeting", (t, r) -> t.form(r, "/meetings/"
          + t.freshMeeting(space, person) + "/actions", Map.of("text", "Do it", "ownerPersonId", String.valueOf(person),
          "dueOn", "2025-08-01")), saved));
      c.add(new Case<>("form: action done in " + which + " meeting", (t, r) -> {
        long m = t.freshMeeting(space, person);
        return t.form(r, "/meetings/" + m + "/actions/" + t.fresh("actions", m, person) + "/done", Map.of());
      }, saved));
      c.add(new Case<>("form: contribution in " + which + " log", (t, r) -> t.form(r, "/meetings/"
          + t.freshMeeting(space, person) + "/log", Map.of("personId", String.valueOf(person), "invited", "true")), saved));
      Map<Role, Integer> seen = own ? PEOPLE_OWN : PEOPLE_OTHER;
      Map<Role, Integer> back = own ? expect(302, 302, 403, 403, 403) : expect(302, 404, 403, 403, 403);
      Map<String, String> reason = Map.of("reason", "Recorded by mistake");
      c.add(new Case<>("form: register of " + which + " meeting", (t, r) -> t.form(r, "/meetings/"
          + t.freshMeeting(space) + "/register", Map.of("present", String.valueOf(person))), saved));
      c.add(new Case<>("reload: register address of " + which + " meeting", (t, r) -> t.page(r, "/meetings/"
          + t.freshMeeting(space) + "/register"), back));
      c.add(new Case<>("reload: decisions address of " + which + " meeting", (t, r) -> t.page(r, "/meetings/"
          + t.freshMeeting(space) + "/decisions"), back));
      c.add(new Case<>("page: change " + which + " meeting", (t, r) -> t.page(r, "/meetings/"
          + t.freshMeeting(space) + "/edit"), seen));
      c.add(new Case<>("form: change " + which + " meeting", (t, r) -> t.form(r, "/meetings/" + t.freshMeeting(space)
          + "/edit", Map.of("spaceId", String.valueOf(space), "date", "2025-07-02", "title", "Changed", "version", "0")),
          saved));
      c.add(new Case<>("page: void " + which + " meeting", (t, r) -> t.page(r, "/meetings/"
          + t.freshMeeting(space) + "/void"), seen));
      c.add(new Case<>("form: void " + which + " meeting", (t, r) -> t.form(r, "/meetings/"
          + t.freshMeeting(space) + "/void", reason), saved));
      c.add(new Case<>("page: remove attendance at " + which + " meeting", (t, r) -> t.page(r, "/meetings/"
          + t.freshMeeting(space, person) + "/attendance/" + person + "/void"), seen));
      c.add(new Case<>("form: remove attendance at " + which + " meeting", (t, r) -> t.form(r, "/meetings/"
          + t.freshMeeting(space, person) + "/attendance/" + person + "/void", reason), saved));
      c.add(new Case<>("page: remove decision in " + which + " meeting", (t, r) -> {
        long m = t.freshMeeting(space, person);
        return t.page(r, "/meetings/" + m + "/decisions/" + t.fresh("decisions", m, person) + "/void");
      }, seen));
      c.add(new Case<>("form: remove decision in " + which + " meeting", (t, r) -> {
        long m = t.freshMeeting(space, person);
        return t.form(r, "/meetings/" + m + "/decisions/" + t.fresh("decisions", m, person) + "/void", reason);
      }, saved));
      c.add(new Case<>("page: remove action in " + which + " meeting", (t, r) -> {
        long m = t.freshMeeting(space, person);
        return t.page(r, "/meetings/" + m + "/actions/" + t.fresh("actions", m, person) + "/void");
      }, seen));
      c.add(new Case<>("form: remove action in " + which + " meeting", (t, r) -> {
        long m = t.freshMeeting(space, person);
        return t.form(r, "/meetings/" + m + "/actions/" + t.fresh("actions", m, person) + "/void", reason);
      }, saved));
      c.add(new Case<>("form: undo in " + which + " log", (t, r) -> {
        long m = t.freshMeeting(space, person);
        t.post(COORDINATOR, "/api/v1/meetings/" + m + "/contributions", "{\"personId\":" + person + "}");
        return t.form(r, "/meetings/" + m + "/log/undo", Map.of());
      }, saved));
    }
    // Pages
    c.add(new Case<>("page: spaces", (t, r) -> t.page(r, "/spaces"), MEASURES_OWN));
    c.add(new Case<>("download: spaces", (t, r) -> t.page(r, "/spaces/export?format=csv"), MEASURES_OWN));
    c.add(new Case<>("page: own space", (t, r) -> t.page(r, "/spaces/" + f.ownSpace), MEASURES_OWN));
    c.add(new Case<>("page: other space", (t, r) -> t.page(r, "/spaces/" + f.otherSpace), MEASURES_OTHER));
    c.add(new Case<>("page: new space", (t, r) -> t.page(r, "/spaces/new?partnershipId=" + f.ownPartnership), expect(200, 200, 403, 403, 403)));
    c.add(new Case<>("page: own meeting", (t, r) -> t.page(r, "/meetings/" + f.ownMeeting), PEOPLE_OWN));
    c.add(new Case<>("page: other meeting", (t, r) -> t.page(r, "/meetings/" + f.otherMeeting), PEOPLE_OTHER));
    c.add(new Case<>("page: own contribution log", (t, r) -> t.page(r, "/meetings/" + f.ownMeeting + "/log"), PEOPLE_OWN));
    c.add(new Case<>("page: other contribution log", (t, r) -> t.page(r, "/meetings/" + f.otherMeeting + "/log"), PEOPLE_OTHER));
    c.add(new Case<>("page: new meeting in other space", (t, r) -> t.page(r, "/meetings/new?spaceId=" + f.otherSpace),
        expect(200, 404, 403, 403, 403)));
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected, Case<SpacesAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
