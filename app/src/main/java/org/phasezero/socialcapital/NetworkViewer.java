package org.phasezero.socialcapital;

import java.util.HashSet;
import java.util.Set;
import org.phasezero.network.PersonReferences;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Forbidden;
import org.phasezero.shared.ReportingPeriod;
import org.phasezero.shared.SmallNumbers;
import org.springframework.stereotype.Component;

/**
 * What each role is shown of a network, the one copy of the rule. Measures are always computed on
 * the whole network, so a figure means the same whoever reads it; what changes is who is named.
 *
 * <ul>
 *   <li>coordinator: every node, by name;
 *   <li>site lead: their organisation's part: their organisation, its members by name, and the
 *       people and organisations tied to them; those other people are shown as "someone at" their
 *       organisation, without a name and without their own measures;
 *   <li>researcher: organisations, and people who consented to research use by pseudonym; people
 *       who did not consent, and their ties, are left out of maps, tables and downloads;
 *   <li>statutory partner and peer researcher: network-level figures only, no nodes; partners'
 *       counts under the small-number threshold are withheld and they ask for whole reporting
 *       periods, as for every aggregate they see.
 * </ul>
 */
@Component
public class NetworkViewer {

  private final PersonReferences references;
  private final SmallNumbers smallNumbers;

  NetworkViewer(PersonReferences references, SmallNumbers smallNumbers) {
    this.references = references;
    this.smallNumbers = smallNumbers;
  }

  /** How much of a network the current user sees. */
  public enum Mode { WHOLE, ORGANISATION, PSEUDONYMS, FIGURES }

  /** The current user's view of one analysis. */
  public View of(NetworkAnalysis a) {
    CurrentUser u = CurrentUser.require();
    Mode mode = mode(u);
    Set<Integer> named = new HashSet<>();
    Set<Integer> shown = new HashSet<>();
    int n = a.network().nodes().size();
    switch (mode) {
      case WHOLE -> {
        for (int v = 0; v < n; v++) {
          named.add(v);
        }
        shown.addAll(named);
      }
      case ORGANISATION -> {
        Set<Long> members = references.visiblePeople();
        for (int v = 0; v < n; v++) {
          SocialNetwork.Node node = a.network().nodes().get(v);
          boolean own = node.isPerson() ? members.contains(node.recordId())
              : u.leads(node.recordId());
          if (own) {
            named.add(v);
            shown.add(v);
            for (int w : a.graph().outNeighbours(v)) {
              shown.add(w);
            }
          }
        }
      }
      case PSEUDONYMS -> {
        Set<Long> consented = references.researchConsented();
        for (int v = 0; v < n; v++) {
          SocialNetwork.Node node = a.network().nodes().get(v);
          if (!node.isPerson() || consented.contains(node.recordId())) {
            named.add(v);
          }
        }
        shown.addAll(named);
      }
      case FIGURES -> {
        // nothing about any node
      }
    }
    return new View(a, mode, Set.copyOf(named), Set.copyOf(shown), smallNumbers.appliedIf(u.seesAggregatesOnly()));
  }

  static Mode mode(CurrentUser u) {
    if (u.isCoordinator()) {
      return Mode.WHOLE;
    }
    if (u.isSiteLead()) {
      return Mode.ORGANISATION;
    }
    // Peer researchers see people only inside the projects they are assigned to, never the network's.
    if (u.seesPseudonymsOnly() && !u.is(org.phasezero.security.Role.PEER_RESEARCHER)) {
      return Mode.PSEUDONYMS;
    }
    return Mode.FIGURES;
  }

  /**
   * Refuses a period a statutory partner may not ask for: like every aggregate they see, network
   * figures come for whole reporting periods only, so that two periods a day apart cannot be
   * subtracted to single out one person's ties.
   */
  public void requireAllowedPeriod(NetworkQuery q) {
    if (CurrentUser.require().seesAggregatesOnly() && ReportingPeriod.exactly(q.from(), q.to()).isEmpty()) {
      throw new IllegalArgumentException(ReportingPeriod.ALLOWED);
    }
  }

  /** A count as the current user may see it, or null when it is withheld (statutory partners' small numbers). */
  public Integer count(int n) {
    return smallNumbers.appliedIf(CurrentUser.require().seesAggregatesOnly()).shown(n);
  }

  /** Whether the current user is shown anyone in a network (everyone but partners and peer researchers). */
  public boolean showsPeople() {
    return mode(CurrentUser.require()) != Mode.FIGURES;
  }

  /** Refuses (403) a user who sees figures only, before anything about nodes is shown. */
  public void requireNodes() {
    if (mode(CurrentUser.require()) == Mode.FIGURES) {
      throw new Forbidden("Your role sees network-level figures only, not the people in the network.");
    }
  }

  /** One user's view: which nodes are named (with their measures), which are shown at all, and how. */
  public record View(NetworkAnalysis analysis, Mode mode, Set<Integer> named, Set<Integer> shown, SmallNumbers rule) {

    public boolean shows(int v) {
      return shown.contains(v);
    }

    public boolean names(int v) {
      return named.contains(v);
    }

    /** Whether an edge is shown: both ends shown, and for a site lead one end their own. */
    public boolean shows(SocialNetwork.Edge e) {
      return shows(e.a()) && shows(e.b()) && (mode != Mode.ORGANISATION || names(e.a()) || names(e.b()));
    }

    /** The node's id as this user may see it: its key when named, an opaque one otherwise. */
    public String id(int v) {
      return names(v) ? analysis.network().nodes().get(v).key() : "n" + analysis.opaque()[v];
    }

    /**
     * How the node is labelled for this user: the name (coordinator, and a site lead's own people),
     * the pseudonym or research code (researchers), the organisation's name, or "someone at" an
     * organisation for other organisations' people shown to a site lead. {@code someoneAt} words it.
     */
    public String label(int v, java.util.function.Function<String, String> someoneAt) {
      SocialNetwork.Node node = analysis.network().nodes().get(v);
      if (!node.isPerson()) {
        return node.name();
      }
      if (mode == Mode.PSEUDONYMS) {
        return node.pseudonym() == null || node.pseudonym().isBlank() ? "P-%06d".formatted(node.recordId())
            : node.pseudonym();
      }
      return names(v) ? node.name() : someoneAt.apply(node.organisationName());
    }

    /**
     * The node an id names, as this user was shown it (a key such as {@code p12}, or an opaque
     * {@code n57}); refused with the same words whether it does not exist or is hidden.
     */
    public int resolve(String id) {
      int v = -1;
      if (id != null && id.matches("n\\d{1,9}")) {
        int k = Integer.parseInt(id.substring(1));
        int n = k < analysis.network().nodes().size() ? analysis.fromOpaque()[k] : -1;
        v = n >= 0 && shows(n) && !names(n) ? n : -1;
      } else if (id != null) {
        int n = analysis.nodeIndex(id);
        v = n >= 0 && names(n) ? n : -1;
      }
      if (v < 0) {
        throw new IllegalArgumentException("There is no one with id '" + id + "' in this network that you can choose.");
      }
      return v;
    }

    /** A count as this user may see it, or null when it is withheld. */
    public Integer count(int n) {
      return rule.shown(n);
    }
  }
}
