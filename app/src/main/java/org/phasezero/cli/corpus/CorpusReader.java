package org.phasezero.cli.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.CorpusIndexFile;
import org.phasezero.analysis.corpus.ParallelCorpus;
import org.phasezero.analysis.corpus.TextDecoding;
import org.phasezero.cli.CliFailure;

/** Turns command-line inputs (text files or a saved index) into a {@link Corpus}. */
final class CorpusReader {

  private CorpusReader() {}

  /** Reads text files, one document each, in the order given, on every core (see ParallelCorpus). */
  static Corpus readText(List<Path> files, TokenOptions options) {
    Charset charset = options.charset();
    try {
      return ParallelCorpus.build(options.tokenization(), files, CorpusReader::sizeOrZero,
          ParallelCorpus.defaultThreads(), (builder, file) -> {
            TextDecoding.Text text = decode(file, charset);
            builder.add(file.toString(), text.chars(), 0, text.length());
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // decode reports every read failure as a CliFailure
    }
  }

  /** A file's size to share the work by; a file that cannot be read is reported when it is read. */
  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Loads a saved index; the token options may only ask for case-insensitive matching. */
  static Corpus readIndex(Path dir, TokenOptions options) {
    if (options.pattern != null || options.encoding != null) {
      throw new IllegalArgumentException("--token-pattern and --encoding apply to text files; "
          + "an index keeps the tokenisation it was built with");
    }
    try {
      return CorpusIndexFile.load(dir);
    } catch (NoSuchFileException e) {
      throw CliFailure.in(dir, "no such index folder");
    } catch (IOException e) {
      throw CliFailure.in(dir, e.getMessage());
    }
  }

  /** Either the files or the index, exactly one of them. */
  static Corpus read(List<Path> files, Path index, TokenOptions options) {
    boolean hasFiles = files != null && !files.isEmpty();
    if (hasFiles == (index != null)) {
      throw new IllegalArgumentException("give either text FILES or --index DIR (exactly one)");
    }
    return hasFiles ? readText(files, options) : readIndex(index, options);
  }

  private static TextDecoding.Text decode(Path file, Charset charset) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw CliFailure.in(file, "is a folder, not a text file");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw CliFailure.in(file, "no such file");
    } catch (IOException e) {
      throw CliFailure.in(file, "cannot read: " + e.getMessage());
    } catch (OutOfMemoryError e) {
      throw CliFailure.in(file, "too large for the heap; raise -Xmx (PHASEZERO_JAVA_OPTS)");
    }
    if (charset == null) {
      return TextDecoding.detect(bytes);
    }
    try {
      return TextDecoding.decodeStrict(bytes, charset);
    } catch (TextDecoding.MalformedTextException e) {
      throw CliFailure.at(file, e.line(), e.getMessage());
    }
  }
}
