package org.phasezero.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagePastTheEndTest {

  @Test
  void anEmptyPageAfterTheFirstIsPastTheEnd() {
    assertThat(new Page<>(List.of(), 8, 25, 60).pastTheEnd()).isTrue();
    assertThat(new Page<>(List.of(), 0, 25, 0).pastTheEnd()).isFalse();
    assertThat(new Page<>(List.of("a"), 2, 25, 51).pastTheEnd()).isFalse();
  }

  @Test
  void allFetchesEveryPageOnceAndStopsAtTheLimit() {
    List<Integer> rows = IntStream.range(0, 450).boxed().toList();
    List<Integer> asked = new ArrayList<>();
    var search = (java.util.function.Function<Page.Request, Page<Integer>>) r -> {
      asked.add(r.page());
      int from = (int) Math.min(r.offset(), rows.size());
      return new Page<>(rows.subList(from, Math.min(from + r.size(), rows.size())), r.page(), r.size(), rows.size());
    };
    assertThat(Page.all(search, 10_000)).isEqualTo(rows);
    assertThat(asked).containsExactly(0, 1, 2);
    assertThat(Page.all(search, 250)).hasSize(250).startsWith(0, 1, 2);
  }
}
