package org.phasezero.cli.qdpx;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phasezero.cli.Cli;
import org.phasezero.cli.CliFailure;
import org.phasezero.evidence.refiqda.ProjectCounts;
import org.phasezero.evidence.refiqda.QdpxException;
import org.phasezero.evidence.refiqda.QdpxValidation;
import org.phasezero.evidence.refiqda.QdpxValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero qdpx validate FILE [--schema Project.xsd]}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {
        "Check a REFI-QDA project file: project.qde against the QDA-XML Project.xsd (when given),"
            + " and in any case every reference between elements (codes, sources, notes, users),"
            + " GUIDs, selections within their text and embedded files.",
        "Valid: one summary line on stdout, exit 0. Invalid: one line per problem on stderr,"
            + " exit 2. Deviations common in real exports are printed as warnings and do not"
            + " make a file invalid."})
public class QdpxValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The .qdpx file.")
  Path file;

  @Option(names = "--schema", paramLabel = "XSD", defaultValue = "${env:PHASEZERO_QDA_SCHEMA}",
      description = "The QDA-XML 1.0 Project.xsd (default: $PHASEZERO_QDA_SCHEMA). Not bundled:"
          + " without it only references are checked.")
  Path schema;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw CliFailure.in(file, "no such file");
    }
    QdpxValidator validator = schema == null ? new QdpxValidator() : new QdpxValidator(schema);
    QdpxValidation validation;
    try {
      validation = validator.validate(file);
    } catch (QdpxException e) {
      throw CliFailure.in(file, e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    validation.warnings().forEach(w -> err.println(file + ": warning: " + w));
    if (!validation.valid()) {
      validation.problems().forEach(p -> err.println(file + ": " + p));
      return Cli.BAD_INPUT;
    }
    ProjectCounts n = ProjectCounts.of(validation.project());
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
        "%s: valid REFI-QDA project '%s'%s: %d users, %d codes, %d sources, %d selections,"
            + " %d codings; %s; %d warning%s",
        file, validation.project().name(),
        validation.project().origin() == null ? "" : " from " + validation.project().origin(),
        n.users(), n.codes(), n.sources(), n.selections(), n.codings(),
        validation.schemaChecked() ? "schema and references checked"
            : "references checked, schema not (give --schema or PHASEZERO_QDA_SCHEMA)",
        validation.warnings().size(), validation.warnings().size() == 1 ? "" : "s"));
    return 0;
  }
}
