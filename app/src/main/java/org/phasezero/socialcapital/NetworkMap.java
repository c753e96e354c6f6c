package org.phasezero.socialcapital;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.springframework.stereotype.Component;

/**
 * The map of a network as one viewer sees it: which nodes are drawn (all that are shown, or the
 * {@link #MOST} best connected), where (a {@link MapLayout} kept while the analysis is), how big
 * (by the measure chosen), coloured by side, and the edges among them styled by kind. The same
 * drawing is served as SVG (no JavaScript needed) and as data for the interactive map.
 */
@Component
public class NetworkMap {

  /** The most nodes one map draws; the tables list every node. */
  public static final int MOST = 250;

  /** The measures a node may be sized by. */
  public static final List<String> SIZES = List.of("degree", "betweenness", "eigenvector", "linkingShare");

  public record Dot(String id, String label, String type, String side, double x, double y, double r, boolean named) {}

  public record Line(double x1, double y1, double x2, double y2, String kind, String source, String target) {}

  /**
   * {@code drawn} of the {@code shown} nodes; {@code tiesHidden} nodes a researcher is shown but
   * whose every tie is with someone left out of their view, so not drawn as if they had none.
   */
  public record Drawing(int size, List<Dot> dots, List<Line> lines, int drawn, int shown, int tiesHidden) {

    /** The drawing as data for the interactive map (Cytoscape's elements, with the same positions). */
    public Map<String, Object> elements() {
      List<Map<String, Object>> nodes = new ArrayList<>();
      for (Dot d : dots) {
        nodes.add(Map.of("data", Map.of("id", d.id(), "label", d.label(), "side", d.side(), "type", d.type(),
            "r", d.r()), "position", Map.of("x", d.x(), "y", d.y())));
      }
      List<Map<String, Object>> edges = new ArrayList<>();
      for (Line l : lines) {
        edges.add(Map.of("data", Map.of("source", l.source(), "target", l.target(), "kind", l.kind())));
      }
      return Map.of("nodes", nodes, "edges", edges);
    }
  }

  private final NetworkWords words;
  private final Map<NetworkAnalysis, Map<String, double[][]>> layouts = new WeakHashMap<>();

  NetworkMap(NetworkWords words) {
    this.words = words;
  }

  public Drawing draw(NetworkViewer.View view, String sizeBy) {
    if (!SIZES.contains(sizeBy)) {
      throw new IllegalArgumentException("size is one of " + SIZES + ", not '" + sizeBy + "'");
    }
    NetworkAnalysis a = view.analysis();
    int n = a.network().nodes().size();
    // Ties as this viewer sees them: the map ranks and draws by these, not by ties they cannot see.
    int[] ties = new int[n];
    int[] seen = new int[n];
    for (SocialNetwork.Edge e : a.network().edges()) {
      ties[e.a()]++;
      ties[e.b()]++;
      if (view.shows(e)) {
        seen[e.a()]++;
        seen[e.b()]++;
      }
    }
    List<Integer> shown = new ArrayList<>();
    int tiesHidden = 0;
    for (int v = 0; v < n; v++) {
      if (!view.shows(v)) {
        continue;
      }
      if (view.mode() == NetworkViewer.Mode.PSEUDONYMS && seen[v] == 0 && ties[v] > 0) {
        tiesHidden++;
      } else {
        shown.add(v);
      }
    }
    List<Integer> drawn = shown.stream().sorted(Comparator.comparingInt((Integer v) -> -seen[v]).thenComparing(v -> v))
        .limit(MOST).sorted().toList();
    Map<Integer, Integer> at = new HashMap<>();
    for (int i = 0; i < drawn.size(); i++) {
      at.put(drawn.get(i), i);
    }
    List<SocialNetwork.Edge> edges = a.network().edges().stream()
        .filter(e -> view.shows(e) && at.containsKey(e.a()) && at.containsKey(e.b())).toList();
    double[][] p = layout(a, drawn, at, edges);
    double[] size = sizes(a, sizeBy);
    double max = 0;
    for (int v : drawn) {
      max = Math.max(max, view.names(v) ? size[v] : 0);
    }
    List<Dot> dots = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      int v = drawn.get(i);
      SocialNetwork.Node node = a.network().nodes().get(v);
      double scaled = max > 0 && view.names(v) ? size[v] / max : 0;
      dots.add(new Dot(view.id(v), words.label(view, v), node.type().name().toLowerCase(Locale.ROOT),
          node.side() == null ? "none" : node.side().name().toLowerCase(Locale.ROOT), round(p[i][0]), round(p[i][1]),
          round(5 + 13 * Math.sqrt(scaled)), view.names(v)));
    }
    List<Line> lines = new ArrayList<>();
    for (SocialNetwork.Edge e : edges) {
      double[] from = p[at.get(e.a())];
      double[] to = p[at.get(e.b())];
      lines.add(new Line(round(from[0]), round(from[1]), round(to[0]), round(to[1]),
          e.mainKind().name().toLowerCase(Locale.ROOT), view.id(e.a()), view.id(e.b())));
    }
    return new Drawing(MapLayout.SIZE, dots, lines, drawn.size(), shown.size(), tiesHidden);
  }

  private double[][] layout(NetworkAnalysis a, List<Integer> drawn, Map<Integer, Integer> at,
      List<SocialNetwork.Edge> edges) {
    String key = drawn.toString();
    synchronized (layouts) {
      double[][] kept = layouts.computeIfAbsent(a, k -> new HashMap<>()).get(key);
      if (kept != null) {
        return kept;
      }
    }
    List<int[]> pairs = edges.stream().map(e -> new int[] {at.get(e.a()), at.get(e.b())}).toList();
    double[][] p = MapLayout.of(drawn.size(), pairs);
    synchronized (layouts) {
      layouts.computeIfAbsent(a, k -> new HashMap<>()).put(key, p);
    }
    return p;
  }

  private static double[] sizes(NetworkAnalysis a, String sizeBy) {
    int n = a.network().nodes().size();
    double[] s = new double[n];
    for (int v = 0; v < n; v++) {
      s[v] = switch (sizeBy) {
        case "degree" -> a.measures().degree()[v];
        case "betweenness" -> a.measures().betweenness()[v];
        case "eigenvector" -> a.measures().eigenvector() == null ? 0 : a.measures().eigenvector()[v];
        default -> a.linkingShare(v);
      };
    }
    return s;
  }

  private static double round(double x) {
    return Math.round(x * 10) / 10.0;
  }
}
