package org.phasezero.evidence.refiqda;

import java.util.List;
import java.util.stream.Stream;

/**
 * A code and its child codes.
 *
 * @param codable false for a folder that only groups other codes ({@code isCodable})
 * @param color an RGB colour such as {@code #FF0000}, or null
 */
public record Code(
    String guid,
    String name,
    boolean codable,
    String color,
    String description,
    List<String> noteRefs,
    List<Code> children) {

  public Code {
    noteRefs = List.copyOf(noteRefs);
    children = List.copyOf(children);
  }

  /** This code followed by all its descendants, depth-first. */
  public Stream<Code> withDescendants() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(Code::withDescendants));
  }

  /** Levels from this code down to its deepest descendant; 1 for a leaf. */
  public int depth() {
    return 1 + children.stream().mapToInt(Code::depth).max().orElse(0);
  }
}
