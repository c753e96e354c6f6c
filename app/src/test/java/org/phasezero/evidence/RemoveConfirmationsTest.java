package org.phasezero.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each "remove with a reason" link of the research pages, followed as a person would: open the
 * link on the record's page, send the confirmation form to wherever it says, and the record is
 * voided with the reason given.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoveConfirmationsTest {

  static final Pattern FORM_ACTION = Pattern.compile("<form action=\"([^\"]+)\"[^>]*id=\"form-top\"");

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  EvidenceFixture fx;
  Api api;
  String token;
  WebSession session;

  @BeforeAll
  void setUp() {
    fx = new EvidenceFixture(context);
    api = new Api(port);
    token = fx.net.token(Role.COORDINATOR);
    session = WebSession.signIn(port, fx.net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"code", "case", "source", "coding", "member"})
  void theConfirmationFormVoidsTheRecordItWasOpenedFor(String kind) {
    String reason = "Removed in a test " + UUID.randomUUID();
    long code = api.post("/api/v1/projects/" + fx.ownProject + "/codes", token,
        Api.json(Map.of("name", "Code " + UUID.randomUUID()))).json().get("id").asLong();
    String[] record = switch (kind) {
      case "code" -> new String[] {"/research/codes/" + code, "evidence_code", String.valueOf(code)};
      case "case" -> {
        long id = api.post("/api/v1/cases", token, Api.json(Map.of("projectId", fx.ownProject, "name", "Case")))
            .json().get("id").asLong();
        yield new String[] {"/research/cases/" + id, "evidence_case", String.valueOf(id)};
      }
      case "source" -> {
        long id;
        try (var system = org.phasezero.security.SystemActor.enter("test fixture")) {
          id = context.getBean(Sources.class).add(fx.ownProject, new SourceDetails("To remove", SourceKind.DOCUMENT),
              SourceMedia.TEXT, EvidenceFixture.transcript(List.of("A paragraph.\n")), null, null, Map.of()).id();
        }
        yield new String[] {"/research/sources/" + id, "evidence_source", String.valueOf(id)};
      }
      case "coding" -> {
        long id = api.post("/api/v1/codings", token, Api.json(Map.of("sourceId", fx.ownSource, "codeId", code,
            "start", 0, "end", 11))).json().get("id").asLong();
        yield new String[] {"/research/sources/codings/" + id, "coding", String.valueOf(id)};
      }
      default -> {
        String username = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
        try (var system = org.phasezero.security.SystemActor.enter("test fixture")) {
          context.getBean(org.phasezero.security.Accounts.class).create(username, "Leaving", Role.RESEARCHER, null,
              TestNetwork.PASSWORD);
        }
        long id = api.post("/api/v1/projects/" + fx.ownProject + "/members", token,
            Api.json(Map.of("username", username))).json().get("id").asLong();
        yield new String[] {"/research/" + fx.ownProject, "project_member", String.valueOf(id)};
      }
    };
    String page = session.get(record[0]).body();
    Matcher link = Pattern.compile("href=\"(" + Pattern.quote(kind.equals("member") ? "/research/" + fx.ownProject
        + "/members/" + record[2] : record[0]) + "/[a-z]+)\"").matcher(page);
    assertThat(link.find()).as("a remove link on " + record[0]).isTrue();
    var confirmation = session.get(link.group(1));
    assertThat(confirmation.status()).isEqualTo(200);
    Matcher action = FORM_ACTION.matcher(confirmation.body());
    assertThat(action.find()).as(confirmation.body()).isTrue();
    var answer = session.post(link.group(1), action.group(1), Map.of("reason", reason));
    assertThat(answer.status()).as(action.group(1) + " answers the form").isEqualTo(302);
    String table = record[1];
    assertThat(db.sql("select void_reason from " + table + " where id = ?").param(Long.parseLong(record[2]))
        .query(String.class).single()).isEqualTo(reason);
  }
}
