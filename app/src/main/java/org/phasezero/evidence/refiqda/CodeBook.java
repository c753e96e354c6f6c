package org.phasezero.evidence.refiqda;

import java.util.List;
import java.util.stream.Stream;

/** The project's codes: a forest whose roots are the top-level codes. */
public record CodeBook(List<Code> codes) {

  public static final CodeBook EMPTY = new CodeBook(List.of());

  public CodeBook {
    codes = List.copyOf(codes);
  }

  /** Every code, parents before their children (depth-first, document order). */
  public Stream<Code> allCodes() {
    return codes.stream().flatMap(Code::withDescendants);
  }

  /** Levels in the deepest branch: 0 with no codes, 1 when no code has children. */
  public int depth() {
    return codes.stream().mapToInt(Code::depth).max().orElse(0);
  }
}
