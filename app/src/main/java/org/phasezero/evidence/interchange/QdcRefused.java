package org.phasezero.evidence.interchange;

import java.util.List;

/**
 * A {@code .qdc} codebook that cannot be imported, with nothing stored: {@link Reason#UNREADABLE}
 * (not XML, a DTD, not a REFI-QDA codebook, a code without a required attribute),
 * {@link Reason#TOO_LARGE}, or {@link Reason#INCONSISTENT} where merging it would be ambiguous or
 * store what the schema forbids (two codes with one GUID, a value of the wrong syntax).
 * {@link #problems()} lists each, one line naming the code.
 */
public class QdcRefused extends RuntimeException {

  /** Why a codebook was refused. */
  public enum Reason { UNREADABLE, TOO_LARGE, INCONSISTENT }

  private final Reason reason;
  private final List<String> problems;

  QdcRefused(String message, Reason reason, List<String> problems) {
    super(message);
    this.reason = reason;
    this.problems = List.copyOf(problems);
  }

  static QdcRefused of(Reason reason, String fileName, String problem) {
    return new QdcRefused(fileName + ": " + problem, reason, List.of(problem));
  }

  static QdcRefused inconsistent(String fileName, List<String> problems) {
    String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more problems)";
    return new QdcRefused(fileName + ": " + problems.get(0) + more, Reason.INCONSISTENT, problems);
  }

  public Reason reason() {
    return reason;
  }

  public List<String> problems() {
    return problems;
  }
}
