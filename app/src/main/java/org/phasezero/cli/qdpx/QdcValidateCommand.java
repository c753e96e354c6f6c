package org.phasezero.cli.qdpx;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phasezero.cli.Cli;
import org.phasezero.cli.CliFailure;
import org.phasezero.evidence.refiqda.QdcValidation;
import org.phasezero.evidence.refiqda.QdcValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phasezero qdc validate FILE [--schema Codebook.xsd]}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {
        "Check a REFI-QDA codebook file against the QDA-XML Codebook.xsd (when given), and in any case"
            + " GUID and colour syntax, GUIDs used twice, and sets naming codes the file lacks.",
        "Valid: one summary line on stdout, exit 0. Invalid: one line per problem on stderr,"
            + " exit 2. Deviations (unknown attributes or elements) are printed as warnings and do"
            + " not make a file invalid."})
public class QdcValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The .qdc file.")
  Path file;

  @Option(names = "--schema", paramLabel = "XSD", defaultValue = "${env:PHASEZERO_QDC_SCHEMA}",
      description = "The QDA-XML 1.0 Codebook.xsd (default: $PHASEZERO_QDC_SCHEMA). Not bundled:"
          + " without it the checks in code alone are made.")
  Path schema;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw CliFailure.in(file, "no such file");
    }
    QdcValidator validator = schema == null ? new QdcValidator() : new QdcValidator(schema);
    QdcValidation validation = validator.validate(file);
    PrintWriter err = spec.commandLine().getErr();
    validation.warnings().forEach(w -> err.println(file + ": warning: " + w));
    if (!validation.valid()) {
      validation.problems().forEach(p -> err.println(file + ": " + p));
      return Cli.BAD_INPUT;
    }
    var book = validation.codebook();
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
        "%s: valid REFI-QDA codebook%s: %d codes, %d levels deep, %d sets; %s; %d warning%s",
        file, book.origin() == null ? "" : " from " + book.origin(), book.codeBook().allCodes().count(),
        book.codeBook().depth(), book.sets().size(),
        validation.schemaChecked() ? "schema checked"
            : "schema not checked (give --schema or PHASEZERO_QDC_SCHEMA)",
        validation.warnings().size(), validation.warnings().size() == 1 ? "" : "s"));
    return 0;
  }
}
