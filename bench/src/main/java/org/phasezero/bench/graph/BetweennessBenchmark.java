package org.phasezero.bench.graph;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.phasezero.analysis.graph.BrandesBetweenness;
import org.phasezero.analysis.graph.ClosenessCentrality;
import org.phasezero.analysis.graph.Graph;
import org.phasezero.analysis.graph.GraphBuilder;

/**
 * JMH kernels for betweenness and closeness on seeded random connected graphs with average degree
 * 10 (a random recursive tree plus uniform extra edges, as bench/python/graph_generate.py builds;
 * the RNG differs, so the comparison with igraph uses {@link GraphTimings} on one shared file).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class BetweennessBenchmark {

  @Param({"5000", "10000"})
  int nodes;

  Graph graph;

  @Setup
  public void build() {
    Random rng = new Random(42);
    GraphBuilder b = GraphBuilder.undirected();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int v = 1; v < nodes; v++) {
      int u = rng.nextInt(v);
      seen.add((long) u * nodes + v);
      b.addEdge("n" + u, "n" + v);
    }
    while (seen.size() < 5L * nodes) {
      int u = rng.nextInt(nodes);
      int v = rng.nextInt(nodes);
      if (u != v && seen.add((long) Math.min(u, v) * nodes + Math.max(u, v))) {
        b.addEdge("n" + u, "n" + v);
      }
    }
    graph = b.build(false);
  }

  @Benchmark
  public double[] betweenness() {
    return BrandesBetweenness.of(graph);
  }

  @Benchmark
  public ClosenessCentrality.Scores closeness() {
    return ClosenessCentrality.of(graph);
  }
}
