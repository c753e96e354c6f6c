package org.phasezero.evidence.refiqda;

import java.util.List;

/** A named group of codes, sources and notes (the {@code Set} element). */
public record QdaSet(
    String guid,
    String name,
    String description,
    List<String> memberCodes,
    List<String> memberSources,
    List<String> memberNotes) {

  public QdaSet {
    memberCodes = List.copyOf(memberCodes);
    memberSources = List.copyOf(memberSources);
    memberNotes = List.copyOf(memberNotes);
  }
}
