package org.phasezero.cli.agreement;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.phasezero.analysis.agreement.CodedSpan;
import org.phasezero.analysis.agreement.UnitisedAlpha;
import org.phasezero.cli.CliFailure;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phasezero agreement unitised}: Krippendorff's unitised alpha of coded text spans. */
@Command(name = "unitised", aliases = "unitized", mixinStandardHelpOptions = true,
    description = {"Krippendorff's unitised alpha (uα, Krippendorff 1995, 2004) for coders who"
        + " mark categorised spans of a continuum such as the characters of a transcript;"
        + " stretches a coder left unmarked count as not coded.",
        "Input: CSV with columns coder,start,end,category (any order, named in the header);"
            + " spans are half-open [start, end) within [--begin, --begin + --length).",
        "JSON fields: alpha, coders, begin, length, observed_disagreement,"
            + " expected_disagreement, categories (category, segments, alpha, ...)."})
public class UnitisedCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Spans CSV.")
  Path file;

  @Option(names = "--length", required = true, paramLabel = "N",
      description = "Length of the continuum (e.g. characters in the text).")
  long length;

  @Option(names = "--begin", defaultValue = "0", paramLabel = "B",
      description = "First position of the continuum (default ${DEFAULT-VALUE}).")
  long begin;

  @Option(names = "--coders", split = ",", paramLabel = "ID",
      description = "All coders, including any who marked nothing (default: those in FILE).")
  List<String> coders;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() {
    CsvFile csv = CsvFile.read(file);
    int coderColumn = column(csv, "coder");
    int startColumn = column(csv, "start");
    int endColumn = column(csv, "end");
    int categoryColumn = column(csv, "category");
    TreeSet<String> coderIds = new TreeSet<>();
    TreeSet<String> categoryIds = new TreeSet<>();
    for (int r = 0; r < csv.size(); r++) {
      coderIds.add(csv.row(r)[coderColumn]);
      categoryIds.add(csv.row(r)[categoryColumn]);
    }
    List<String> coderList = coders != null ? coders : new ArrayList<>(coderIds);
    List<String> categoryList = new ArrayList<>(categoryIds);
    Map<String, Integer> coderIndex = indexOf(coderList);
    Map<String, Integer> categoryIndex = indexOf(categoryList);
    List<CodedSpan> spans = new ArrayList<>();
    Map<String, Long> lastEnd = new HashMap<>();
    Map<String, Integer> lastRow = new HashMap<>();
    List<Integer> order = sortedByStart(csv, startColumn);
    for (int r : order) {
      String[] row = csv.row(r);
      Integer coder = coderIndex.get(row[coderColumn]);
      if (coder == null) {
        throw csv.failure(r, "coder '" + row[coderColumn] + "' is not in --coders");
      }
      long start = csv.wholeNumber(r, startColumn);
      long end = csv.wholeNumber(r, endColumn);
      if (end <= start) {
        throw csv.failure(r, "end " + end + " must be after start " + start);
      }
      if (start < begin || end > begin + length) {
        throw csv.failure(r, "span [" + start + ", " + end + ") lies outside the continuum ["
            + begin + ", " + (begin + length) + ")");
      }
      String key = coder + "\u0000" + row[categoryColumn];
      if (lastEnd.containsKey(key) && start < lastEnd.get(key)) {
        throw csv.failure(r, "overlaps this coder's span of the same category on line "
            + csv.line(lastRow.get(key)));
      }
      lastEnd.put(key, end);
      lastRow.put(key, r);
      spans.add(new CodedSpan(coder, start, end, categoryIndex.get(row[categoryColumn])));
    }
    UnitisedAlpha.Result result;
    try {
      result = UnitisedAlpha.estimate(spans, coderList.size(), categoryList.size(), begin, length);
    } catch (IllegalArgumentException e) {
      throw CliFailure.in(file, e.getMessage());
    }
    print(result, categoryList);
    return 0;
  }

  private void print(UnitisedAlpha.Result result, List<String> categories) {
    PrintWriter out = spec.commandLine().getOut();
    List<Fields> rows = new ArrayList<>();
    for (UnitisedAlpha.CategoryResult c : result.categories()) {
      rows.add(new Fields().put("category", categories.get(c.category()))
          .put("segments", c.segments()).put("alpha", c.alpha())
          .put("observed_disagreement", c.observedDisagreement())
          .put("expected_disagreement", c.expectedDisagreement()));
    }
    if (output.format == OutputFormat.CSV) {
      rows.add(new Fields().put("category", "(all)")
          .put("segments", rows.stream().mapToLong(f -> (Integer) f.asMap().get("segments")).sum())
          .put("alpha", result.alpha()).put("observed_disagreement", result.observedDisagreement())
          .put("expected_disagreement", result.expectedDisagreement()));
      Fields.printCsv(out, rows);
      return;
    }
    if (output.format == OutputFormat.JSON) {
      Map<String, Object> json = new LinkedHashMap<>(new Fields().put("alpha", result.alpha())
          .put("coders", result.coders()).put("begin", result.begin())
          .put("length", result.length())
          .put("observed_disagreement", result.observedDisagreement())
          .put("expected_disagreement", result.expectedDisagreement()).asMap());
      json.put("categories", rows.stream().map(Fields::asMap).toList());
      Json.print(out, json);
      return;
    }
    out.printf("Krippendorff's unitised alpha: %s%n", Double.isNaN(result.alpha())
        ? "undefined (no spans)" : Fields.decimal(result.alpha()));
    out.printf("coders: %d, continuum: [%d, %d)%n", result.coders(), result.begin(),
        result.begin() + result.length());
    out.printf(Locale.ROOT, "%-24s %8s %10s%n", "category", "segments", "alpha");
    for (UnitisedAlpha.CategoryResult c : result.categories()) {
      out.printf(Locale.ROOT, "%-24s %8d %10s%n", categories.get(c.category()), c.segments(),
          Fields.decimal(c.alpha()));
    }
  }

  private static int column(CsvFile csv, String name) {
    String[] header = csv.header();
    for (int i = 0; i < header.length; i++) {
      if (header[i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    throw CliFailure.at(csv.path(), 1, "no '" + name + "' column (expected coder,start,end,"
        + "category)");
  }

  /** Row indices by start position, so that overlaps are found in one sweep per coder. */
  private static List<Integer> sortedByStart(CsvFile csv, int startColumn) {
    long[] starts = new long[csv.size()];
    for (int r = 0; r < csv.size(); r++) {
      starts[r] = csv.wholeNumber(r, startColumn);
    }
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < csv.size(); r++) {
      rows.add(r);
    }
    rows.sort((a, b) -> a.equals(b) ? 0 : starts[a] != starts[b]
        ? Long.compare(starts[a], starts[b]) : Integer.compare(a, b));
    return rows;
  }

  private static Map<String, Integer> indexOf(List<String> ids) {
    Map<String, Integer> index = new HashMap<>();
    for (String id : ids) {
      index.putIfAbsent(id, index.size());
    }
    return index;
  }
}
