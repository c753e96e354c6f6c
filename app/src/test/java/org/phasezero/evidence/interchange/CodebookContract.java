package org.phasezero.evidence.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phasezero.analysis.testing.SharedData;
import org.phasezero.evidence.refiqda.Code;
import org.phasezero.evidence.refiqda.QdcValidation;
import org.phasezero.evidence.refiqda.QdcValidator;
import org.phasezero.evidence.refiqda.QdpxReader;
import org.phasezero.evidence.refiqda.SharedCodebooks;
import org.phasezero.security.Role;
import org.phasezero.security.SystemActor;
import org.phasezero.support.Api;
import org.phasezero.support.TestNetwork;
import org.phasezero.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A project's codebook in and out as a REFI-QDA codebook (.qdc), on each supported database: the
 * export holds the live codes in tree order and is valid against the official Codebook.xsd; export,
 * import into an empty project and export again gives the same codes; an import merges by GUID
 * within the project (updates, additions, nothing removed); the codebooks of the real exports import
 * with every code in its place; bad files are refused with a clear 4xx and nothing stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CodebookContract {

  static final String A = "aaaaaaaa-1111-4111-8111-111111111111";
  static final String B = "bbbbbbbb-2222-4222-8222-222222222222";
  static final String C = "cccccccc-3333-4333-8333-333333333333";
  static final String D = "dddddddd-4444-4444-8444-444444444444";

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient db;

  @Value("${local.server.port}")
  int port;

  TestNetwork net;
  Api api;
  String researcher;

  @BeforeAll
  void setUp() {
    try (var system = SystemActor.enter("test fixture")) {
      net = new TestNetwork(context);
    }
    api = new Api(port);
    researcher = net.token(Role.RESEARCHER);
  }

  long project(String name) {
    Api.Response r = api.post("/api/v1/projects", researcher, Api.json(Map.of("name", name + " " + net.suffix)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  long code(long project, String name, String color, Long parent) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("description", "About " + name);
    if (color != null) {
      body.put("color", color);
    }
    if (parent != null) {
      body.put("parentId", parent);
    }
    Api.Response r = api.post("/api/v1/projects/" + project + "/codes", researcher, Api.json(body));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  byte[] export(long project) {
    return Uploads.download(port, researcher, "/api/v1/projects/" + project + "/codebook.qdc");
  }

  Api.Response importQdc(long project, String fileName, byte[] qdc) {
    return api.multipart("/api/v1/projects/" + project + "/codebook/import", researcher, Map.of(), "file", fileName,
        qdc);
  }

  static Path schema() {
    return SharedData.file("refi-qda/Codebook.xsd");
  }

  /** The project's live codes: GUID, name, description, colour and parent's GUID, in tree order by the API. */
  List<String> codes(long project) {
    return db.sql("""
            select c.guid, c.name, c.description, c.color, p.guid parent from evidence_code c
            left join evidence_code p on p.id = c.parent_id where c.project_id = ? and c.voided_at is null
            order by c.guid""").param(project)
        .query((rs, i) -> String.join("|", Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5)))).list();
  }

  static byte[] qdc(String codes) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"test\">"
        + "<Codes>" + codes + "</Codes></CodeBook>").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theExportHoldsTheLiveCodesInTreeOrderAndIsValidAgainstCodebookXsd() {
    long p = project("Export");
    long parent = code(p, "Being heard", "#005eb8", null);
    code(p, "Not heard", null, parent);
    long removed = code(p, "Removed", null, null);
    api.post("/api/v1/codes/" + removed + "/void", researcher, "{\"reason\":\"not needed\"}");

    byte[] file = export(p);
    QdcValidation validation = new QdcValidator(schema()).validate(file, "export.qdc");

    assertThat(validation.problems()).isEmpty();
    List<Code> roots = validation.codebook().codeBook().codes();
    assertThat(roots).extracting(Code::name).containsExactly("Being heard");
    assertThat(roots.get(0).color()).isEqualTo("#005EB8");
    assertThat(roots.get(0).description()).isEqualTo("About Being heard");
    assertThat(roots.get(0).codable()).isTrue();
    assertThat(roots.get(0).children()).extracting(Code::name).containsExactly("Not heard");
    assertThat(db.sql("select count(*) from audit_event where action = 'EXPORT' and entity_id = ? and summary like"
        + " 'Codebook of research project%'").param(String.valueOf(p)).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void exportThenImportIntoAnEmptyProjectThenExportAgainGivesTheSameCodes() {
    long p = project("Round trip from");
    long a = code(p, "Zeta", "#112233", null);
    code(p, "Alpha", null, a);
    code(p, "Beta & <friends>", "#ABCDEF", a);
    code(p, "Gamma", null, null);
    byte[] once = export(p);

    long empty = project("Round trip to");
    Api.Response r = importQdc(empty, "once.qdc", once);
    byte[] twice = export(empty);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("added").asInt()).isEqualTo(4);
    assertThat(new String(twice, StandardCharsets.UTF_8)).isEqualTo(new String(once, StandardCharsets.UTF_8));
    assertThat(codes(empty)).hasSize(4);
  }

  @Test
  void anImportMergesByGuidUpdatingAddingAndRemovingNothingInOneGo() {
    long p = project("Merge");
    long kept = code(p, "Kept", "#FF0000", null);
    long renamed = code(p, "Old name", null, null);
    long moved = code(p, "Moved", null, null);
    long untouched = code(p, "Not in the file", null, null);
    Map<Long, String> guid = new HashMap<>();
    for (long id : List.of(kept, renamed, moved, untouched)) {
      guid.put(id, db.sql("select guid from evidence_code where id = ?").param(id).query(String.class).single());
    }
    byte[] file = qdc("<Code guid=\"" + guid.get(kept) + "\" name=\"Kept\" isCodable=\"true\">"
        + "<Description>About Kept</Description>"
        + "<Code guid=\"" + guid.get(moved) + "\" name=\"Moved\" isCodable=\"true\" color=\"#0f0\">"
        + "<Description>About Moved</Description></Code>"
        + "<Code guid=\"" + A + "\" name=\"New child\" isCodable=\"true\" color=\"#123456\" note=\"x\"/></Code>"
        + "<Code guid=\"" + guid.get(renamed).toUpperCase() + "\" name=\"New name\" isCodable=\"true\">"
        + "<Description>About Old name</Description></Code>");

    Api.Response r = importQdc(p, "merge.qdc", file);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(List.of(r.json().get("added").asInt(), r.json().get("updated").asInt(),
        r.json().get("unchanged").asInt())).containsExactly(1, 2, 1);
    assertThat(r.body()).contains("ignored unknown attribute note of <Code>").contains("have no colour");
    assertThat(codes(p)).containsExactlyInAnyOrder(
        guid.get(kept) + "|Kept|About Kept|#FF0000|null",
        guid.get(renamed) + "|New name|About Old name|null|null",
        guid.get(moved) + "|Moved|About Moved|#00FF00|" + guid.get(kept),
        guid.get(untouched) + "|Not in the file|About Not in the file|null|null",
        A + "|New child|null|#123456|" + guid.get(kept));

    Api.Response again = importQdc(p, "merge.qdc", file);
    assertThat(List.of(again.json().get("added").asInt(), again.json().get("updated").asInt(),
        again.json().get("unchanged").asInt())).containsExactly(0, 0, 4);
  }

  @Test
  void aGuidOfAnotherProjectIsAddedHereAndLeavesTheOtherAlone() {
    long other = project("Other");
    long theirs = code(other, "Theirs", "#000000", null);
    String g = db.sql("select guid from evidence_code where id = ?").param(theirs).query(String.class).single();
    List<String> before = codes(other);
    long mine = project("Mine");

    Api.Response r = importQdc(mine, "shared.qdc", qdc("<Code guid=\"" + g + "\" name=\"Mine now\" isCodable=\"true\"/>"));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("added").asInt()).isEqualTo(1);
    assertThat(codes(mine)).containsExactly(g + "|Mine now|null|null|null");
    assertThat(codes(other)).isEqualTo(before);
  }

  @Test
  void aGuidOfARemovedCodeIsANewCodeWithANewGuidAndItsChildrenGoUnderIt() {
    long p = project("Removed");
    long removed = code(p, "Removed", null, null);
    String g = db.sql("select guid from evidence_code where id = ?").param(removed).query(String.class).single();
    api.post("/api/v1/codes/" + removed + "/void", researcher, "{\"reason\":\"not needed\"}");

    Api.Response r = importQdc(p, "back.qdc", qdc("<Code guid=\"" + g + "\" name=\"Back again\" isCodable=\"true\">"
        + "<Code guid=\"" + B + "\" name=\"Child\" isCodable=\"true\"/></Code>"));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("added").asInt()).isEqualTo(2);
    assertThat(r.body()).contains("belongs to a code removed from this codebook");
    List<String> live = codes(p);
    assertThat(live).hasSize(2).noneMatch(c -> c.startsWith(g));
    String newGuid = live.stream().filter(c -> c.contains("|Back again|")).findFirst().orElseThrow().split("\\|")[0];
    assertThat(live).contains(B + "|Child|null|null|" + newGuid);
    assertThat(db.sql("select voided_at is not null from evidence_code where id = ?").param(removed)
        .query(Boolean.class).single()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nvivo12_pyqdpx_oltas0517.qdpx", "nvivo15mac_qc_nvivo_project.qdpx", "qc132_demo.qdpx"})
  void theCodebookOfEachRealExportImportsWithEveryCodeInItsPlace(String file, @TempDir Path dir) throws Exception {
    Path qdpx = SharedData.file("refi-qda/" + file);
    Path qdc = SharedCodebooks.extract(qdpx, dir);
    List<String> expected = new ArrayList<>();
    new QdpxReader().read(qdpx).project().codeBook().codes().forEach(c -> expect(c, null, expected));
    long p = project("Real " + file);

    Api.Response r = importQdc(p, qdc.getFileName().toString(), java.nio.file.Files.readAllBytes(qdc));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("added").asInt()).isEqualTo(expected.size());
    assertThat(codes(p)).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static void expect(Code c, String parent, List<String> out) {
    String description = c.description() == null || c.description().isBlank() ? null : c.description().strip();
    out.add(String.join("|", Arrays.asList(c.guid(), c.name().strip(), description, c.color(), parent)));
    c.children().forEach(child -> expect(child, c.guid(), out));
  }

  @Test
  void badFilesAreRefusedWithAClear4xxAndNothingStored() {
    long p = project("Bad input");
    code(p, "Existing", null, null);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("a DTD with an external entity", ("<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM"
        + " \"file:///etc/passwd\">]><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"" + A
        + "\" name=\"&x;\" isCodable=\"true\"/></Codes></CodeBook>").getBytes(StandardCharsets.UTF_8));
    files.put("not XML", "name,colour\nA,#FF0000\n".getBytes(StandardCharsets.UTF_8));
    files.put("a project, not a codebook", ("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"P\"/>")
        .getBytes(StandardCharsets.UTF_8));
    files.put("the project namespace", ("<CodeBook xmlns=\"urn:QDA-XML:project:1.0\"><Codes><Code guid=\"" + A
        + "\" name=\"A\" isCodable=\"true\"/></Codes></CodeBook>").getBytes(StandardCharsets.UTF_8));
    files.put("no isCodable (schema-invalid)", qdc("<Code guid=\"" + A + "\" name=\"A\"/>"));
    files.put("a GUID of the wrong syntax (schema-invalid)", qdc("<Code guid=\"" + A + "\" name=\"A\" isCodable=\"true\">"
        + "<Code guid=\"12345\" name=\"B\" isCodable=\"true\"/></Code>"));
    files.put("a colour of the wrong syntax (schema-invalid)", qdc("<Code guid=\"" + A + "\" name=\"A\""
        + " isCodable=\"true\" color=\"red\"/>"));
    files.put("a GUID used twice in the file", qdc("<Code guid=\"" + A + "\" name=\"A\" isCodable=\"true\"/>"
        + "<Code guid=\"" + C + "\" name=\"C\" isCodable=\"true\"/><Code guid=\"" + A + "\" name=\"A2\""
        + " isCodable=\"true\"/>"));
    files.put("empty", new byte[0]);
    byte[] huge = new byte[5 * 1024 * 1024 + 1];
    Arrays.fill(huge, (byte) ' ');
    files.put("over 5 MB", huge);
    Map<String, Integer> status = new LinkedHashMap<>();
    status.put("a GUID used twice in the file", 422);
    status.put("a GUID of the wrong syntax (schema-invalid)", 422);
    status.put("a colour of the wrong syntax (schema-invalid)", 422);
    status.put("over 5 MB", 413);
    List<String> before = codes(p);
    long codesBefore = db.sql("select count(*) from evidence_code").query(Long.class).single();

    files.forEach((what, content) -> {
      Api.Response r = importQdc(p, "bad.qdc", content);
      assertThat(r.status()).as(what + ": " + r.body()).isEqualTo(status.getOrDefault(what, 400));
      assertThat(r.detail()).as(what).startsWith("bad.qdc");
      System.out.println(what + " -> " + r.status() + " " + r.detail());
    });

    assertThat(codes(p)).isEqualTo(before);
    assertThat(db.sql("select count(*) from evidence_code").query(Long.class).single()).isEqualTo(codesBefore);
  }

  @Test
  void theCodebookPageFormImportsAndSaysWhatChangedOrWhatIsWrong() {
    long p = project("Form");
    WebSession web = WebSession.signIn(port, net.usernames.get(Role.RESEARCHER), TestNetwork.PASSWORD);
    String page = "/research/" + p + "/codes";
    assertThat(web.get(page).body()).contains("/research/" + p + "/codebook/import").doesNotContain("codebook.qdc");

    WebSession.Page done = web.upload(page, "/research/" + p + "/codebook/import", "file", "book.qdc",
        qdc("<Code guid=\"" + D + "\" name=\"From a file\" isCodable=\"true\" color=\"#00ff00\"/>"));
    assertThat(done.status()).isEqualTo(302);
    assertThat(done.location()).contains("/research/" + p + "/codes");
    String after = web.get(page).body();
    assertThat(after).contains("1 code added, 0 updated and 0 unchanged").contains("From a file")
        .contains("/research/" + p + "/codebook.qdc");

    WebSession.Page refused = web.upload(page, "/research/" + p + "/codebook/import", "file", "bad.qdc",
        "not xml".getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("nhsuk-error-summary").contains("bad.qdc").contains("malformed XML");
    assertThat(codes(p)).hasSize(1);
  }
}
