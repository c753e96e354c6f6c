package org.phasezero.value;

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
 * Value side by side × every role × a partnership the site lead's organisation is in (own) and one
 * it is not (other): everyone reads it (each dimension as they may see it); another partnership's
 * is 404 to a site lead, as everywhere.
 */
@OnH2
@CoversEveryHandler({"org.phasezero.value.web.sidebyside"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SetUpAsSystem.class)
class SideBySideAccessMatrixTest {

  @Autowired
  ApplicationContext context;

  @Value("${local.server.port}")
  int port;

  Api api;
  ValueFixture fx;
  ValueFixture elsewhere;
  final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void setUp() {
    api = new Api(port);
    fx = new ValueFixture(context, api);
    elsewhere = new ValueFixture(context, api);
    for (Role r : Role.values()) {
      sessions.put(r, WebSession.signIn(port, fx.net.usernames.get(r), TestNetwork.PASSWORD));
    }
  }

  List<Case<SideBySideAccessMatrixTest>> cases() {
    List<Case<SideBySideAccessMatrixTest>> c = new ArrayList<>();
    Map<Role, Integer> everyone = expect(200, 200, 200, 200, 200);
    c.add(new Case<>("GET side by side", (t, r) -> t.api.get("/api/v1/value/side-by-side", t.fx.net.token(r))
        .status(), everyone));
    c.add(new Case<>("page: side by side", (t, r) -> t.sessions.get(r).get("/value/side-by-side").status(),
        everyone));
    for (boolean own : List.of(true, false)) {
      String which = own ? "own" : "other";
      Map<Role, Integer> read = own ? everyone : expect(200, 404, 200, 200, 200);
      c.add(new Case<>("GET side by side of " + which, (t, r) -> t.api.get("/api/v1/value/side-by-side/"
          + (own ? t.fx : t.elsewhere).partnership, t.fx.net.token(r)).status(), read));
      c.add(new Case<>("page: side by side of " + which, (t, r) -> t.sessions.get(r).get("/value/side-by-side/"
          + (own ? t.fx : t.elsewhere).partnership).status(), read));
    }
    return c;
  }

  Stream<Arguments> matrix() {
    return AccessMatrix.arguments(cases());
  }

  @ParameterizedTest(name = "{0} as {1} answers {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessItsScopeAllows(String name, Role role, int expected,
      Case<SideBySideAccessMatrixTest> c) {
    assertThat(c.call().apply(this, role)).as(name + " as " + role).isEqualTo(expected);
  }
}
