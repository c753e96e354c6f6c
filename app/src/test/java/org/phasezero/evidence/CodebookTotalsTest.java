package org.phasezero.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A parent code's total with its sub-codes, at every depth, as the codebook page shows it. */
class CodebookTotalsTest {

  private static Code code(long id, Long parent, int depth, int codings) {
    return new Code(id, 1, "g" + id, parent, "Code " + id, null, null, true, depth, codings, 1, null, null);
  }

  @Test
  void aParentCountsItsOwnCodingsAndThoseOfEveryCodeUnderIt() {
    // 1 (2) > 2 (3) > 3 (4); 1 > 4 (0); 5 (7) alone; 6 (0) > 7 (1).
    List<Code> tree = List.of(code(1, null, 0, 2), code(2, 1L, 1, 3), code(3, 2L, 2, 4), code(4, 1L, 1, 0),
        code(5, null, 0, 7), code(6, null, 0, 0), code(7, 6L, 1, 1));
    assertThat(Codebook.withSubCodes(tree)).isEqualTo(Map.of(1L, 9, 2L, 7, 6L, 1));
    assertThat(Codebook.withSubCodes(List.of())).isEmpty();
  }
}
