package org.phasezero.cli.corpus;

import java.nio.charset.Charset;
import org.phasezero.analysis.corpus.TextDecoding;
import org.phasezero.analysis.corpus.Tokenization;
import picocli.CommandLine.Option;

/** How text files are decoded and tokenised: shared by every command that reads text. */
public class TokenOptions {

  @Option(names = "--token-pattern", paramLabel = "REGEX",
      description = "Regular expression for one token (default: runs of Unicode letters and "
          + "digits with inner ' or -, e.g. don't, well-being). Example: '\\w+|[^\\w\\s]+'.")
  String pattern;

  @Option(names = "--ignore-case",
      description = "Fold case: lower-case tokens (text input) or match the word in any case "
          + "(queries on an index).")
  boolean ignoreCase;

  @Option(names = "--encoding", paramLabel = "NAME",
      description = "Text encoding (default: detect from a byte-order mark, else UTF-8 if valid, "
          + "else windows-1252).")
  String encoding;

  /** The tokenisation for text input; an invalid pattern is an IllegalArgumentException. */
  Tokenization tokenization() {
    return new Tokenization(pattern, ignoreCase);
  }

  /** The explicit encoding, or null to detect; an unknown name is an IllegalArgumentException. */
  Charset charset() {
    return encoding == null ? null : TextDecoding.charset(encoding);
  }
}
