package org.phasezero.cli.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.analysis.testing.SharedData;
import org.phasezero.cli.Cli;
import org.phasezero.cli.CliRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code phasezero discourse} against an H2 database in a fresh data folder: a real forum export
 * (Counsel Chat: 2,129 answers in 815 threads by 307 therapists, with embedded new lines) imported
 * into a new posts corpus, then its frequency list, keyword in context and collocates; bad input is
 * reported on stderr with exit 2.
 */
class DiscourseCliTest {

  @TempDir
  Path dataDir;

  @Test
  void aForumExportIsImportedAndAnalysedFromTheCommandLine() throws Exception {
    // A project to hold the corpus, made the way the command line makes projects: from a REFI-QDA file.
    CliRun project = CliRun.of("evidence", "import", SharedData.file("refi-qda/qc132_demo.qdpx").toString(),
        "--project", "Counselling talk", "--data-dir", dataDir.toString());
    assertThat(project.exitCode()).as(project.err()).isZero();

    Path posts = SharedData.file("corpora/online_posts/counsel_chat_2020-03-25.csv");
    CliRun imported = CliRun.of("discourse", "import-posts", posts.toString(), "--text", "answerText", "--author",
        "therapistURL", "--thread", "questionID", "--forum", "topic", "--corpus", "Counsel Chat", "--project",
        "Counselling talk", "--ignore-case", "--data-dir", dataDir.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("done into corpus 'Counsel Chat'").contains("(2,129 read)");

    CliRun freq = CliRun.of("discourse", "freq", "--corpus", "Counsel Chat", "--top", "5", "--format", "json",
        "--data-dir", dataDir.toString());
    assertThat(freq.exitCode()).as(freq.err()).isZero();
    JsonNode f = JsonMapper.builder().build().readTree(freq.out());
    assertThat(f.get("texts").asInt()).isBetween(2000, 2129);
    assertThat(f.get("tokens").asInt()).isGreaterThan(100_000);
    assertThat(f.get("entries").get(0).get("type").asString()).isEqualTo("you");

    CliRun kwic = CliRun.of("discourse", "kwic", "--corpus", "Counsel Chat", "--query", "therapist", "--top", "3",
        "--format", "csv", "--data-dir", dataDir.toString());
    assertThat(kwic.exitCode()).as(kwic.err()).isZero();
    assertThat(kwic.out().lines().findFirst().orElseThrow()).isEqualTo("left,node,right,where,side,link");
    assertThat(kwic.out()).contains("/discourse/corpora/").contains("author-");

    CliRun collocates = CliRun.of("discourse", "collocates", "--corpus", "Counsel Chat", "--node", "anxiety",
        "--data-dir", dataDir.toString());
    assertThat(collocates.exitCode()).as(collocates.err()).isZero();
    assertThat(collocates.out()).contains("'anxiety'").contains("(logdice)").contains("depression");

    CliRun ngrams = CliRun.of("discourse", "ngrams", "--corpus", "Counsel Chat", "--n", "3", "--top", "3",
        "--format", "csv", "--data-dir", dataDir.toString());
    assertThat(ngrams.exitCode()).as(ngrams.err()).isZero();
    List<String> rows = ngrams.out().lines().toList();
    assertThat(rows.get(0)).isEqualTo("rank,words,frequency,per_million,texts");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1)).startsWith("1,").matches("1,[a-z' ]+ [a-z' ]+ [a-z' ]+,\\d+,[0-9.]+,\\d+");
    CliRun tooLong = CliRun.of("discourse", "ngrams", "--corpus", "Counsel Chat", "--n", "7",
        "--data-dir", dataDir.toString());
    assertThat(tooLong.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(tooLong.err()).contains("2 to 6");

    // A result computed with Spark, kept with the project; the same name again, or a file that is not Spark's, refused.
    Path result = dataDir.resolve("freq.json");
    Files.writeString(result, "{\"tokens\": 100, \"types\": 3, \"documents\": 2, \"top\": [{\"rank\": 1, "
        + "\"type\": \"you\", \"frequency\": 10, \"per_million\": \"100000.0000\"}]}");
    CliRun kept = CliRun.of("discourse", "import-result", result.toString(), "--project", "Counselling talk", "--name",
        "Counsel Chat on Spark", "--data-dir", dataDir.toString());
    assertThat(kept.exitCode()).as(kept.err()).isZero();
    assertThat(kept.out()).contains("kept as 'Counsel Chat on Spark' in project 'Counselling talk' (frequencies)")
        .contains("/discourse/spark-results/");
    CliRun again = CliRun.of("discourse", "import-result", result.toString(), "--project", "Counselling talk", "--name",
        "counsel chat on spark", "--data-dir", dataDir.toString());
    assertThat(again.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(again.err()).contains("already has a Spark result");
    Path notSpark = dataDir.resolve("list.json");
    Files.writeString(notSpark, "[1, 2]");
    CliRun refused = CliRun.of("discourse", "import-result", notSpark.toString(), "--project", "Counselling talk",
        "--name", "Numbers", "--data-dir", dataDir.toString());
    assertThat(refused.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(refused.err()).contains("list.json").contains("not a JSON object");

    // Bad input: no such corpus, a column the file lacks, the same sub-corpus both sides of a comparison.
    CliRun missing = CliRun.of("discourse", "freq", "--corpus", "No such", "--data-dir", dataDir.toString());
    assertThat(missing.exitCode()).isEqualTo(Cli.BAD_INPUT);
    Path small = dataDir.resolve("small.jsonl");
    Files.writeString(small, "{\"body\": \"hello\"}\n");
    CliRun badColumn = CliRun.of("discourse", "import-posts", small.toString(), "--text", "message", "--corpus",
        "Counsel Chat", "--data-dir", dataDir.toString());
    assertThat(badColumn.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(badColumn.err()).contains("no column 'message'");
    CliRun same = CliRun.of("discourse", "keyness", "--corpus", "Counsel Chat", "--data-dir", dataDir.toString());
    assertThat(same.exitCode()).isEqualTo(Cli.BAD_INPUT);
  }
}
