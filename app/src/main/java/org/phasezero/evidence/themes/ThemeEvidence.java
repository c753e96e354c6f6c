package org.phasezero.evidence.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phasezero.evidence.Cases;
import org.phasezero.evidence.Code;
import org.phasezero.evidence.CodeMatrices;
import org.phasezero.evidence.CodedSegment;
import org.phasezero.evidence.Codings;
import org.phasezero.evidence.EvidenceCase;
import org.phasezero.evidence.themes.Theme.Tier;
import org.phasezero.network.Side;
import org.phasezero.shared.NotFound;
import org.springframework.stereotype.Service;

/**
 * Every theme traced down to the quotes that support it (Attride-Stirling 2001: the network is read
 * back to the text). A basic theme's quotes are the live coded passages of its codes; an organising
 * theme's are those of its basic themes; the global theme's are all of the network's. A code under
 * two themes counts once for a theme above both.
 *
 * <p>Nothing here decides what a passage is or whom it belongs to: the passages come from {@link
 * Codings#segmentsOf}, counts by side from {@link CodeMatrices#bySide} and by case from {@link
 * CodeMatrices#byCase} (a passage belongs to the speaker of the turn it starts in, withheld turns
 * left out), summed over the theme's codes.
 */
@Service
public class ThemeEvidence {

  /** Passages by the speaker's side, and those whose speaker is not linked to the network. */
  public record Counts(Map<Side, Long> bySide, long unlinked) {

    @com.fasterxml.jackson.annotation.JsonProperty
    public long total() {
      return bySide.values().stream().mapToLong(Long::longValue).sum() + unlinked;
    }

    public long of(Side side) {
      return bySide.getOrDefault(side, 0L);
    }
  }

  /** A theme with the codes it traces down to, their passages counted, and the themes under it. */
  public record Node(Theme theme, List<Code> codes, Counts counts, List<Node> children) {}

  /** A network as a tree from its global theme (null until there is one), with the project's sides. */
  public record Trace(ThematicNetwork network, Node global, List<Side> sides) {

    /** Every node, the global theme first, each organising theme followed by its basic themes. */
    public List<Node> nodes() {
      List<Node> out = new ArrayList<>();
      if (global != null) {
        out.add(global);
        for (Node o : global.children()) {
          out.add(o);
          out.addAll(o.children());
        }
      }
      return out;
    }
  }

  /**
   * Every theme of a network (in {@link Trace#nodes()} order) × the project's live cases: how many
   * passages of the theme's codes each case holds, for comparing across people, sites and groups.
   */
  public record CaseMatrix(List<Node> themes, List<EvidenceCase> cases, long[][] counts) {}

  /** How many of a theme's passages each live case of the project holds. */
  public record CaseCount(EvidenceCase evidenceCase, long passages) {}

  private final ThematicNetworks networks;
  private final Themes themes;
  private final Codings codings;
  private final CodeMatrices matrices;
  private final Cases cases;
  private final org.springframework.context.ApplicationEventPublisher events;

  ThemeEvidence(ThematicNetworks networks, Themes themes, Codings codings, CodeMatrices matrices, Cases cases,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.networks = networks;
    this.themes = themes;
    this.codings = codings;
    this.matrices = matrices;
    this.cases = cases;
  }

  /** The network as a tree of live themes with their codes and passage counts by side. */
  public Trace trace(long networkId) {
    ThematicNetwork network = networks.get(networkId);
    CodeMatrices.BySide bySide = matrices.bySide(network.projectId());
    Map<Long, Code> codes = new HashMap<>();
    Map<Long, Integer> row = new HashMap<>();
    for (int i = 0; i < bySide.codes().size(); i++) {
      codes.put(bySide.codes().get(i).id(), bySide.codes().get(i));
      row.put(bySide.codes().get(i).id(), i);
    }
    List<Theme> all = themes.ofNetwork(networkId);
    Map<Long, List<Theme>> children = new LinkedHashMap<>();
    all.forEach(t -> children.computeIfAbsent(t.parentId() == null ? 0L : t.parentId(), k -> new ArrayList<>()).add(t));
    Node global = all.stream().filter(t -> t.tier() == Tier.GLOBAL).findFirst()
        .map(g -> node(g, children, codes, row, bySide)).orElse(null);
    return new Trace(network, global, bySide.sides());
  }

