package org.phasezero.cli.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.phasezero.cli.CliFailure;
import org.phasezero.cli.DatabaseOptions;
import org.phasezero.cli.SpringTask;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.interchange.ProjectInterchange;
import org.phasezero.shared.NotFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasezero evidence export --project NAME --out FILE.qdpx}: a research project as REFI-QDA. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export a research project as a REFI-QDA .qdpx (valid against QDA-XML 1.0 Project.xsd), as the"
        + " system (audited as system/cli). Withheld turns read [withheld]; voided codings are left out.",
        "Exported: one line on stdout, exit 0. No such project or an unwritable file: one line on stderr, exit 2."})
public class EvidenceExportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--project", required = true, paramLabel = "NAME", description = "The project's name.")
  String project;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the .qdpx.")
  Path out;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    Path folder = out.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw CliFailure.in(out, "its folder does not exist");
    }
    byte[] bytes;
    try {
      bytes = SpringTask.run(database.properties(), context -> {
        long id = context.getBean(ResearchProjects.class).byName(project).id();
        return context.getBean(ProjectInterchange.class).export(id);
      });
    } catch (NotFound e) {
      throw new CliFailure("there is no live research project called '" + project + "'");
    }
    try {
      Files.write(out, bytes);
    } catch (IOException e) {
      throw CliFailure.in(out, "cannot be written: " + e.getMessage());
    }
    spec.commandLine().getOut().println(out + ": project '" + project + "' exported (" + bytes.length + " bytes)");
    return 0;
  }
}
