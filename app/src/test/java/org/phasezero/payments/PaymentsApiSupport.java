package org.phasezero.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the payments contracts share: a fixture made through the real services (network,
 * partnership, funder, real meetings), the rate card they claim against, and small helpers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PaymentsApiSupport {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  Files files;
  PaymentsFixture fx;
  String coordinator;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    files = new Files(port);
    fx = new PaymentsFixture(context);
    coordinator = fx.net.token(Role.COORDINATOR);
    rate("MEETING", "HOUR", "20.00", "2024-01-01");
    rate("MEETING", "HOUR", "25.00", "2025-04-01");
    rate("MEETING", "SESSION", "40.00", "2024-01-01");
  }

  void rate(String activity, String unit, String amount, String from) {
    var r = api.post("/api/v1/rates", coordinator, Api.json(Map.of("activity", activity, "unit", unit,
        "amount", amount, "validFrom", from, "source", "NIHR payment guidance, March 2024")));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  Map<String, Object> claim(long person, long meeting, String quantity, List<Map<String, Object>> expenses) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("personId", person);
    body.put("meetingId", meeting);
    body.put("activity", "MEETING");
    body.put("unit", "HOUR");
    body.put("quantity", quantity);
    body.put("expenses", expenses);
    return body;
  }

  static Map<String, Object> expense(String category, String amount) {
    return Map.of("category", category, "amount", amount, "description", "receipt kept");
  }

  long submit(LocalDate date, String hours, List<Map<String, Object>> expenses) {
    var r = api.post("/api/v1/claims", coordinator, Api.json(claim(fx.net.ownPerson, fx.meeting(date), hours, expenses)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  long count(String table) {
    return db.sql("select count(*) from " + table).query(Long.class).single();
  }

  static BigDecimal money(Api.Response r, String field) {
    return new BigDecimal(r.json().get(field).asString());
  }
}
