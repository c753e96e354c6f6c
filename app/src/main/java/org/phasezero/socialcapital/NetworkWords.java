package org.phasezero.socialcapital;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of network results in the reader's language: labels of people a viewer may not name,
 * and key-person risk explained in a sentence.
 */
@Component
public class NetworkWords {

  private final MessageSource messages;

  NetworkWords(MessageSource messages) {
    this.messages = messages;
  }

  private String say(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }

  /** Another organisation's person, as a site lead sees them. */
  public String someoneAt(String organisation) {
    return organisation == null ? say("network.someone") : say("network.someoneAt", organisation);
  }

  /** The node's label for this viewer. */
  public String label(NetworkViewer.View view, int v) {
    return view.label(v, this::someoneAt);
  }

  /**
   * Why a node is a key person, in a sentence: whether removing them cuts the community side off
   * from the statutory side, and their share of linking paths. {@code who} names them as the
   * reader may see them ("one person" for a reader who sees figures only).
   */
  public String keyPersonReason(NetworkAnalysis a, int v, String who) {
    String percent = percent(a.linkingShare(v));
    if (a.disconnectsSides(v)) {
      // An end of the only link between the sides carries no path between others, but cuts them all.
      return a.linkingShare(v) > 0 ? say("network.risk.disconnects", who, percent)
          : say("network.risk.disconnectsAlone", who);
    }
    return say("network.risk.carries", who, percent);
  }

  /** Who a key person is for a reader: their label, or "one person" / "one organisation" when they may not be named. */
  public String who(NetworkViewer.View view, int v) {
    if (view.names(v)) {
      return label(view, v);
    }
    return view.analysis().network().nodes().get(v).isPerson() ? say("network.onePerson") : say("network.oneOrganisation");
  }

  /** Which network is shown, in a sentence: its period, what it is built from and what its nodes are. */
  public String describe(NetworkQuery q) {
    java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
        LocaleContextHolder.getLocale());
    String sources = String.join(", ", q.sources().stream().map(s -> say("enum.NetworkSource." + s.name())).toList());
    return say("network.described", date.format(q.from()), date.format(q.to()), sources,
        say("enum.NodeKind." + q.nodes().name()));
  }

  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
