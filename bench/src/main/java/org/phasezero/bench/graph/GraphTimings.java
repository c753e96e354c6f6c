package org.phasezero.bench.graph;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.phasezero.analysis.graph.BrandesBetweenness;
import org.phasezero.analysis.graph.ClosenessCentrality;
import org.phasezero.analysis.graph.Graph;
import org.phasezero.analysis.graph.GraphBuilder;

/**
 * PhaseZero side of the graph benchmark (bench/run-graph.sh): reads the same undirected edge list
 * the python-igraph side reads, times betweenness and closeness (best of REPEATS runs after one
 * warm-up run, all cores) and writes node,betweenness,closeness for the agreement check.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.phasezero.bench.graph.GraphTimings EDGES OUT
 * REPEATS}
 */
public final class GraphTimings {

  private GraphTimings() {}

  public static void main(String[] args) throws IOException {
    Path edges = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int repeats = Integer.parseInt(args[2]);
    GraphBuilder builder = GraphBuilder.undirected();
    List<String> lines = Files.readAllLines(edges);
    for (String line : lines.subList(1, lines.size())) {
      int comma = line.indexOf(',');
      builder.addEdge(line.substring(0, comma), line.substring(comma + 1));
    }
    Graph g = builder.build(false);
    double[][] b = new double[1][];
    double tb = best(repeats, () -> b[0] = BrandesBetweenness.of(g));
    ClosenessCentrality.Scores[] c = new ClosenessCentrality.Scores[1];
    double tc = best(repeats, () -> c[0] = ClosenessCentrality.of(g));
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      w.println("node,betweenness,closeness");
      for (int v = 0; v < g.nodeCount(); v++) {
        w.println(g.label(v) + "," + b[0][v] + "," + c[0].closeness()[v]);
      }
    }
    System.out.printf("phasezero nodes=%d edges=%d threads=%d betweenness_s=%.4f closeness_s=%.4f%n",
        g.nodeCount(), g.edgeCount(), Runtime.getRuntime().availableProcessors(), tb, tc);
  }

  /** Best wall time in seconds of {@code repeats} runs, after one untimed warm-up run. */
  private static double best(int repeats, Supplier<Object> run) {
    run.get();
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      run.get();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }
}
