package org.phasezero.evidence.interchange;

import java.util.List;

/**
 * A {@code .qdpx} file that cannot be imported, with nothing stored: unreadable or unsafe (a DTD,
 * a zip entry outside the archive, a zip bomb, not a zip at all: {@code unsafe}), or readable but
 * inconsistent where importing it would store wrong evidence (a selection outside its text, a coding
 * of a code the codebook does not have). {@link #problems()} lists each, one line naming the element.
 */
public class QdpxRefused extends RuntimeException {

  private final boolean unreadable;
  private final List<String> problems;

  QdpxRefused(String message, boolean unreadable, List<String> problems) {
    super(message);
    this.unreadable = unreadable;
    this.problems = List.copyOf(problems);
  }

  static QdpxRefused unreadable(String fileName, String problem) {
    return new QdpxRefused(fileName + ": " + problem, true, List.of(problem));
  }

  static QdpxRefused inconsistent(String fileName, List<String> problems) {
    String first = problems.get(0);
    String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more problems)";
    return new QdpxRefused(fileName + ": " + first + more, false, problems);
  }

  /** True when the file could not be read safely (as opposed to read but inconsistent). */
  public boolean unreadable() {
    return unreadable;
  }

  public List<String> problems() {
    return problems;
  }
}
