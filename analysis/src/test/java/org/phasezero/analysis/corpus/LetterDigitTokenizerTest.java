package org.phasezero.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LetterDigitTokenizerTest {

  @Test
  void keepsInnerApostrophesAndHyphensButSplitsOnOuterOnesAndDashes() {
    assertThat(LetterDigitTokenizer.INSTANCE.tokens(
        "Don't stop -- well-being's 1960s café 'tis dogs' a--b x_y e\u0301t\u00e9"))
        .containsExactly("Don't", "stop", "well-being's", "1960s", "café", "tis", "dogs", "a",
            "b", "x", "y", "e\u0301t\u00e9");
  }

  @Test
  void treatsTypographicApostropheAndNonLatinLettersAsWordCharacters() {
    assertThat(LetterDigitTokenizer.INSTANCE.tokens("it\u2019s Ελλάδα 東京 \uD835\uDD18x ٣٤"))
        .containsExactly("it\u2019s", "Ελλάδα", "東京", "\uD835\uDD18x", "٣٤");
  }

  @Test
  void aCombiningMarkCannotStartAWord() {
    assertThat(LetterDigitTokenizer.INSTANCE.tokens("\u0301abc")).containsExactly("abc");
  }

  @Property(tries = 2000)
  void agreesWithItsDocumentedRegularExpression(@ForAll("texts") String text) {
    assertThat(LetterDigitTokenizer.INSTANCE.tokens(text)).isEqualTo(byRegex(text));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("a", "Z", "é", "9", "'", "\u2019", "-", " ", "--", "\u0301", ",", ".",
        "\uD835\uDD18", "東", "_", "\n", "٣", "ǅ").list().ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }

  static List<String> byRegex(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(LetterDigitTokenizer.PATTERN).matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
