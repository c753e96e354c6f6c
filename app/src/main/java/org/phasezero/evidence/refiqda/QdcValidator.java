package org.phasezero.evidence.refiqda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a {@code .qdc} codebook: against the official {@code Codebook.xsd} when one is supplied
 * (the caller names it, as for {@link QdpxValidator}), and in code, with or without it, what
 * {@link CodebookCheck} checks and that every set's {@code MemberCode} names a code of the file.
 * A file the reader refuses outright (unsafe, not XML, not a codebook) is a problem, not an
 * exception, here.
 */
public final class QdcValidator {

  private final QdaSchema schema;

  /** Checks in code only: no schema. */
  public QdcValidator() {
    this.schema = null;
  }

  /**
   * Checks against the schema at {@code codebookXsd} as well.
   *
   * @throws IllegalArgumentException when the schema cannot be read
   */
  public QdcValidator(Path codebookXsd) {
    this.schema = QdaSchema.load(codebookXsd);
  }

  public QdcValidation validate(Path qdc) {
    try {
      if (Files.size(qdc) > QdcReader.MAX_BYTES) {
        return new QdcValidation(null, false, List.of(qdc.getFileName() + ": more than "
            + QdcReader.MAX_BYTES / (1024 * 1024) + " MB, too large for a codebook"), List.of());
      }
      return validate(Files.readAllBytes(qdc), qdc.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + qdc, e);
    }
  }

  public QdcValidation validate(byte[] qdc, String name) {
    List<String> problems = new ArrayList<>();
    if (schema != null && qdc.length <= QdcReader.MAX_BYTES) {
      problems.addAll(schema.problems(qdc, name));
    }
    ImportedCodebook codebook = null;
    List<String> warnings = List.of();
    try {
      codebook = new QdcReader().read(qdc, name);
      warnings = codebook.warnings();
      problems.addAll(CodebookCheck.problems(codebook.codeBook()));
      Set<String> codes = new HashSet<>();
      codebook.codeBook().allCodes().filter(c -> GuidSyntax.isValid(c.guid()))
          .forEach(c -> codes.add(GuidSyntax.canonical(c.guid())));
      for (QdaSet set : codebook.sets()) {
        for (String member : set.memberCodes()) {
          if (!GuidSyntax.isValid(member) || !codes.contains(GuidSyntax.canonical(member))) {
            problems.add("Set '" + set.name() + "': MemberCode " + member + " names no code of the codebook");
          }
        }
      }
    } catch (QdpxException e) {
      problems.add(e.getMessage());
    }
    return new QdcValidation(codebook, schema != null, problems, warnings);
  }
}
