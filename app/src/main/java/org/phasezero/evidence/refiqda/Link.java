package org.phasezero.evidence.refiqda;

import java.util.List;

/**
 * A link between any two identified elements.
 *
 * @param direction {@code Associative}, {@code OneWay} or {@code Bidirectional}, or null
 */
public record Link(
    String guid,
    String name,
    String direction,
    String color,
    String originGuid,
    String targetGuid,
    List<String> noteRefs) {

  public Link {
    noteRefs = List.copyOf(noteRefs);
  }
}
