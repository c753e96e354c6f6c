package org.phasezero.evidence.rounds;

import java.util.List;

/**
 * A unit and code on which the coders who saw the unit differ: the unit's words, each coder's
 * answer (with the words they coded inside the unit), and the owner's decision once made.
 */
public record Disagreement(RoundUnit unit, String sourceName, String speaker, String text, long codeId,
    String codeName, List<Answer> answers, Decision decision) {

  /** A coder's answer: applied (with the words), did not apply, or did not finish the source. */
  public record Answer(String coder, Boolean applied, String words) {}
}
