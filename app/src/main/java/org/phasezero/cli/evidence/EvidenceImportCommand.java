package org.phasezero.cli.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phasezero.cli.CliFailure;
import org.phasezero.cli.DatabaseOptions;
import org.phasezero.cli.SpringTask;
import org.phasezero.evidence.interchange.ImportResult;
import org.phasezero.evidence.interchange.ProjectInterchange;
import org.phasezero.evidence.interchange.QdpxRefused;
import org.phasezero.shared.Conflict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phasezero evidence import FILE.qdpx [--project NAME]}: a REFI-QDA project into the database. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import a REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder, qc) as a new research"
        + " project, all or nothing, as the system (audited as system/cli).",
        "Imported: one summary line on stdout and any warnings on stderr, exit 0. Refused (unsafe, inconsistent,"
            + " name taken): one line on stderr, exit 2, nothing stored."})
public class EvidenceImportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The .qdpx file.")
  Path file;

  @Option(names = "--project", paramLabel = "NAME",
      description = "Name of the new project (default: the name in the file, numbered if already in use).")
  String project;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw CliFailure.in(file, "no such file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw CliFailure.in(file, "cannot be read: " + e.getMessage());
    }
    ImportResult r;
    try {
      r = SpringTask.run(database.properties(), context -> context.getBean(ProjectInterchange.class)
          .importProject(bytes, project, file.getFileName().toString()));
    } catch (QdpxRefused e) {
      throw new CliFailure(e.getMessage());
    } catch (Conflict e) {
      throw CliFailure.in(file, e.getMessage());
    }
    r.warnings().forEach(w -> spec.commandLine().getErr().println(file + ": warning: " + w));
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
        "%s: imported as project '%s' (id %d): %d codes, %d sources, %d selections, %d codings, %d memos,"
            + " %d cases; %d warning%s",
        file, r.project().name(), r.project().id(), r.codes(), r.sources(), r.selections(), r.codings(), r.memos(),
        r.cases(), r.warnings().size(), r.warnings().size() == 1 ? "" : "s"));
    return 0;
  }
}
