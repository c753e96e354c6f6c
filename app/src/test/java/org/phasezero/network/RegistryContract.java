package org.phasezero.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.phasezero.security.Role;
import org.phasezero.support.Api;
import org.phasezero.support.Race;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network registry through its JSON API, run against each supported database (H2 and
 * PostgreSQL): create, find, change, void, consent, audit, and every kind of bad input answered
 * with a clear problem and nothing half-written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegistryContract {

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  Api api;
  TestNetwork net;
  String coordinator;

  @BeforeAll
  void setUp() {
    api = new Api(port);
    net = new TestNetwork(context);
    coordinator = net.token(Role.COORDINATOR);
  }

  Map<String, Object> organisation(String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("type", "FAITH_ORGANISATION");
    body.put("side", "COMMUNITY");
    body.put("languages", "Tamil, English");
    return body;
  }

  long count(String table) {
    return db.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void aCoordinatorAddsFindsChangesAndVoidsAnOrganisation() {
    var created = api.post("/api/v1/organisations", coordinator, Api.json(organisation("Sri Murugan Temple " + net.suffix)));
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().get("id").asLong();

    var found = api.get("/api/v1/organisations?q=murugan+temple+" + net.suffix, coordinator);
    assertThat(found.json().get("total").asLong()).isEqualTo(1);
    assertThat(found.json().get("items").get(0).get("name").asString()).isEqualTo("Sri Murugan Temple " + net.suffix);

    Map<String, Object> change = organisation("Sri Murugan Temple " + net.suffix);
    change.put("communities", "Tamil");
    change.put("version", 0);
    var changed = api.put("/api/v1/organisations/" + id, coordinator, Api.json(change));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("communities").asString()).isEqualTo("Tamil");
    assertThat(changed.json().get("version").asInt()).isEqualTo(1);

    var voided = api.post("/api/v1/organisations/" + id + "/void", coordinator, "{\"reason\":\"entered twice\"}");
    assertThat(voided.status()).isEqualTo(200);
    assertThat(voided.json().get("voidReason").asString()).isEqualTo("entered twice");
    assertThat(api.get("/api/v1/organisations?q=murugan+temple+" + net.suffix, coordinator).json().get("total").asLong())
        .as("voided records are hidden from lists by default").isZero();

    var trail = api.get("/api/v1/audit?entityType=organisation&entityId=" + id, coordinator).json().get("items");
    assertThat(trail).extracting(n -> n.get("action").asString()).containsExactly("VOID", "UPDATE", "CREATE");
    JsonNode update = trail.get(1);
    assertThat(update.get("before").asString()).contains("\"communities\":null");
    assertThat(update.get("after").asString()).contains("\"communities\":\"Tamil\"");
  }

  @Test
  void editingAVoidedRecordIsAConflictAndChangesNothing() {
    long id = api.post("/api/v1/organisations", coordinator, Api.json(organisation("Closed Group " + net.suffix)))
        .json().get("id").asLong();
    api.post("/api/v1/organisations/" + id + "/void", coordinator, "{\"reason\":\"closed\"}");
    Map<String, Object> reopened = organisation("Reopened " + net.suffix);
    reopened.put("version", api.get("/api/v1/organisations/" + id, coordinator).json().get("version").asInt());
    var edit = api.put("/api/v1/organisations/" + id, coordinator, Api.json(reopened));
    assertThat(edit.status()).isEqualTo(409);
    assertThat(edit.detail()).contains("voided");
    assertThat(api.get("/api/v1/organisations/" + id, coordinator).json().get("name").asString())
        .isEqualTo("Closed Group " + net.suffix);
  }

  @Test
  void aDuplicateNameIsAConflictNamingTheField() {
    long before = count("organisation");
    var dup = api.post("/api/v1/organisations", coordinator, Api.json(organisation(net.ownOrg.name().toUpperCase())));
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    assertThat(count("organisation")).isEqualTo(before);
  }

  @Test
  void malformedJsonIsABadRequestThatSaysSo() {
    var r = api.post("/api/v1/organisations", coordinator, "{\"name\": \"Unclosed");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).contains("application/problem+json");
    assertThat(r.detail()).contains("not valid JSON");
  }

  /** A phone number is digits as people write them; letters, or too few digits, are refused, quickly even when long. */
  @Test
  void aPhoneNumberIsDigitsAsPeopleWriteThem() {
    for (String phone : List.of("07700 900123", "+44 (0)20 7946-0000", "")) {
      Map<String, Object> body = new java.util.HashMap<>(Map.of("displayName", "Phone " + java.util.UUID.randomUUID(),
          "contactPreference", "NONE", "phone", phone));
      assertThat(api.post("/api/v1/people", coordinator, Api.json(body)).status()).as(phone).isEqualTo(201);
    }
    for (String phone : List.of("abc", "0770", "07700 abc 123", "1 ".repeat(19) + "x")) {
      var r = api.post("/api/v1/people", coordinator, Api.json(Map.of("displayName", "Phone " + java.util.UUID.randomUUID(),
          "contactPreference", "PHONE", "phone", phone)));
      assertThat(r.status()).as(phone).isEqualTo(400);
      assertThat(r.body()).as(phone).contains("Enter a phone number in digits");
    }
  }

  @Test
  void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
    Map<String, Object> body = organisation("Enum Test " + net.suffix);
    body.put("side", "sideways");
    var r = api.post("/api/v1/organisations", coordinator, Api.json(body));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.detail()).contains("side", "sideways", "COMMUNITY", "STATUTORY", "INDEPENDENT");
  }

  @Test
  void aWrongTypeNamesTheField() {
    var r = api.post("/api/v1/ties", coordinator,
        "{\"fromPersonId\": \"not-a-number\", \"toPersonId\": 1, \"kind\": \"BONDING\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.detail()).contains("fromPersonId");
  }

  @Test
  void anUnknownFieldIsRejectedRatherThanIgnored() {
    Map<String, Object> body = organisation("Typo Test " + net.suffix);
    body.put("langauges", "Somali");
    var r = api.post("/api/v1/organisations", coordinator, Api.json(body));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.detail()).contains("langauges");
  }

  @Test
  void overLongAndMissingFieldsAreListedWithoutStoringAnything() {
    long before = count("organisation");
    Map<String, Object> body = organisation("x".repeat(201));
    body.remove("type");
    var r = api.post("/api/v1/organisations", coordinator, Api.json(body));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors")).extracting(e -> e.get("field").asString()).contains("name", "type");
    assertThat(count("organisation")).isEqualTo(before);
  }

  @Test
  void aTieTrustOutsideOneToFiveIsRefused() {
    long before = count("tie");
    var r = api.post("/api/v1/ties", coordinator, Api.json(Map.of(
        "fromPersonId", net.ownPerson, "toPersonId", net.otherPerson, "kind", "LINKING", "trust", 6)));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("trust");
    assertThat(count("tie")).isEqualTo(before);
  }

  @Test
  void aPseudonymNamesOnePersonHoweverManyAskForItAtOnce() throws Exception {
    // Research sources find a speaker (and check their research consent) by pseudonym: two people
    // sharing one would leave the speaker unlinked and their consent unchecked.
    String pseudonym = "Quiet Heron " + net.suffix;
    List<Integer> created = Race.of(() -> api.post("/api/v1/people", coordinator, Api.json(Map.of(
        "displayName", "Namesake " + java.util.UUID.randomUUID(), "pseudonym", pseudonym, "contactPreference", "PHONE",
        "phone", "07700 900456"))).status());
    assertThat(Race.count(created, 201)).as(created.toString()).isEqualTo(1);
    assertThat(Race.count(created, 409)).as(created.toString()).isEqualTo(Race.THREADS - 1);
    assertThat(db.sql("select count(*) from person where pseudonym = ?").param(pseudonym).query(Long.class).single())
        .isEqualTo(1);
    var refused = api.post("/api/v1/people", coordinator, Api.json(Map.of("displayName", "Another " + net.suffix,
        "pseudonym", pseudonym, "contactPreference", "PHONE", "phone", "07700 900456")));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("Another person already has this pseudonym");
    // Made pseudonyms are never a repeat, however many people are added.
    java.util.Set<String> made = new java.util.HashSet<>();
    for (int i = 0; i < 40; i++) {
      made.add(api.post("/api/v1/people", coordinator, Api.json(Map.of("displayName", "Made " + i + " " + net.suffix,
          "contactPreference", "PHONE", "phone", "07700 900456"))).json().get("pseudonym").asString());
    }
    assertThat(made).hasSize(40);
    assertThat(db.sql("select count(*) from (select pseudonym from person where pseudonym is not null"
        + " group by pseudonym having count(*) > 1) repeats").query(Long.class).single()).isZero();
  }

  @Test
  void simultaneousConsentsAndMembershipsAreRecordedOnce() throws Exception {
    long id = api.post("/api/v1/people", coordinator, Api.json(Map.of(
        "displayName", "Race Test " + net.suffix, "contactPreference", "PHONE", "phone", "07700 900456")))
        .json().get("id").asLong();
    String consent = Api.json(Map.of("personId", id, "purpose", "RESEARCH_USE", "givenOn", "2025-05-01",
        "method", "WRITTEN"));
    List<Integer> consents = Race.of(() -> api.post("/api/v1/consents", coordinator, consent).status());
    assertThat(Race.count(consents, 201)).as(consents.toString()).isEqualTo(1);
    assertThat(Race.count(consents, 409)).as(consents.toString()).isEqualTo(Race.THREADS - 1);
    assertThat(db.sql("select count(*) from consent where person_id = ?").param(id).query(Long.class).single())
        .isEqualTo(1);

    String membership = Api.json(Map.of("organisationId", net.otherOrg.id()));
    List<Integer> joins = Race.of(() -> api.post("/api/v1/people/" + id + "/memberships", coordinator, membership)
        .status());
    assertThat(Race.count(joins, 200)).as(joins.toString()).isEqualTo(1);
    assertThat(Race.count(joins, 409)).as(joins.toString()).isEqualTo(Race.THREADS - 1);
    assertThat(db.sql("select count(*) from membership where person_id = ?").param(id).query(Long.class).single())
        .isEqualTo(1);

    // A withdrawn consent no longer stands: the same purpose can be consented to again.
    long consentId = db.sql("select id from consent where person_id = ?").param(id).query(Long.class).single();
    assertThat(api.post("/api/v1/consents/" + consentId + "/withdraw", coordinator, "{}").status()).isEqualTo(200);
    assertThat(api.post("/api/v1/consents", coordinator, consent).status()).isEqualTo(201);
  }

  @Test
  void addingSomeoneWarnsOfANamesakeNeedsTheirContactDetailAndMakesUpAPseudonym() {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("displayName", "Abena Mensah " + net.suffix,
        "contactPreference", "EMAIL", "organisationId", net.ownOrg.id()));
    var noEmail = api.post("/api/v1/people", coordinator, Api.json(body));
    assertThat(noEmail.status()).isEqualTo(409);
    assertThat(noEmail.json().get("errors").get(0).get("field").asString()).isEqualTo("email");

    body.put("email", "abena." + net.suffix + "@example.org");
    var first = api.post("/api/v1/people", coordinator, Api.json(body));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("pseudonym").asString()).as("made up when none was given")
        .matches("[A-Z][a-z]+ [A-Z][a-z]+ [1-9][0-9]{1,2}");

    var namesake = api.post("/api/v1/people", coordinator, Api.json(body));
    assertThat(namesake.status()).isEqualTo(409);
    assertThat(namesake.detail()).contains("already someone called Abena Mensah " + net.suffix, "different person");
    body.put("differentPerson", true);
    assertThat(api.post("/api/v1/people", coordinator, Api.json(body)).status())
        .as("a namesake confirmed as a different person").isEqualTo(201);
    body.put("differentPerson", false);
    body.put("organisationId", net.otherOrg.id());
    assertThat(api.post("/api/v1/people", coordinator, Api.json(body)).status())
        .as("the same name in another organisation is no warning").isEqualTo(201);
  }

  @Test
  void aPersonWithoutEmailIsFirstClass() {
    var r = api.post("/api/v1/people", coordinator, Api.json(Map.of(
        "displayName", "Mrs Kaur " + net.suffix, "contactPreference", "THROUGH_ORGANISATION",
        "organisationId", net.ownOrg.id())));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("email").isNull()).isTrue();
    assertThat(r.json().get("memberships").get(0).get("organisationId").asLong()).isEqualTo(net.ownOrg.id());
  }

  @Test
  void specialCategoryDataNeedsConsentIsAuditedWhenViewedAndIsErasedOnWithdrawal() {
    long id = api.post("/api/v1/people", coordinator, Api.json(Map.of(
        "displayName", "Consent Test " + net.suffix, "contactPreference", "PHONE", "phone", "07700 900333")))
        .json().get("id").asLong();
    Map<String, Object> withData = new LinkedHashMap<>(Map.of(
        "displayName", "Consent Test " + net.suffix, "contactPreference", "PHONE", "phone", "07700 900333",
        "ethnicGroup", "ASIAN_PAKISTANI", "religion", "MUSLIM", "version", 0));

    var refused = api.put("/api/v1/people/" + id, coordinator, Api.json(withData));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.detail()).contains("consent");

    var consent = api.post("/api/v1/consents", coordinator, Api.json(Map.of("personId", id,
        "purpose", "SPECIAL_CATEGORY_DATA", "givenOn", "2025-05-01", "method", "WRITTEN")));
    assertThat(consent.status()).isEqualTo(201);
    assertThat(api.put("/api/v1/people/" + id, coordinator, Api.json(withData)).status()).isEqualTo(200);

    long viewsBefore = api.get("/api/v1/audit?action=VIEW_SPECIAL_CATEGORY&entityId=" + id, coordinator)
        .json().get("total").asLong();
    var listed = api.get("/api/v1/people?q=" + java.net.URLEncoder.encode("Consent Test " + net.suffix,
        java.nio.charset.StandardCharsets.UTF_8), coordinator).json().get("items");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("ethnicGroup").isNull()).as("lists leave special-category data out").isTrue();
    assertThat(listed.get(0).get("religion").isNull()).isTrue();
    assertThat(api.get("/api/v1/audit?action=VIEW_SPECIAL_CATEGORY&entityId=" + id, coordinator)
        .json().get("total").asLong()).as("so a list is no unaudited view").isEqualTo(viewsBefore);

    var viewed = api.get("/api/v1/people/" + id, coordinator);
    assertThat(viewed.json().get("ethnicGroup").asString()).isEqualTo("ASIAN_PAKISTANI");
    assertThat(api.get("/api/v1/audit?action=VIEW_SPECIAL_CATEGORY&entityId=" + id, coordinator)
        .json().get("total").asLong()).isGreaterThanOrEqualTo(1);

    long consentId = consent.json().get("id").asLong();
    assertThat(api.post("/api/v1/consents/" + consentId + "/withdraw", coordinator, "{}").status()).isEqualTo(200);
    JsonNode after = api.get("/api/v1/people/" + id, coordinator).json();
    assertThat(after.get("ethnicGroup").isNull()).isTrue();
    assertThat(after.get("religion").isNull()).isTrue();
    assertThat(api.get("/api/v1/audit?action=ERASE&entityId=" + id, coordinator).json().get("total").asLong())
        .isEqualTo(1);
    assertThat(db.sql("""
            select count(*) from audit_event where entity_type = 'person' and entity_id = ?
            and ((coalesce(before_state, '') || coalesce(after_state, '')) like '%ASIAN_PAKISTANI%'
              or (coalesce(before_state, '') || coalesce(after_state, '')) like '%MUSLIM%')""")
        .param(String.valueOf(id)).query(Long.class).single())
        .as("the audit trail's snapshots of the person keep no special-category value").isZero();
  }

  @Test
  void erasureScrubsThePersonsOwnRowsAndWhereOthersReferToThemNothingElse() {
    // "Ali" and "Ali Khan" are different people; Ali's pseudonym happens to be a value other records use.
    String ali = "Ali " + net.suffix;
    String aliKhan = "Ali " + net.suffix + " Khan";
    long aliId = api.post("/api/v1/people", coordinator, Api.json(Map.of("displayName", ali, "pseudonym", "BONDING",
        "contactPreference", "PHONE", "phone", "07700 900111"))).json().get("id").asLong();
    long khanId = api.post("/api/v1/people", coordinator, Api.json(Map.of("displayName", aliKhan,
        "contactPreference", "PHONE", "phone", "07700 900222"))).json().get("id").asLong();
    var tie = api.post("/api/v1/ties", coordinator, Api.json(Map.of("fromPersonId", aliId, "toPersonId", khanId,
        "kind", "BONDING", "trust", 4)));
    assertThat(tie.status()).as(tie.body()).isEqualTo(201);
    long tieId = tie.json().get("id").asLong();
    long orgId = api.post("/api/v1/organisations", coordinator, Api.json(organisation(ali))).json().get("id").asLong();
    long untouchedBefore = db.sql("select count(*) from audit_event where (coalesce(summary, '') || coalesce(before_state, '')"
        + " || coalesce(after_state, '')) like '%BONDING%'").query(Long.class).single();

    assertThat(api.post("/api/v1/people/" + aliId + "/erase", coordinator, "{\"reason\":\"request 7\"}").status())
        .isEqualTo(200);

    String tieRow = auditOf("tie", tieId);
    assertThat(tieRow).contains(aliKhan, "[erased]", "\"kind\":\"BONDING\"").doesNotContain("\"" + ali + "\"");
    assertThat(auditOf("person", khanId)).as("Ali Khan's own rows").contains(aliKhan).doesNotContain("[erased]");
    assertThat(auditOf("organisation", orgId)).as("a record that does not refer to Ali").contains(ali)
        .doesNotContain("[erased]");
    assertThat(auditOf("person", aliId)).doesNotContain(ali, "07700 900111", "BONDING");
    assertThat(db.sql("select summary from audit_event where entity_type = 'tie' and entity_id = ?")
        .param(String.valueOf(tieId)).query(String.class).single()).contains("[erased]", aliKhan);
    assertThat(db.sql("select count(*) from audit_event where (coalesce(summary, '') || coalesce(before_state, '')"
        + " || coalesce(after_state, '')) like '%BONDING%'").query(Long.class).single())
        .as("only Ali's own pseudonym went, not the tie kinds that share its value").isEqualTo(untouchedBefore - 1);
  }

  /** Every audit row of a record, summaries and snapshots, as one string. */
  String auditOf(String type, long id) {
    return String.join("\n", db.sql("select coalesce(summary, '') || coalesce(before_state, '') || coalesce(after_state, '')"
        + " from audit_event where entity_type = ? and entity_id = ?").params(type, String.valueOf(id))
        .query(String.class).list());
  }

  @Test
  void erasureRemovesAPersonsIdentifyingDataFromTheRecordAndTheAuditTrail() {
    String name = "Erin Erasable " + net.suffix;
    String email = "erin." + net.suffix + "@example.org";
    long id = api.post("/api/v1/people", coordinator, Api.json(Map.of("displayName", name, "contactPreference", "EMAIL",
        "email", email, "organisationId", net.ownOrg.id()))).json().get("id").asLong();
    api.post("/api/v1/ties", coordinator, Api.json(Map.of("fromPersonId", id, "toPersonId", net.ownPerson, "kind", "BONDING")));
    String anyCopy = "select count(*) from audit_event where summary like ? or before_state like ? or after_state like ?";
    assertThat(db.sql(anyCopy).params("%" + name + "%", "%" + name + "%", "%" + name + "%").query(Long.class).single())
        .isPositive();

    assertThat(api.post("/api/v1/people/" + id + "/erase", net.token(Role.SITE_LEAD), "{\"reason\":\"request\"}").status())
        .as("only a coordinator erases").isEqualTo(403);
    var erased = api.post("/api/v1/people/" + id + "/erase", coordinator, "{\"reason\":\"subject access request 42\"}");
    assertThat(erased.status()).isEqualTo(200);
    assertThat(erased.json().get("displayName").asString()).doesNotContain("Erin");
    assertThat(erased.json().get("email").isNull()).isTrue();
    assertThat(erased.json().get("voidReason").asString()).contains("subject access request 42");

    for (String value : new String[] {name, email}) {
      assertThat(db.sql(anyCopy).params("%" + value + "%", "%" + value + "%", "%" + value + "%").query(Long.class).single())
          .as("no copy of " + value + " is left in the audit trail").isZero();
    }
    assertThat(api.get("/api/v1/audit?action=ERASE&entityId=" + id, coordinator).json().get("total").asLong()).isEqualTo(1);
    assertThat(api.get("/api/v1/ties?personId=" + id, coordinator).json().get("total").asLong())
        .as("the tie stays, by id").isEqualTo(1);
  }

  @Test
  void aResearcherSeesOnlyConsentedPeopleWithoutNamesOrContactDetails() {
    var list = api.get("/api/v1/people?size=200", net.token(Role.RESEARCHER)).json().get("items");
    assertThat(list).extracting(n -> n.get("id").asLong())
        .contains(net.ownResearchPerson, net.otherResearchPerson)
        .doesNotContain(net.ownPerson, net.otherPerson);
    JsonNode p = api.get("/api/v1/people/" + net.ownResearchPerson, net.token(Role.RESEARCHER)).json();
    String pseudonym = api.get("/api/v1/people/" + net.ownResearchPerson, coordinator).json().get("pseudonym").asString();
    // Everyone has a pseudonym (one is made up when none is given), and the researcher sees only that.
    assertThat(p.get("displayName").asString()).doesNotContain("Ayo").isEqualTo(pseudonym);
    assertThat(p.get("phone").isNull()).isTrue();
    assertThat(p.get("pseudonymised").asBoolean()).isTrue();
  }

  /**
   * A person's page offers the organisations they could be added to, not those they belong to,
   * starting on no choice; adding without choosing says what to do on the same page.
   */
  @Test
  void addingAPersonToAnOrganisationOffersOthersAndSaysWhenNoneIsChosen() {
    WebSession session = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD);
    String page = "/people/" + net.ownPerson;
    String body = session.get(page).body();
    String select = body.substring(body.indexOf("id=\"organisationId\""), body.indexOf("</select>",
        body.indexOf("id=\"organisationId\"")));
    assertThat(select).contains("Choose an organisation", ">" + net.otherOrg.name() + "<")
        .doesNotContain(">" + net.ownOrg.name() + "<");
    var refused = session.post(page, page + "/memberships", Map.of("organisationId", ""));
    assertThat(refused.status()).isEqualTo(302);
    assertThat(refused.location()).contains("membershipMissing");
    assertThat(session.get(page + "?membershipMissing").body()).contains("Choose the organisation to add them to.");
  }

  /** Two people of one name on a page of the list are told apart by their pseudonyms; others show only their name. */
  @Test
  void namesakesOnAPageOfPeopleShowTheirPseudonyms() {
    String name = "Abena Namesake " + net.suffix;
    java.util.List<String> pseudonyms = new java.util.ArrayList<>();
    try (var system = org.phasezero.security.SystemActor.enter("test fixture")) {
      People people = context.getBean(People.class);
      for (int i = 0; i < 2; i++) {
        PersonForm f = TestNetwork.person(name, net.ownOrg.id());
        f.setDifferentPerson(true);
        pseudonyms.add(people.create(f).pseudonym());
      }
      people.create(TestNetwork.person("Kofi Only " + net.suffix, net.ownOrg.id()));
    }
    WebSession session = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD);
    String page = session.get("/people?q=" + net.suffix).body();
    assertThat(page).contains("Pseudonym: " + pseudonyms.get(0), "Pseudonym: " + pseudonyms.get(1), "Kofi Only");
    assertThat(page.split("pz-namesake", -1)).hasSize(3);
  }

  @Test
  void aRevokedTokenNoLongerWorks() {
    // Tokens are managed in a signed-in session (a token may not create or revoke tokens).
    WebSession session = WebSession.signIn(port, net.usernames.get(Role.COORDINATOR), TestNetwork.PASSWORD);
    var created = session.sendJson("POST", "/account/tokens", "/api/v1/tokens", "{\"name\":\"short-lived\"}");
    assertThat(created.status()).isEqualTo(201);
    JsonNode body = JsonMapper.builder().build().readTree(created.body());
    String secret = body.get("secret").asString();
    assertThat(api.get("/api/v1/organisations", secret).status()).isEqualTo(200);
    long id = body.get("token").get("id").asLong();
    assertThat(session.sendJson("POST", "/account/tokens", "/api/v1/tokens/" + id + "/revoke", null).status())
        .isEqualTo(200);
    var after = api.get("/api/v1/organisations", secret);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.contentType()).contains("application/problem+json");
  }

  @Test
  void withoutATokenTheApiAnswers401NotARedirect() {
    var r = api.get("/api/v1/people", null);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.contentType()).contains("application/problem+json");
  }

  @Test
  void theOpenApiDocumentDescribesTheRegistry() {
    var r = api.get("/v3/api-docs", coordinator);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("/api/v1/organisations", "/api/v1/people", "/api/v1/ties", "/api/v1/consents",
        "/api/v1/audit", "/api/v1/tokens", "/api/v1/sites");
  }
}
