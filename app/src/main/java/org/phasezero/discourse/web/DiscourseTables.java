package org.phasezero.discourse.web;

import java.util.ArrayList;
import java.util.List;
import org.phasezero.discourse.Analyses;
import org.phasezero.shared.ExportFile;
import org.springframework.http.ResponseEntity;

/** Each analysis as a table, for its CSV and XLSX downloads (the same columns from the page and the API). */
final class DiscourseTables {

  private DiscourseTables() {}

  static ResponseEntity<byte[]> ngrams(Analyses.NGramList g, ExportFile.Format format) {
    List<List<Object>> rows = new ArrayList<>();
    g.entries().forEach(e -> rows.add(List.of(e.rank(), e.gram(), e.frequency(), e.perMillion(), e.documents())));
    return ExportFile.of(List.of("rank", "words", "frequency", "per_million", "texts"), rows, g.n() + "-grams",
        g.n() + "-grams", format);
  }

  static ResponseEntity<byte[]> frequencies(Analyses.Frequencies f, ExportFile.Format format) {
    List<List<Object>> rows = new ArrayList<>();
    f.entries().forEach(e -> rows.add(List.of(e.rank(), e.type(), e.frequency(), e.perMillion())));
    return ExportFile.of(List.of("rank", "word", "frequency", "per_million"), rows, "Frequencies", "frequencies", format);
  }

  static ResponseEntity<byte[]> kwic(Analyses.Kwic k, ExportFile.Format format) {
    List<List<Object>> rows = new ArrayList<>();
    k.lines().forEach(l -> rows.add(List.of(l.left(), l.node(), l.right(), l.label(), l.side() == null ? "" : l.side().name(),
        l.date() == null ? "" : l.date().toString(), l.link())));
    return ExportFile.of(List.of("left", "node", "right", "where", "side", "date", "link"), rows, "Keyword in context",
        "kwic-" + k.word(), format);
  }

  static ResponseEntity<byte[]> collocates(Analyses.Collocation c, ExportFile.Format format) {
    List<List<Object>> rows = new ArrayList<>();
    c.result().collocates().forEach(x -> rows.add(List.of(x.word(), x.observed(), x.expected(), x.frequency(), x.score())));
    return ExportFile.of(List.of("collocate", "observed", "expected", "frequency", c.result().measure()), rows,
        "Collocates", "collocates-" + c.result().node(), format);
  }

  static ResponseEntity<byte[]> keyness(Analyses.KeynessResult k, ExportFile.Format format) {
    List<List<Object>> rows = new ArrayList<>();
    k.scores().forEach(s -> rows.add(List.of(s.word(), s.a(), s.b(), s.logLikelihood(), s.g2(), s.logRatio(),
        s.percentDiff(), s.overused() ? "over" : "under", s.significance())));
    return ExportFile.of(List.of("word", "target_frequency", "reference_frequency", "log_likelihood", "g2", "log_ratio",
        "pct_diff", "use", "significance"), rows, "Keyness", "keyness", format);
  }

  static ResponseEntity<byte[]> counts(Analyses.Counts c, ExportFile.Format format) {
    List<String> headings = new ArrayList<>(List.of("side", "year", "tokens", "hits", "per_10000"));
    headings.addAll(c.words());
    List<List<Object>> rows = new ArrayList<>();
    for (Analyses.Group g : c.groups()) {
      List<Object> row = new ArrayList<>(List.of(g.side() == null ? "" : g.side().name(),
          g.year() == null ? "" : g.year(), g.tokens(), g.hits(), g.perTenThousand()));
      c.words().forEach(w -> row.add(g.byWord().get(w)));
      rows.add(row);
    }
    return ExportFile.of(headings, rows, "Word list", "word-list", format);
  }

  static ResponseEntity<byte[]> sparkResult(org.phasezero.discourse.SparkResult.Table t, ExportFile.Format format) {
    List<List<Object>> rows = new ArrayList<>();
    t.rows().forEach(r -> rows.add(new ArrayList<>(r)));
    return ExportFile.of(t.columns(), rows, "Spark result", "spark-" + t.result().kind().name().toLowerCase(
        java.util.Locale.ROOT), format);
  }
}
