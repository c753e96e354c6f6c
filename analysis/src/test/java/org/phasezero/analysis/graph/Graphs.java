package org.phasezero.analysis.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Small graphs for tests, written as {@code "a-b b-c"} (or {@code "a-b:2.5"} with a weight). */
final class Graphs {

  private Graphs() {}

  static Graph undirected(String edges) {
    return parse(GraphBuilder.undirected(), edges);
  }

  static Graph directed(String edges) {
    return parse(GraphBuilder.directed(), edges);
  }

  private static Graph parse(GraphBuilder b, String edges) {
    boolean weighted = false;
    for (String e : edges.trim().split("\\s+")) {
      String[] weightSplit = e.split(":");
      String[] ends = weightSplit[0].split("-");
      if (ends.length == 1) {
        b.addNode(ends[0]);
        continue;
      }
      weighted |= weightSplit.length > 1;
      b.addEdge(ends[0], ends[1], weightSplit.length > 1 ? Double.parseDouble(weightSplit[1]) : 1);
    }
    return b.build(weighted);
  }

  /** A reference edge list from the shared data, read in place (no quoted fields in those files). */
  static Graph fromCsv(Path file, String source, String target, String weight) {
    try {
      List<String> lines = Files.readAllLines(file);
      List<String> header = Arrays.asList(lines.get(0).split(","));
      int s = header.indexOf(source);
      int t = header.indexOf(target);
      int w = weight == null ? -1 : header.indexOf(weight);
      GraphBuilder b = GraphBuilder.undirected();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        b.addEdge(cells[s], cells[t], w < 0 ? 1 : Double.parseDouble(cells[w]));
      }
      return b.build(w >= 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value for a node label. */
  static double at(Graph g, double[] values, String label) {
    return values[index(g, label)];
  }

  static int index(Graph g, String label) {
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.label(v).equals(label)) {
        return v;
      }
    }
    throw new AssertionError("no node " + label);
  }

  /** Krackhardt's kite (Krackhardt 1990), as drawn in the paper. */
  static Graph kite() {
    return undirected("Andre-Beverly Andre-Carol Andre-Diane Andre-Fernando Beverly-Diane "
        + "Beverly-Ed Beverly-Garth Carol-Diane Carol-Fernando Diane-Ed Diane-Fernando "
        + "Diane-Garth Ed-Garth Fernando-Garth Fernando-Heather Garth-Heather Heather-Ike "
        + "Ike-Jane");
  }
}
