package org.phasezero.evidence.refiqda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QdpxValidatorTest {

  private static final String CODE = "5067d381-1dc9-4816-81dd-ae1dbfea2ad7";
  private static final String MISSING_CODE = "9dfe9815-44e3-4922-bedd-ae1dbfed8b5c";
  private static final String SOURCE = "68bbdc14-c361-4432-b4dd-ae1dbfc12890";
  private static final String SELECTION = "7154a758-6873-4134-badd-ae1dc04d3086";
  private static final String CODING = "da50c6de-cd58-40da-a7e3-be4b82d7f00c";

  @ParameterizedTest
  @ValueSource(strings = {RefiQdaFiles.NVIVO_12, RefiQdaFiles.NVIVO_15_MAC, RefiQdaFiles.QC_132})
  void theSharedExportsAreValidAgainstSchemaAndReferences(String name) {
    QdpxValidation validation = new QdpxValidator(RefiQdaFiles.schema())
        .validate(RefiQdaFiles.file(name));

    assertThat(validation.problems()).isEmpty();
    assertThat(validation.valid()).isTrue();
    assertThat(validation.schemaChecked()).isTrue();
  }

  @Test
  void aDanglingCodeRefIsOneProblemNamingIt() {
    byte[] qdpx = project("0", "4", MISSING_CODE, "color=\"#FF0000\"");

    QdpxValidation validation = new QdpxValidator(RefiQdaFiles.schema()).validate(qdpx);

    assertThat(validation.problems()).containsExactly("Coding " + CODING + " in PlainTextSelection "
        + SELECTION + " in TextSource " + SOURCE + ": CodeRef " + MISSING_CODE
        + " names no code of the project");
  }

  @Test
  void aSelectionOutsideItsSourceIsAProblem() {
    byte[] qdpx = project("3", "40", CODE, "color=\"#FF0000\"");

    QdpxValidation validation = new QdpxValidator().validate(qdpx);

    assertThat(validation.problems()).containsExactly("PlainTextSelection " + SELECTION
        + " in TextSource " + SOURCE + ": [3, 40) lies outside the text, which has 10 characters");
    assertThat(validation.warnings()).as("said once, as a problem").isEmpty();
    assertThat(validation.schemaChecked()).isFalse();
  }

  @Test
  void aSchemaViolationIsReportedWithLineColumnAndElement() {
    byte[] qdpx = project("0", "4", CODE, "color=\"red\"");

    QdpxValidation validation = new QdpxValidator(RefiQdaFiles.schema()).validate(qdpx);

    assertThat(validation.problems()).isNotEmpty().allSatisfy(p -> assertThat(p)
        .startsWith("project.qde:1:").contains("<Code guid=\"" + CODE + "\">: cvc-"));
  }

  @Test
  void referencesToUsersAndDuplicateGuidsAreChecked() {
    String xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\" creatingUserGUID=\""
        + MISSING_CODE + "\"><CodeBook><Codes>"
        + "<Code guid=\"" + CODE + "\" name=\"a\" isCodable=\"true\"/>"
        + "<Code guid=\"{" + CODE.toUpperCase() + "}\" name=\"b\" isCodable=\"true\"/>"
        + "<Code guid=\"not-a-guid\" name=\"c\" isCodable=\"true\"/>"
        + "</Codes></CodeBook></Project>";

    QdpxValidation validation = new QdpxValidator().validate(Zips.project(xml));

    assertThat(validation.problems()).containsExactly(
        "Code {" + CODE.toUpperCase() + "} 'b': duplicate GUID, already used by Code " + CODE + " 'a'",
        "Code not-a-guid 'c': guid 'not-a-guid' is not a GUID",
        "Project: creatingUserGUID " + MISSING_CODE + " names no user of the project");
  }

  @Test
  void anUnreadableSchemaIsRefusedUpFront() {
    assertThatThrownBy(() -> new QdpxValidator(Path.of("no/such/Project.xsd")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such schema file");
  }

  @Test
  void anUnsafeFileIsRefusedNotValidated() {
    assertThatThrownBy(() -> new QdpxValidator().validate("plain text".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(QdpxException.class);
  }

  /** One code, one text source of 10 characters, one coded selection. */
  private static byte[] project(String start, String end, String codeRef, String codeColor) {
    String xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes>"
        + "<Code guid=\"" + CODE + "\" name=\"c\" isCodable=\"true\" " + codeColor + "/>"
        + "</Codes></CodeBook><Sources>"
        + "<TextSource guid=\"" + SOURCE + "\" plainTextPath=\"internal://t.txt\">"
        + "<PlainTextSelection guid=\"" + SELECTION + "\" startPosition=\"" + start
        + "\" endPosition=\"" + end + "\"><Coding guid=\"" + CODING + "\"><CodeRef targetGUID=\""
        + codeRef + "\"/></Coding></PlainTextSelection></TextSource></Sources></Project>";
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("project.qde", xml.getBytes(StandardCharsets.UTF_8));
    entries.put("sources/t.txt", "short text".getBytes(StandardCharsets.UTF_8));
    return Zips.of(entries);
  }
}
