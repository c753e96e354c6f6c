package org.phasezero.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.analysis.testing.SharedData;
import org.phasezero.cli.Cli;
import org.phasezero.cli.CliRun;
import org.phasezero.evidence.refiqda.QdaProject;
import org.phasezero.evidence.refiqda.QdpxReader;

/**
 * {@code phasezero evidence import} and {@code export} against an H2 database in a fresh data
 * folder: a project goes in and comes out with every code and coding; bad input is one line on
 * stderr, exit 2, and nothing stored.
 */
class EvidenceCliRoundTripTest {

  @TempDir
  Path dataDir;

  @Test
  void aProjectImportedFromTheCommandLineExportsWithEveryCodeAndCoding() throws Exception {
    Path qc = SharedData.file("refi-qda/qc132_demo.qdpx");
    CliRun imported = CliRun.of("evidence", "import", qc.toString(), "--project", "Board study",
        "--data-dir", dataDir.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("imported as project 'Board study'").contains("262 codes")
        .contains("205 codings");

    CliRun again = CliRun.of("evidence", "import", qc.toString(), "--project", "Board study",
        "--data-dir", dataDir.toString());
    assertThat(again.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(again.err().strip()).contains("already a project called 'Board study'").doesNotContain("\n");

    Path out = dataDir.resolve("board.qdpx");
    CliRun exported = CliRun.of("evidence", "export", "--project", "Board study", "--out", out.toString(),
        "--data-dir", dataDir.toString());
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    QdaProject original = new QdpxReader().read(qc).project();
    QdaProject back = new QdpxReader().read(out).project();
    assertThat(back.name()).isEqualTo("Board study");
    assertThat(back.codeBook()).isEqualTo(original.codeBook());
    assertThat(back.sources()).isEqualTo(original.sources());
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    Path notZip = dataDir.resolve("not.qdpx");
    Files.writeString(notZip, "hello");
    CliRun bad = CliRun.of("evidence", "import", notZip.toString(), "--data-dir", dataDir.toString());
    assertThat(bad.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(bad.err().strip()).contains("not a zip").doesNotContain("\n");

    CliRun missing = CliRun.of("evidence", "export", "--project", "No such", "--out",
        dataDir.resolve("x.qdpx").toString(), "--data-dir", dataDir.toString());
    assertThat(missing.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(missing.err()).contains("no live research project called 'No such'");
    assertThat(dataDir.resolve("x.qdpx")).doesNotExist();
  }
}
