package org.phasezero.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.cli.Cli;
import org.phasezero.cli.CliRun;

class CorpusBadInputTest {

  @TempDir
  Path dir;

  private static void assertBadInput(CliRun run, String... fragments) {
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains(fragments).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("missing.txt");
    assertBadInput(CliRun.of("corpus", "freq", missing.toString()), missing + ": no such file");
  }

  @Test
  void anUnknownEncodingIsNamed() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "a b");
    assertBadInput(CliRun.of("corpus", "freq", f.toString(), "--encoding", "klingon-8"),
        "unknown encoding 'klingon-8'");
  }

  @Test
  void bytesInvalidInAnExplicitEncodingNameTheFileAndLine() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'a', '\n', 'b', '\n', 'c', (byte) 0xFF, '\n'});
    assertBadInput(CliRun.of("corpus", "freq", f.toString(), "--encoding", "UTF-8"),
        f + ":3: bytes not valid UTF-8");
  }

  @Test
  void anInvalidRegexIsNamed() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "a b");
    assertBadInput(CliRun.of("corpus", "freq", f.toString(), "--token-pattern", "(unclosed"),
        "invalid token pattern '(unclosed'");
  }

  @Test
  void aFolderThatIsNotAnIndexIsRejected() throws IOException {
    assertBadInput(CliRun.of("corpus", "kwic", "--index", dir.toString(), "--query", "a"),
        dir + ": not a PhaseZero corpus index");
    assertBadInput(CliRun.of("corpus", "freq", "--index", dir.resolve("nope").toString()),
        "no such index folder");
    Path file = Files.writeString(dir.resolve("plain.txt"), "a b");
    assertBadInput(CliRun.of("corpus", "freq", "--index", file.toString()),
        file + ": not a PhaseZero corpus index (a file");
  }

  @Test
  void aTruncatedIndexIsRejected() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "a b c a b c");
    Path idx = dir.resolve("idx");
    assertThat(CliRun.of("corpus", "index", f.toString(), "--out", idx.toString()).exitCode())
        .isZero();
    try (FileChannel ch = FileChannel.open(idx.resolve("corpus.pzc"), StandardOpenOption.WRITE)) {
      ch.truncate(ch.size() - 8);
    }
    assertBadInput(CliRun.of("corpus", "freq", "--index", idx.toString()),
        "truncated corpus index");
  }

  @Test
  void countingFoldedTypesNeedsAnIndexBuiltIgnoringCase() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "A a");
    Path idx = dir.resolve("idx");
    assertThat(CliRun.of("corpus", "index", f.toString(), "--out", idx.toString()).exitCode())
        .isZero();
    assertBadInput(CliRun.of("corpus", "freq", "--index", idx.toString(), "--ignore-case"),
        "built case-sensitively");
    assertBadInput(CliRun.of("corpus", "freq", "--index", idx.toString(), "--token-pattern",
        "\\w+"), "--token-pattern and --encoding apply to text files");
  }

  @Test
  void negativeSizesForTheCalculatorAreRejected() {
    assertBadInput(CliRun.of("corpus", "ll", "--freq1", "1", "--size1", "-5", "--freq2", "1",
        "--size2", "10"), "--size1 must be positive, was -5");
    assertBadInput(CliRun.of("corpus", "ll", "--freq1", "11", "--size1", "10", "--freq2", "1",
        "--size2", "10"), "cannot exceed");
    assertBadInput(CliRun.of("corpus", "ll", "--freq1", "x", "--size1", "10", "--freq2", "1",
        "--size2", "10"), "--freq1");
  }

  @Test
  void filesAndAnIndexTogetherOrNeitherAreRejected() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "a b");
    assertBadInput(CliRun.of("corpus", "freq"), "either text FILES or --index DIR");
    assertBadInput(CliRun.of("corpus", "freq", f.toString(), "--index", dir.toString()),
        "either text FILES or --index DIR");
  }

  @Test
  void unknownMeasuresAndBadWindowsAreRejected() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "a b");
    assertBadInput(CliRun.of("corpus", "collocates", f.toString(), "--node", "a", "--measure",
        "dice"), "unknown association measure 'dice'");
    assertBadInput(CliRun.of("corpus", "collocates", f.toString(), "--node", "a", "--window",
        "0"), "--window must be at least 1");
    assertBadInput(CliRun.of("corpus", "keyness", "--target", f.toString(), "--reference",
        f.toString(), "--measure", "chi"), "unknown keyness measure 'chi'");
  }

  @Test
  void anEmptyReferenceCorpusIsRejected() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "a b");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "...");
    assertBadInput(CliRun.of("corpus", "keyness", "--target", f.toString(), "--reference",
        empty.toString()), "the reference corpus has no tokens");
  }
}
