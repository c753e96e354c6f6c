package org.phasezero.evidence.themes.web;

import java.util.ArrayList;
import java.util.List;
import org.phasezero.evidence.themes.Theme.Tier;
import org.phasezero.evidence.themes.ThemeEvidence;

/**
 * Where each theme of a network is drawn, for the server-rendered SVG: the global theme at the
 * centre, organising themes evenly on a circle around it, and each organising theme's basic themes
 * on an outer circle, fanned out within its share of the angle, with a line to the theme they sit
 * under (Attride-Stirling's web-like drawing). Coordinates are in a square {@link #SIZE} viewBox, so
 * the drawing scales to the screen; labels are wrapped into a few short lines and cut with an
 * ellipsis, the full names being in the list beside the drawing and each theme's tooltip. Linear in the number of themes.
 */
final class NetworkDiagram {

  static final int SIZE = 640;
  private static final int CENTRE = SIZE / 2;
  private static final double ORGANISING_RING = 158;
  private static final double BASIC_RING = 266;
  /** The widest fan between two neighbouring basic themes, in radians, so that a few stay near their parent. */
  private static final double MAX_STEP = 0.44;

  /** One line of a label, centred on x. */
  record Line(int x, int y, String text) {}

  /** A theme's circle and label; {@code font} in viewBox units; {@code name} whole, for the tooltip. */
  record Node(long themeId, String name, Tier tier, int x, int y, int r, int font, List<Line> lines) {}

  /** A line joining a theme to the theme it sits under. */
  record Edge(int x1, int y1, int x2, int y2) {}

  record Drawing(int size, List<Node> nodes, List<Edge> edges, int organising, int basic) {}

  private NetworkDiagram() {}

  static Drawing of(ThemeEvidence.Node global) {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    Node centre = node(global, CENTRE, CENTRE, 72);
    List<ThemeEvidence.Node> ring = global.children();
    int k = ring.size();
    int basics = 0;
    for (int i = 0; i < k; i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / k;
      ThemeEvidence.Node o = ring.get(i);
      int r = (int) Math.max(26, Math.min(54, Math.PI * ORGANISING_RING / Math.max(k, 1) - 6));
      Node organising = node(o, at(ORGANISING_RING, angle, true), at(ORGANISING_RING, angle, false), r);
      edges.add(new Edge(centre.x(), centre.y(), organising.x(), organising.y()));
      int m = o.children().size();
      double step = Math.min(2 * Math.PI / Math.max(k, 1) / Math.max(m, 1), MAX_STEP);
      int basicR = (int) Math.max(14, Math.min(44, BASIC_RING * step / 2 - 3));
      for (int j = 0; j < m; j++) {
        double a = angle + (j - (m - 1) / 2.0) * step;
        Node basic = node(o.children().get(j), at(BASIC_RING, a, true), at(BASIC_RING, a, false), basicR);
        edges.add(new Edge(organising.x(), organising.y(), basic.x(), basic.y()));
        nodes.add(basic);
      }
      basics += m;
      nodes.add(organising);
    }
    nodes.add(centre);
    return new Drawing(SIZE, nodes, edges, k, basics);
  }

  private static int at(double radius, double angle, boolean x) {
    return (int) Math.round(CENTRE + radius * (x ? Math.cos(angle) : Math.sin(angle)));
  }

  private static Node node(ThemeEvidence.Node n, int x, int y, int r) {
    Tier tier = n.theme().tier();
    int font = switch (tier) {
      case GLOBAL -> 18;
      case ORGANISING -> 16;
      case BASIC -> 15;
    };
    // About 0.55 em per character: as many characters as fit across the circle, and as many lines as fit down it.
    int perLine = Math.max(3, (int) (1.7 * r / (0.55 * font)));
    int maxLines = Math.max(1, Math.min(3, (int) (1.5 * r / (1.15 * font))));
    List<String> words = wrap(n.theme().name(), perLine, maxLines);
    List<Line> lines = new ArrayList<>();
    double lineHeight = font * 1.15;
    double first = y - (words.size() - 1) * lineHeight / 2 + font * 0.35;
    for (int i = 0; i < words.size(); i++) {
      lines.add(new Line(x, (int) Math.round(first + i * lineHeight), words.get(i)));
    }
    return new Node(n.theme().id(), n.theme().name(), tier, x, y, r, font, lines);
  }

  /** Words into lines of at most {@code width} characters, at most {@code max} lines, the last cut with an ellipsis. */
  static List<String> wrap(String text, int width, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean cut = false;
    for (String word : text.strip().split("\\s+")) {
      String w = word.length() > width ? word.substring(0, width - 1) + "…" : word;
      if (line.length() > 0 && line.length() + 1 + w.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
        if (lines.size() == max) {
          cut = true;
          break;
        }
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(w);
    }
    if (!cut && line.length() > 0) {
      lines.add(line.toString());
    }
    if (cut) {
      String last = lines.get(max - 1);
      lines.set(max - 1, (last.length() >= width ? last.substring(0, width - 1) : last) + "…");
    }
    return lines;
  }
}
