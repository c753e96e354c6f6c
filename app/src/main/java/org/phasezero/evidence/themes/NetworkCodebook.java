package org.phasezero.evidence.themes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.phasezero.evidence.interchange.CodebookInterchange;
import org.phasezero.evidence.refiqda.Code;
import org.phasezero.evidence.refiqda.CodeBook;
import org.phasezero.evidence.refiqda.QdaSet;
import org.phasezero.evidence.refiqda.QdcWriter;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A thematic network as a REFI-QDA codebook ({@code .qdc}) that NVivo, ATLAS.ti, MAXQDA and
 * QualCoder can open: the project's codes as they are, then the network as a code hierarchy (a
 * folder for the network, the global theme inside it, organising themes inside that, basic themes
 * inside those; none of them codable, so nobody codes a theme by mistake), and one set per theme
 * whose members are the codes it traces down to. Themes have no GUID of their own in PhaseZero, so
 * each gets a name-based UUID from its id: the same theme has the same GUID in every export.
 */
@Service
public class NetworkCodebook {

  private static final String ORIGIN = "PhaseZero";

  private final CodebookInterchange codebooks;
  private final ThemeEvidence evidence;
  private final ApplicationEventPublisher events;

  NetworkCodebook(CodebookInterchange codebooks, ThemeEvidence evidence, ApplicationEventPublisher events) {
    this.codebooks = codebooks;
    this.evidence = evidence;
    this.events = events;
  }

  /** The codebook with the network's hierarchy and sets; audited as an export. */
  public byte[] export(long networkId) {
    ThemeEvidence.Trace trace = evidence.trace(networkId);
    if (trace.global() == null) {
      throw new Conflict("Add the global theme before exporting the network: there is nothing to export yet.");
    }
    ThematicNetwork network = trace.network();
    List<Code> codes = new ArrayList<>(codebooks.codeBook(network.projectId()).codes());
    codes.add(new Code(guid("network", network.id()), "Thematic network: " + network.name(), false, null,
        network.description(), List.of(), List.of(themeCode(trace.global()))));
    List<QdaSet> sets = new ArrayList<>();
    for (ThemeEvidence.Node n : trace.nodes()) {
      Theme t = n.theme();
      sets.add(new QdaSet(guid("set", t.id()), TIER_WORDS.get(t.tier()) + ": " + t.name(), t.description(),
          n.codes().stream().map(org.phasezero.evidence.Code::guid).distinct().toList(), List.of(), List.of()));
    }
    byte[] bytes = new QdcWriter().write(new CodeBook(codes), sets, ORIGIN);
    events.publishEvent(new AuditedAction("EXPORT", "thematic_network", String.valueOf(networkId),
        "Thematic network '" + network.name() + "' exported as a REFI-QDA codebook (" + sets.size() + " themes)", null,
        Map.of("bytes", bytes.length)));
    return bytes;
  }

  private static final Map<Theme.Tier, String> TIER_WORDS = Map.of(Theme.Tier.GLOBAL, "Global theme",
      Theme.Tier.ORGANISING, "Organising theme", Theme.Tier.BASIC, "Basic theme");

  private static Code themeCode(ThemeEvidence.Node n) {
    return new Code(guid("theme", n.theme().id()), n.theme().name(), false, null, n.theme().description(), List.of(),
        n.children().stream().map(NetworkCodebook::themeCode).toList());
  }

  /** A stable GUID for something PhaseZero numbers but does not give a GUID. */
  static String guid(String kind, long id) {
    return UUID.nameUUIDFromBytes(("phasezero-" + kind + "-" + id).getBytes(StandardCharsets.UTF_8)).toString()
        .toUpperCase(java.util.Locale.ROOT);
  }
}
