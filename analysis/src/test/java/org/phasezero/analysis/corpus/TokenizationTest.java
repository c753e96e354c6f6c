package org.phasezero.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizationTest {

  private static List<String> tokens(Tokenization t, String text) {
    List<String> out = new ArrayList<>();
    char[] c = text.toCharArray();
    t.tokenize(c, 0, c.length, (a, s, e) -> out.add(new String(a, s, e - s)));
    return out;
  }

  @Test
  void aCustomPatternSplitsPunctuationLikeNltkWordPunct() {
    Tokenization wordPunct = new Tokenization("\\w+|[^\\w\\s]+", false);
    assertThat(tokens(wordPunct, "Call me Ishmael. Don't!"))
        .containsExactly("Call", "me", "Ishmael", ".", "Don", "'", "t", "!");
  }

  @Test
  void ignoringCaseLowerCasesEveryCodePoint() {
    Tokenization folded = new Tokenization(null, true);
    assertThat(tokens(folded, "The THE Ελλάδα İstanbul"))
        .containsExactly("the", "the", "ελλάδα", "istanbul");
    assertThat(folded.normalise("WHALE")).isEqualTo("whale");
  }

  @Test
  void aPatternThatMatchesEmptyStringsYieldsOnlyNonEmptyTokens() {
    assertThat(tokens(new Tokenization("\\w*", false), "a  bc")).containsExactly("a", "bc");
  }

  @Test
  void anInvalidPatternIsRejectedWithItsDescription() {
    assertThatThrownBy(() -> new Tokenization("[a-", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid token pattern '[a-'");
  }
}
