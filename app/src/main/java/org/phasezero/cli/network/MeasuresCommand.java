package org.phasezero.cli.network;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.phasezero.analysis.graph.Graph;
import org.phasezero.analysis.graph.Partition;
import org.phasezero.cli.CliFailure;
import org.phasezero.cli.Json;
import org.phasezero.cli.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasezero network measures}: every node measure and a structural summary. */
@Command(
    name = "measures",
    mixinStandardHelpOptions = true,
    description = {
        "Degree, betweenness (Brandes), closeness (Wasserman-Faust) and harmonic closeness, "
            + "eigenvector centrality (max = 1), Burt's effective size and constraint, "
            + "Gould-Fernandez brokerage roles and key-person risk per node; components, "
            + "articulation points and bridges.",
        "Self-loops are rejected; repeated edges are merged (smallest weight kept). Weights are "
            + "distances, used by betweenness and closeness only."})
public class MeasuresCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Option(names = "--edges", required = true, paramLabel = "FILE",
      description = "Edge list CSV with a header row.")
  Path edges;

  @Option(names = "--source", defaultValue = "source", paramLabel = "COL",
      description = "Source column (default: ${DEFAULT-VALUE}).")
  String source;

  @Option(names = "--target", defaultValue = "target", paramLabel = "COL",
      description = "Target column (default: ${DEFAULT-VALUE}).")
  String target;

  @Option(names = "--weight", paramLabel = "COL",
      description = "Weight column (implies --weighted); positive numbers read as distances.")
  String weight;

  @Option(names = "--weighted",
      description = "Use edge weights as distances (column 'weight' unless --weight names one).")
  boolean weighted;

  @Option(names = "--directed", description = "Edges are directed source -> target.")
  boolean directed;

  @Option(names = "--nodes", paramLabel = "FILE",
      description = "Node attribute CSV; needs --partition.")
  Path nodes;

  @Option(names = "--node-id", defaultValue = "node", paramLabel = "COL",
      description = "Node id column of --nodes (default: ${DEFAULT-VALUE}).")
  String nodeId;

  @Option(names = "--partition", paramLabel = "COLUMN",
      description = "Column of --nodes giving each node's group, e.g. side.")
  String partition;

  @Option(names = "--community", defaultValue = "community", paramLabel = "VALUE",
      description = "Partition value of the community side (default: ${DEFAULT-VALUE}).")
  String community;

  @Option(names = "--statutory", defaultValue = "statutory", paramLabel = "VALUE",
      description = "Partition value of the statutory side (default: ${DEFAULT-VALUE}).")
  String statutory;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--top", paramLabel = "N", description = "Show only the N nodes with the "
      + "highest betweenness.")
  Integer top;

  @Override
  public void run() {
    if ((nodes == null) != (partition == null)) {
      throw new IllegalArgumentException("--nodes and --partition go together");
    }
    if (top != null && top < 1) {
      throw new IllegalArgumentException("--top must be at least 1, got " + top);
    }
    Map<String, String> groups = nodes == null ? Map.of()
        : NodeGroupsFile.read(nodes, nodeId, partition);
    String weightColumn = weight != null ? weight : weighted ? "weight" : null;
    Graph g = EdgeListFile.read(edges, source, target, weightColumn, directed, groups.keySet());
    Partition p = null;
    if (nodes != null) {
      for (int v = 0; v < g.nodeCount(); v++) {
        if (!groups.containsKey(g.label(v))) {
          throw CliFailure.in(nodes, "node " + g.label(v) + " of " + edges + " has no row");
        }
      }
      p = Partition.of(g, groups);
    }
    MeasuresReport report = MeasuresReport.of(g, p, community, statutory);
    List<Map<String, Object>> rows = report.rows();
    if (top != null && top < rows.size()) {
      rows = rows.subList(0, top);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("summary", report.summary());
        result.put("nodes", rows);
        Json.print(out, result);
      }
      case CSV -> printCsv(out, rows);
      default -> printText(out, report.summary(), rows);
    }
    out.flush();
  }

  private static void printCsv(PrintWriter out, List<Map<String, Object>> rows) {
    try {
      CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
          .get());
      csv.printRecord(rows.get(0).keySet());
      for (Map<String, Object> row : rows) {
        csv.printRecord(row.values().stream().map(v -> v == null ? "" : v).toList());
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void printText(PrintWriter out, Map<String, Object> summary,
      List<Map<String, Object>> rows) {
    summary.forEach((key, value) -> {
      if (!(value instanceof List<?> list && list.isEmpty() && key.equals("notes"))) {
        out.println(key.replace('_', ' ') + ": " + text(value));
      }
    });
    out.println();
    List<String> keys = new ArrayList<>(rows.get(0).keySet());
    List<String[]> cells = new ArrayList<>();
    cells.add(keys.toArray(new String[0]));
    for (Map<String, Object> row : rows) {
      cells.add(keys.stream().map(k -> text(row.get(k))).toArray(String[]::new));
    }
    int[] width = new int[keys.size()];
    for (String[] line : cells) {
      for (int i = 0; i < line.length; i++) {
        width[i] = Math.max(width[i], line[i].length());
      }
    }
    for (String[] line : cells) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        // Node ids left-aligned, numbers right-aligned.
        String format = i == 0 || keys.get(i).equals("group") ? "%-" + width[i] + "s" :
            "%" + width[i] + "s";
        b.append(i == 0 ? "" : "  ").append(String.format(format, line[i]));
      }
      out.println(b.toString().stripTrailing());
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof Double d) {
      return String.format(Locale.ROOT, "%.4f", d);
    }
    if (value instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (value instanceof List<?> list) {
      return list.isEmpty() ? "none" : String.join(", ", list.stream().map(x ->
          x instanceof List<?> pair ? pair.get(0) + "-" + pair.get(1) : String.valueOf(x))
          .toList());
    }
    return String.valueOf(value);
  }
}
