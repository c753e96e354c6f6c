package org.phasezero.cli.network;

import java.nio.file.Path;
import java.util.Collection;
import org.phasezero.analysis.graph.Graph;
import org.phasezero.analysis.graph.GraphBuilder;
import org.phasezero.cli.CliFailure;

/**
 * Reads an edge list: a UTF-8 CSV with a header row naming the source, target and (optionally)
 * weight columns; other columns are ignored. Self-loops are rejected (no measure here is defined
 * with one, and dropping them silently would hide a data error); repeated edges are merged
 * keeping the smallest weight (see {@link GraphBuilder}).
 */
final class EdgeListFile {

  private EdgeListFile() {}

  /**
   * The graph of the edges, plus {@code extraNodes} (from a node file) as isolates when they have
   * no edge; weighted when a weight column is named.
   */
  static Graph read(Path file, String source, String target, String weight, boolean directed,
      Collection<String> extraNodes) {
    GraphBuilder builder = GraphBuilder.of(directed);
    long rows = CsvRows.read(file, source + "," + target, header -> {
      int s = header.column(source);
      int t = header.column(target);
      int w = weight == null ? -1 : header.column(weight);
      return (line, row) -> {
        String from = CsvRows.cell(file, line, row, s, source);
        String to = CsvRows.cell(file, line, row, t, target);
        if (from.equals(to)) {
          throw CliFailure.at(file, line, "self-loop on node " + from
              + " (a tie from a node to itself is not allowed; remove the row)");
        }
        builder.addEdge(from, to, w < 0 ? 1 : distance(file, line, row.get(w), weight));
      };
    });
    if (rows == 0) {
      throw CliFailure.in(file, "no edges (only a header row)");
    }
    extraNodes.forEach(builder::addNode);
    return builder.build(weight != null);
  }

  private static double distance(Path file, long line, String text, String column) {
    double d;
    try {
      d = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw CliFailure.at(file, line, column + " '" + text + "' is not a number");
    }
    if (!(d > 0) || Double.isInfinite(d)) {
      throw CliFailure.at(file, line, column + " " + text
          + " must be a positive finite number (weights are distances)");
    }
    return d;
  }
}
