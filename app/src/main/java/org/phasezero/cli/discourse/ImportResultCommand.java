package org.phasezero.cli.discourse;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.phasezero.cli.CliFailure;
import org.phasezero.cli.DatabaseOptions;
import org.phasezero.cli.SpringTask;
import org.phasezero.discourse.SparkResult;
import org.phasezero.discourse.SparkResults;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.NotFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code phasezero discourse import-result keyness.json --project NAME --name NAME}: keeps a
 * result of {@code phasezero spark … --format json} with a research project, where its people read
 * it on the Discourse page.
 */
@Command(name = "import-result", mixinStandardHelpOptions = true,
    description = "Keep a result of 'phasezero spark ... --format json' (a frequency list, keyness, collocates or "
        + "word-list counts) with a research project, to read and download on the Discourse page.")
public class ImportResultCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The JSON that phasezero spark wrote.")
  Path file;

  @Option(names = "--project", paramLabel = "NAME", required = true, description = "The research project, by name.")
  String project;

  @Option(names = "--name", paramLabel = "NAME", required = true, description = "The result's name in the project.")
  String name;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw CliFailure.in(file, "no such file");
    }
    String json;
    try {
      json = Files.readString(file);
    } catch (CharacterCodingException e) {
      throw CliFailure.in(file, "is not UTF-8 text");
    } catch (IOException e) {
      throw CliFailure.in(file, "cannot be read: " + e.getMessage());
    }
    SparkResult kept;
    try {
      kept = SpringTask.run(database.properties(), context -> context.getBean(SparkResults.class)
          .add(context.getBean(ResearchProjects.class).byName(project).id(), name, json));
    } catch (Conflict | NotFound e) {
      throw CliFailure.in(file, e.getMessage());
    }
    spec.commandLine().getOut().println(file + ": kept as '" + kept.name() + "' in project '" + kept.projectName()
        + "' (" + kept.kind().name().toLowerCase(java.util.Locale.ROOT) + "): /discourse/spark-results/" + kept.id());
    return 0;
  }
}
