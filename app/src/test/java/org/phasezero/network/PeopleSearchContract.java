package org.phasezero.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.Api;
import org.phasezero.support.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Searching people through {@code /api/v1/people?q=} on each database: the index finds who
 * matches, the database's scopes decide who is shown, and paging and counts agree. Every change
 * is found by the next search; a change that is rolled back never is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PeopleSearchContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  People people;

  @Autowired
  PlatformTransactionManager transactions;

  @Autowired
  PeopleSearch index;

  @Value("${local.server.port}")
  int port;

  Api api;
  TestNetwork net;
  String coordinator;
  /** A word no other test's names contain, so that the counts below are exact. */
  String word;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    net = new TestNetwork(context);
    coordinator = net.token(Role.COORDINATOR);
    word = "Zq" + net.suffix;
  }

  long add(String name, long organisationId) {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("displayName", name, "contactPreference", "NONE",
        "organisationId", organisationId, "differentPerson", true));
    var r = api.post("/api/v1/people", coordinator, Api.json(body));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  JsonNode search(String q, String token) {
    return search(q, token, "");
  }

  JsonNode search(String q, String token, String more) {
    var r = api.get("/api/v1/people?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)
        + more, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("items").forEach(p -> ids.add(p.get("id").asLong()));
    return ids;
  }

  @Test
  void severalWordsInAnyOrderFindNamePartsIgnoringCaseAndAccents() {
    long jose = add("José Núñez-Ibrahim " + word + "a", net.ownOrg.id());
    assertThat(ids(search("nunez jos " + word + "a", coordinator))).containsExactly(jose);
    assertThat(ids(search("IBRAHIM " + word.toUpperCase() + "A", coordinator))).containsExactly(jose);
    assertThat(ids(search("josé núñez", coordinator))).contains(jose);
    assertThat(search("ez-ibrahim " + word + "a", coordinator).get("total").asLong())
        .as("the middle of a word is not its start").isZero();
  }

  @Test
  void namesakesAreBothFoundAndPagedInNameOrderWithTheRightCount() {
    long first = add("Abena Ibrahim " + word + "b", net.ownOrg.id());
    long second = add("Abena Ibrahim " + word + "b", net.otherOrg.id());
    long third = add("Abena Ibrahimova " + word + "b", net.ownOrg.id());
    JsonNode page0 = search("abena ibrahim " + word + "b", coordinator, "&size=2&page=0");
    JsonNode page1 = search("abena ibrahim " + word + "b", coordinator, "&size=2&page=1");
    assertThat(page0.get("total").asLong()).isEqualTo(3);
    assertThat(page1.get("total").asLong()).isEqualTo(3);
    assertThat(ids(page0)).as("namesakes, in the order of their pseudonyms").containsExactlyInAnyOrder(first, second);
    assertThat(ids(page1)).containsExactly(third);
    assertThat(ids(search("abena " + word + "b " + net.suffix.substring(0, 3) + " beta", coordinator)))
        .as("the organisation's name tells namesakes apart").containsExactly(second);
  }

  @Test
  void theIndexNeverShowsSomeoneTheUserMayNotSee() {
    long own = add("Kwabena Asante " + word + "c", net.ownOrg.id());
    add("Kwabena Asante " + word + "c", net.otherOrg.id());
    JsonNode lead = search("kwabena asante " + word + "c", net.token(Role.SITE_LEAD));
    assertThat(ids(lead)).containsExactly(own);
    assertThat(lead.get("total").asLong()).isEqualTo(1);
    assertThat(search("kwabena " + word + "c", net.token(Role.RESEARCHER)).get("total").asLong())
        .as("researchers search pseudonyms, and see only people who consented").isZero();
  }

  @Test
  void voidedPeopleAreLeftOutUnlessAskedForAndErasedPeopleAreGone() {
    long voided = add("Efua Boateng " + word + "d", net.ownOrg.id());
    long erased = add("Efua Boateng " + word + "d", net.ownOrg.id());
    assertThat(search("efua " + word + "d", coordinator).get("total").asLong()).isEqualTo(2);
    assertThat(api.post("/api/v1/people/" + voided + "/void", coordinator, Api.json(Map.of("reason", "Added twice")))
        .status()).isEqualTo(200);
    assertThat(api.post("/api/v1/people/" + erased + "/erase", coordinator, Api.json(Map.of("reason", "Asked")))
        .status()).isEqualTo(200);
    assertThat(search("efua " + word + "d", coordinator).get("total").asLong()).isZero();
    assertThat(ids(search("efua " + word + "d", coordinator, "&includeVoided=true"))).containsExactly(voided);
    assertThat(index.matching("erased person", false, true)).as("erased people are not in the index at all")
        .doesNotContain(erased);
  }

  @Test
  void withdrawingConsentToSpecialCategoryDataLeavesThePersonFindable() {
    long id = add("Adjoa Frimpong " + word + "g", net.ownOrg.id());
    var consent = api.post("/api/v1/consents", coordinator, Api.json(Map.of("personId", id,
        "purpose", "SPECIAL_CATEGORY_DATA", "givenOn", "2025-05-01", "method", "WRITTEN")));
    assertThat(consent.status()).isEqualTo(201);
    assertThat(api.post("/api/v1/consents/" + consent.json().get("id").asLong() + "/withdraw", coordinator, "{}")
        .status()).isEqualTo(200);
    assertThat(ids(search("adjoa " + word + "g", coordinator))).containsExactly(id);
  }

  @Test
  void aChangedNameAMembershipAndARenamedOrganisationAreFoundByTheNextSearch() {
    long id = add("Yaw Darko " + word + "e", net.ownOrg.id());
    JsonNode person = api.get("/api/v1/people/" + id, coordinator).json();
    Map<String, Object> body = new LinkedHashMap<>(Map.of("displayName", "Yaw Mensah-Darko " + word + "e",
        "contactPreference", "NONE", "version", person.get("version").asInt()));
    assertThat(api.put("/api/v1/people/" + id, coordinator, Api.json(body)).status()).isEqualTo(200);
    assertThat(ids(search("mensah yaw " + word + "e", coordinator))).containsExactly(id);

    var org = api.post("/api/v1/organisations", coordinator, Api.json(Map.of("name", "Harmony Choir " + word + "e",
        "type", "COMMUNITY_GROUP", "side", "COMMUNITY"))).json();
    long orgId = org.get("id").asLong();
    assertThat(api.post("/api/v1/people/" + id + "/memberships", coordinator,
        Api.json(Map.of("organisationId", orgId))).status()).isEqualTo(200);
    assertThat(ids(search("harmony yaw " + word + "e", coordinator))).containsExactly(id);

    assertThat(api.put("/api/v1/organisations/" + orgId, coordinator, Api.json(Map.of("name",
        "Unity Singers " + word + "e", "type", "COMMUNITY_GROUP", "side", "COMMUNITY",
        "version", org.get("version").asInt()))).status()).isEqualTo(200);
    assertThat(ids(search("unity singers yaw", coordinator))).containsExactly(id);
    assertThat(search("harmony choir " + word + "e", coordinator).get("total").asLong()).isZero();
  }

  @Test
  void aPersonAddedInATransactionThatRollsBackIsNeverFound() {
    PersonForm f = new PersonForm();
    f.setDisplayName("Akosua Rolledback " + word + "f");
    f.setContactPreference(ContactPreference.NONE);
    f.setOrganisationId(net.ownOrg.id());
    SystemActor.run("tests", () -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      people.create(f);
      tx.setRollbackOnly();
    }));
    assertThat(search("akosua " + word + "f", coordinator).get("total").asLong()).isZero();
    assertThat(search("akosua " + word + "f", coordinator, "&includeVoided=true").get("total").asLong()).isZero();
  }
}
