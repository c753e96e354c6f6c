package org.phasezero.evidence.themes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phasezero.evidence.CodedSegment;
import org.phasezero.evidence.Coding;
import org.phasezero.network.Side;

class IllustrativeQuotesTest {

  private static CodedSegment quote(String text, Side side) {
    return new CodedSegment(new Coding(1, 1, 1, 1, "code", null, 0, text.length(), "coder", Instant.EPOCH, null, null,
        null), "Source", "", text, "", "Speaker", side);
  }

  @Test
  void bothVoicesAreHeardBeforeEitherIsHeardTwice() {
    List<CodedSegment> quotes = List.of(quote("c1", Side.COMMUNITY), quote("c2", Side.COMMUNITY),
        quote("c3", Side.COMMUNITY), quote("s1", Side.STATUTORY), quote("u1", null));
    assertThat(IllustrativeQuotes.of(quotes)).extracting(IllustrativeQuotes.Quote::text)
        .containsExactly("c1", "s1", "u1");
    assertThat(IllustrativeQuotes.of(quotes.subList(0, 3))).extracting(IllustrativeQuotes.Quote::text)
        .containsExactly("c1", "c2", "c3");
    assertThat(IllustrativeQuotes.of(List.of(quote("s1", Side.STATUTORY)))).extracting(IllustrativeQuotes.Quote::side)
        .containsExactly(Side.STATUTORY);
    assertThat(IllustrativeQuotes.of(List.of())).isEmpty();
  }

  @Test
  void aLongQuoteIsCutAtAWordWithAnEllipsis() {
    String words = "word ".repeat(100).strip();
    String cut = IllustrativeQuotes.of(List.of(quote(words, Side.COMMUNITY))).get(0).text();
    assertThat(cut).endsWith("word…").hasSizeLessThanOrEqualTo(IllustrativeQuotes.MAX_CHARACTERS + 1);
    assertThat(words).startsWith(cut.substring(0, cut.length() - 1));
    String unbroken = "x".repeat(500);
    assertThat(IllustrativeQuotes.of(List.of(quote(unbroken, null))).get(0).text())
        .hasSize(IllustrativeQuotes.MAX_CHARACTERS).endsWith("x…");
  }
}