  private Node node(Theme theme, Map<Long, List<Theme>> children, Map<Long, Code> codes, Map<Long, Integer> row,
      CodeMatrices.BySide bySide) {
    List<Node> under = children.getOrDefault(theme.id(), List.of()).stream()
        .map(t -> node(t, children, codes, row, bySide)).toList();
    Map<Long, Code> held = new LinkedHashMap<>();
    theme.codeIds().stream().filter(codes::containsKey).forEach(id -> held.put(id, codes.get(id)));
    under.forEach(n -> n.codes().forEach(c -> held.putIfAbsent(c.id(), c)));
    Map<Side, Long> sides = new EnumMap<>(Side.class);
    long unlinked = 0;
    for (long id : held.keySet()) {
      int i = row.get(id);
      bySide.counts().get(i).forEach((side, n) -> sides.merge(side, n, Long::sum));
      unlinked += bySide.unlinked().get(i);
    }
    List<Code> sorted = held.values().stream().sorted(Comparator.comparing((Code c) -> c.name().toLowerCase(
        java.util.Locale.ROOT)).thenComparing(Code::id)).toList();
    return new Node(theme, sorted, new Counts(sides, unlinked), under);
  }

  /**
   * The quotes supporting a theme, optionally only those a case holds and those spoken by one side,
   * by source and position.
   */
  public List<CodedSegment> quotes(long themeId, Side side, Long caseId) {
    Theme theme = themes.get(themeId);
    Cases.Scope scope = null;
    if (caseId != null) {
      EvidenceCase c = cases.get(caseId);
      if (c.projectId() != networks.get(theme.networkId()).projectId()) {
        throw new NotFound("case", caseId);
      }
      scope = cases.scopeOf(caseId);
    }
    List<CodedSegment> out = new ArrayList<>();
    for (long codeId : themes.codesUnder(theme)) {
      codings.segmentsOf(codeId, scope).stream().filter(s -> side == null || s.speakerSide() == side).forEach(out::add);
    }
    out.sort(Comparator.comparing((CodedSegment s) -> s.sourceName().toLowerCase(java.util.Locale.ROOT))
        .thenComparingLong(s -> s.coding().sourceId()).thenComparingInt(s -> s.coding().start())
        .thenComparingLong(s -> s.coding().id()));
    return out;
  }

  /** The theme × case table of a network, from one code × case matrix of its project. */
  public CaseMatrix caseMatrix(Trace trace) {
    CodeMatrices.ByCase m = matrices.byCase(trace.network().projectId());
    Map<Long, Integer> row = new HashMap<>();
    for (int i = 0; i < m.codes().size(); i++) {
      row.put(m.codes().get(i).id(), i);
    }
    List<Node> nodes = trace.nodes();
    long[][] counts = new long[nodes.size()][m.cases().size()];
    for (int t = 0; t < nodes.size(); t++) {
      for (Code c : nodes.get(t).codes()) {
        Integer i = row.get(c.id());
        for (int k = 0; i != null && k < m.cases().size(); k++) {
          counts[t][k] += m.counts()[i][k];
        }
      }
    }
    return new CaseMatrix(nodes, m.cases(), counts);
  }

  /** Records that a network's table left the platform as a file (who, which network, which format). */
  public void auditDownload(ThematicNetwork network, String format) {
    events.publishEvent(new org.phasezero.shared.AuditedAction("EXPORT", "thematic_network",
        String.valueOf(network.id()), "Themes of '" + network.name() + "' by side and case downloaded as " + format,
        null, null));
  }

  /** The project's live cases with how many of the theme's passages each holds (summed over its codes). */
  public List<CaseCount> byCase(long themeId) {
    Theme theme = themes.get(themeId);
    CodeMatrices.ByCase m = matrices.byCase(networks.get(theme.networkId()).projectId());
    List<Long> codes = themes.codesUnder(theme);
    List<CaseCount> out = new ArrayList<>();
    for (int k = 0; k < m.cases().size(); k++) {
      long n = 0;
      for (int i = 0; i < m.codes().size(); i++) {
        if (codes.contains(m.codes().get(i).id())) {
          n += m.counts()[i][k];
        }
      }
      out.add(new CaseCount(m.cases().get(k), n));
    }
    return out;
  }
}
