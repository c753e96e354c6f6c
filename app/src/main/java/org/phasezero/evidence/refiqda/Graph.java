package org.phasezero.evidence.refiqda;

import java.util.List;

/** A two-dimensional drawing: vertices (shapes) joined by edges (lines). */
public record Graph(String guid, String name, List<Vertex> vertices, List<Edge> edges) {

  public Graph {
    vertices = List.copyOf(vertices);
    edges = List.copyOf(edges);
  }

  /**
   * A shape in a graph, optionally standing for another element.
   *
   * @param representedGuid the element it stands for, or null
   * @param secondX the right edge, or null
   * @param secondY the bottom edge, or null
   * @param shape e.g. {@code Oval} or {@code Person}, or null
   */
  public record Vertex(
      String guid,
      String representedGuid,
      String name,
      long firstX,
      long firstY,
      Long secondX,
      Long secondY,
      String shape,
      String color) {}

  /**
   * A line between two vertices of the same graph.
   *
   * @param direction {@code Associative}, {@code OneWay} or {@code Bidirectional}, or null
   * @param lineStyle {@code dotted}, {@code dashed} or {@code solid}, or null
   */
  public record Edge(
      String guid,
      String representedGuid,
      String name,
      String sourceVertex,
      String targetVertex,
      String color,
      String direction,
      String lineStyle) {}
}
