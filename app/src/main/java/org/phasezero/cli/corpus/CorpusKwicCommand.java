package org.phasezero.cli.corpus;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phasezero.analysis.corpus.Concordance;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero corpus kwic --query WORD}: a key-word-in-context concordance. */
@Command(name = "kwic", mixinStandardHelpOptions = true,
    description = "Concordance (key word in context) of a word: every hit with N tokens of "
        + "context each side, within its document. A word not in the corpus has 0 hits.")
public class CorpusKwicCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CorpusSource source;

  @Option(names = "--query", paramLabel = "WORD", required = true, description = "The node word.")
  String query;

  @Option(names = "--width", paramLabel = "N", defaultValue = "5",
      description = "Tokens of context on each side (default 5).")
  int width;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "none",
      description = "none (corpus order, default), left (by the words to the left, nearest "
          + "first) or right.")
  Concordance.Sort sort;

  @Option(names = "--top", paramLabel = "N", defaultValue = "0",
      description = "Print at most N lines (0 = all, the default); 'hits' still counts all.")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or csv.")
  OutputFormat format;

  @Override
  public Integer call() {
    if (width < 0) {
      throw new IllegalArgumentException("--width must not be negative, was " + width);
    }
    Corpus corpus = source.load();
    List<Concordance.Hit> hits = Concordance.of(corpus, query, width, sort, source.ignoreCase());
    List<Concordance.Hit> shown = top > 0 && hits.size() > top ? hits.subList(0, top) : hits;
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("query", query);
        result.put("hits", hits.size());
        result.put("lines", shown.stream().map(h -> {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("document", h.document());
          line.put("position", h.position());
          line.put("left", h.left());
          line.put("node", h.node());
          line.put("right", h.right());
          return line;
        }).toList());
        Json.print(out, result);
      }
      case CSV -> Tables.csv(out, List.of("document", "position", "left", "node", "right"),
          shown.stream().<List<?>>map(h -> List.of(h.document(), h.position(), h.left(),
              h.node(), h.right())).toList());
      default -> {
        out.printf(Locale.ROOT, "%d hits for '%s'%n", hits.size(), query);
        int leftWidth = shown.stream().mapToInt(h -> h.left().length()).max().orElse(0);
        for (Concordance.Hit h : shown) {
          out.printf("%" + Math.max(1, leftWidth) + "s  [%s]  %s%n", h.left(), h.node(),
              h.right());
        }
      }
    }
    return 0;
  }
}
