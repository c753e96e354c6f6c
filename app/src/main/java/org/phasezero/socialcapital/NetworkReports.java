package org.phasezero.socialcapital;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phasezero.analysis.graph.NodeMeasures;
import org.springframework.stereotype.Component;

/**
 * What pages, the API and the risk register show of an analysis for the current viewer: a row of
 * measures per named node, network-level figures (with small numbers withheld for statutory
 * partners), and key people with the reason in words.
 */
@Component
public class NetworkReports {

  private final NetworkViewer viewer;
  private final NetworkWords words;

  NetworkReports(NetworkViewer viewer, NetworkWords words) {
    this.viewer = viewer;
    this.words = words;
  }

  public NetworkViewer.View view(NetworkAnalysis a) {
    return viewer.of(a);
  }

  /** One node's measures. Missing values (constraint of an isolate) are null. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record NodeRow(String id, String label, String type, String side, String organisation, int degree,
      double betweenness, double betweennessNormalised, double closeness, Double eigenvector, Double effectiveSize,
      Double constraint, Map<String, Long> brokerage, double linkingShare, boolean disconnectsSides,
      boolean articulationPoint) {}

  /** The sorts offered for node tables, each highest first except the label and constraint (lowest first). */
  public static final List<String> ORDERS = List.of("betweenness", "degree", "closeness", "eigenvector",
      "constraint", "effectiveSize", "linkingShare", "label");

  /** Rows for the nodes this viewer may see measured, sorted by {@code order} (see {@link #ORDERS}). */
  public List<NodeRow> rows(NetworkViewer.View view, String order) {
    NetworkAnalysis a = view.analysis();
    NodeMeasures m = a.measures();
    List<NodeRow> rows = new ArrayList<>();
    for (int v = 0; v < a.network().nodes().size(); v++) {
      if (!view.names(v)) {
        continue;
      }
      SocialNetwork.Node node = a.network().nodes().get(v);
      Map<String, Long> roles = new LinkedHashMap<>();
      roles.put("coordinator", m.brokerage().coordinator()[v]);
      roles.put("gatekeeper", m.brokerage().gatekeeper()[v]);
      roles.put("representative", m.brokerage().representative()[v]);
      roles.put("itinerant", m.brokerage().itinerant()[v]);
      roles.put("liaison", m.brokerage().liaison()[v]);
      rows.add(new NodeRow(view.id(v), words.label(view, v), node.type().name().toLowerCase(Locale.ROOT),
          node.side() == null ? null : node.side().name().toLowerCase(Locale.ROOT),
          node.isPerson() ? node.organisationName() : null, m.degree()[v], m.betweenness()[v],
          m.betweennessNormalised()[v], m.closeness()[v], m.eigenvector() == null ? null : m.eigenvector()[v],
          orNull(m.effectiveSize()[v]), orNull(m.constraint()[v]), roles, a.linkingShare(v),
          a.disconnectsSides(v), m.articulationPoint()[v]));
    }
    rows.sort(comparator(order == null ? "betweenness" : order).thenComparing(NodeRow::id));
    return rows;
  }

  private static Comparator<NodeRow> comparator(String order) {
    return switch (order) {
      case "betweenness" -> Comparator.comparingDouble(r -> -r.betweenness());
      case "degree" -> Comparator.comparingInt(r -> -r.degree());
      case "closeness" -> Comparator.comparingDouble(r -> -r.closeness());
      case "eigenvector" -> Comparator.comparingDouble(r -> r.eigenvector() == null ? 0 : -r.eigenvector());
      // Low constraint marks a broker spanning structural holes, so it sorts lowest first (isolates last).
      case "constraint" -> Comparator.comparingDouble(r -> r.constraint() == null ? Double.MAX_VALUE : r.constraint());
      case "effectiveSize" -> Comparator.comparingDouble(r -> r.effectiveSize() == null ? 0 : -r.effectiveSize());
      case "linkingShare" -> Comparator.comparingDouble(r -> -r.linkingShare());
      case "label" -> Comparator.comparing(r -> r.label().toLowerCase(Locale.ROOT));
      default -> throw new IllegalArgumentException("unknown order '" + order + "' (expected one of " + ORDERS + ")");
    };
  }

  private static Double orNull(double x) {
    return Double.isNaN(x) ? null : x;
  }

  /**
   * Network-level figures as this viewer may see them: a count withheld for statutory partners is
   * null and named in {@code withheld}; reach is withheld with either count it is made of.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Summary(Integer people, Integer organisations, Integer ties, Integer linkingTies, Integer components,
      Integer largestComponent, Integer communitySide, Integer statutorySide, Integer reachedWithinTwoSteps,
      Double reach, Double topBrokerShare, Integer cutPoints, Integer bridges, List<String> withheld) {}

  public Summary summary(NetworkViewer.View view) {
    NetworkAnalysis.Figures f = view.analysis().figures();
    List<String> withheld = new ArrayList<>();
    Integer people = count(view, f.people(), "people", withheld);
    Integer organisations = count(view, f.organisations(), "organisations", withheld);
    Integer ties = count(view, f.edges(), "ties", withheld);
    Integer linking = count(view, f.linkingTies(), "linkingTies", withheld);
    Integer components = count(view, f.components(), "components", withheld);
    Integer largest = count(view, f.largestComponent(), "largestComponent", withheld);
    Integer community = count(view, f.community(), "communitySide", withheld);
    Integer statutory = count(view, f.statutory(), "statutorySide", withheld);
    Integer reached = count(view, f.reached(), "reachedWithinTwoSteps", withheld);
    Integer cutPoints = count(view, f.cutPoints(), "cutPoints", withheld);
    Integer bridges = count(view, f.bridges(), "bridges", withheld);
    boolean reachShown = reached != null && community != null && view.count(f.community() - f.reached()) != null
        && !Double.isNaN(f.reachShare());
    if (!reachShown) {
      withheld.add("reach");
    }
    return new Summary(people, organisations, ties, linking, components, largest, community, statutory, reached,
        reachShown ? f.reachShare() : null, f.topBrokerShare(), cutPoints, bridges, List.copyOf(withheld));
  }

  private static Integer count(NetworkViewer.View view, int n, String name, List<String> withheld) {
    Integer shown = view.count(n);
    if (shown == null) {
      withheld.add(name);
    }
    return shown;
  }

  /**
   * A key person: someone whose removal cuts the community side off from the statutory side, or who
   * carries at least half of the linking paths. {@code id} is null when the viewer may not name them.
   */
  public record KeyPerson(String id, String who, double linkingShare, boolean disconnectsSides, String reason) {}

  public List<KeyPerson> keyPeople(NetworkViewer.View view) {
    NetworkAnalysis a = view.analysis();
    List<KeyPerson> people = new ArrayList<>();
    for (int v : a.keyPeople()) {
      String who = words.who(view, v);
      people.add(new KeyPerson(view.names(v) ? view.id(v) : null, who, a.linkingShare(v), a.disconnectsSides(v),
          words.keyPersonReason(a, v, who)));
    }
    return people;
  }
}
