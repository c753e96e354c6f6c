package org.phasezero.cli.corpus;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.CorpusIndexFile;
import org.phasezero.cli.CliFailure;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero corpus index FILES --out DIR}: tokenise once and save the index. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Tokenise text files once and save a compact, memory-mappable index "
        + "(token ids, dictionary and positions) that the other corpus commands read with --index.")
public class CorpusIndexCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILES", arity = "1..*", description = "Plain-text files.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Folder to write the index into (created if needed).")
  Path out;

  @Mixin
  TokenOptions tokens;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or csv.")
  OutputFormat format;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    Corpus corpus = CorpusReader.readText(files, tokens);
    long bytes;
    try {
      CorpusIndexFile.save(corpus, out);
      bytes = CorpusIndexFile.size(out);
    } catch (FileAlreadyExistsException e) {
      throw CliFailure.in(out, "exists and is not a folder");
    } catch (IOException e) {
      throw CliFailure.in(out, "cannot write the index: " + e.getMessage());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("index", out.toString());
    result.put("documents", corpus.documentCount());
    result.put("tokens", corpus.tokenCount());
    result.put("types", corpus.typeCount());
    result.put("bytes", bytes);
    result.put("bytes_per_token", corpus.tokenCount() == 0 ? 0 : (double) bytes / corpus.tokenCount());
    result.put("seconds", seconds);
    PrintWriter w = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      Json.print(w, result);
    } else if (format == OutputFormat.CSV) {
      Tables.csv(w, List.copyOf(result.keySet()), List.of(List.copyOf(result.values())));
    } else {
      w.printf(Locale.ROOT, "indexed %d documents: %d tokens, %d types -> %s (%d bytes, %.2f bytes"
          + " per token) in %.2f s%n", corpus.documentCount(), corpus.tokenCount(),
          corpus.typeCount(), out, bytes, result.get("bytes_per_token"), seconds);
    }
    return 0;
  }
}
