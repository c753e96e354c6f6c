package org.phasezero.discourse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PostFieldsTest {

  @Test
  void runsOfWhiteSpaceBecomeOneSpaceAndTheEndsAreStripped() {
    assertThat(PostFields.normalised("  Carers\tneed \n\n a  voice \r\n")).isEqualTo("Carers need a voice");
    assertThat(PostFields.normalised("already one space")).isEqualTo("already one space");
    assertThat(PostFields.normalised("a\u000Bb\fc")).isEqualTo("a b c");
    // A no-break space is not white space to \s: it is kept, as the stored hashes were made.
    assertThat(PostFields.normalised("a\u00A0 b")).isEqualTo("a\u00A0 b");
  }

  /** The hashes of stored posts were made with strip() and replaceAll("\\s+", " "): the same, always. */
  @Property(tries = 500)
  void equalsTheRegularExpressionItReplaces(@ForAll("texts") String text) {
    assertThat(PostFields.normalised(text)).isEqualTo(text.strip().replaceAll("\\s+", " "));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(" \t\n\u000B\f\r\u00A0\u2003\u3000ab.é").ofMaxLength(40);
  }
}
