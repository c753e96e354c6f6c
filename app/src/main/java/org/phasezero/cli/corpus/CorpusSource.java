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

  /**
   * The corpus for a command that counts types (freq, bigrams): there --ignore-case must fold the
   * tokens themselves, which a case-sensitive index cannot do after the fact.
   */
  Corpus loadForCounting() {
    Corpus corpus = load();
    if (index != null && tokens.ignoreCase && !corpus.tokenization().ignoreCase()) {
      throw new IllegalArgumentException("this index was built case-sensitively; rebuild it with "
          + "--ignore-case to count folded types");
    }
    return corpus;
  }

  boolean ignoreCase() {
    return tokens.ignoreCase;
  }
}
