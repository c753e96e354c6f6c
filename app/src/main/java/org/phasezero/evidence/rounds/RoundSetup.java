package org.phasezero.evidence.rounds;

import java.util.List;

/** What a round covers: its sources and codes (id and name) and its coders (username and name). */
public record RoundSetup(List<Item> sources, List<Item> codes, List<Coder> coders) {

  public record Item(long id, String name) {}

  public record Coder(String username, String displayName) {}
}
