package org.phasezero.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.support.Api;
import org.phasezero.support.OnH2;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A personal access token cannot create, list or revoke tokens: otherwise a leaked token could mint
 * fresh year-long tokens that outlive revoking it. Managing tokens needs a signed-in session.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokensNeedASignedInSessionTest {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  TestNetwork net;
  Api api;

  @BeforeAll
  void setUp() {
    net = new TestNetwork(context);
    api = new Api(port);
  }

  long tokensOf(Role role) {
    return db.sql("select count(*) from access_token t join account a on a.id = t.account_id where a.username = ?")
        .param(net.usernames.get(role)).query(Long.class).single();
  }

  @Test
  void aBearerTokenCannotCreateATokenAndIsToldWhy() {
    long before = tokensOf(Role.RESEARCHER);
    var r = api.post("/api/v1/tokens", net.token(Role.RESEARCHER), Api.json(Map.of("name", "escape", "validForDays", 366)));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.detail()).contains("access token").contains("sign in");
    assertThat(tokensOf(Role.RESEARCHER)).isEqualTo(before);
  }

  @Test
  void aBearerTokenCannotListOrRevokeTokens() {
    String token = net.token(Role.COORDINATOR);
    assertThat(api.get("/api/v1/tokens", token).status()).isEqualTo(403);
    long id = db.sql("select max(t.id) from access_token t join account a on a.id = t.account_id where a.username = ?")
        .param(net.usernames.get(Role.COORDINATOR)).query(Long.class).single();
    assertThat(api.post("/api/v1/tokens/" + id + "/revoke", token, "").status()).isEqualTo(403);
    assertThat(db.sql("select count(*) from access_token where id = ? and revoked_at is null").param(id)
        .query(Long.class).single()).as("still active").isEqualTo(1);
  }

  @Test
  void aSignedInSessionManagesTokensThroughTheApi() {
    WebSession session = WebSession.signIn(port, net.usernames.get(Role.SITE_LEAD), TestNetwork.PASSWORD);
    long before = tokensOf(Role.SITE_LEAD);
    var created = session.sendJson("POST", "/account/tokens", "/api/v1/tokens",
        Api.json(Map.of("name", "from the browser", "validForDays", 30)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"secret\":\"pz_");
    assertThat(tokensOf(Role.SITE_LEAD)).isEqualTo(before + 1);
    assertThat(session.get("/account/tokens").body()).contains("from the browser");
  }
}
