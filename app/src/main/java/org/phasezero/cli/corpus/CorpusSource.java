package org.phasezero.cli.corpus;

import java.nio.file.Path;
import java.util.List;
import org.phasezero.analysis.corpus.Corpus;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The corpus a query command reads: text FILES, or a saved index with {@code --index DIR}. */
public class CorpusSource {

  @Parameters(paramLabel = "FILES", arity = "0..*",
      description = "Plain-text files, one document each.")
  List<Path> files;

  @Option(names = "--index", paramLabel = "DIR",
      description = "A folder written by 'phasezero corpus index' (instead of FILES).")
  Path index;

  @Mixin
  TokenOptions tokens;

  Corpus load() {
    return CorpusReader.read(files, index, tokens);
  }

  boolean ignoreCase() {
    return tokens.ignoreCase;
  }
}
