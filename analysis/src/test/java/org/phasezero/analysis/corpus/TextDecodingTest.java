package org.phasezero.analysis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void wellFormedUtf8IsReadAsUtf8() {
    TextDecoding.Text t = TextDecoding.detect("café".getBytes(StandardCharsets.UTF_8));
    assertThat(t.toString()).isEqualTo("café");
    assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void bytesThatAreNotUtf8FallBackToWindows1252() {
    // 0xE9 is é in windows-1252; 0x93/0x94 are the curly double quotes (not C1 controls as in
    // ISO-8859-1). A lone 0xE9 followed by ASCII is malformed UTF-8.
    TextDecoding.Text t = TextDecoding.detect(bytes('c', 'a', 'f', 0xE9, ' ', 0x93, 'x', 0x94));
    assertThat(t.toString()).isEqualTo("café \u201Cx\u201D");
    assertThat(t.charset()).isEqualTo(TextDecoding.WINDOWS_1252);
  }

  @Test
  void byteOrderMarksChooseTheEncodingAndAreDropped() {
    assertThat(TextDecoding.detect(bytes(0xEF, 0xBB, 0xBF, 'h', 'i')).toString()).isEqualTo("hi");
    TextDecoding.Text le = TextDecoding.detect(bytes(0xFF, 0xFE, 'h', 0, 'i', 0));
    assertThat(le.toString()).isEqualTo("hi");
    assertThat(le.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(TextDecoding.detect(bytes(0xFE, 0xFF, 0, 'h', 0, 'i')).toString()).isEqualTo("hi");
  }

  @Test
  void anExplicitEncodingIsStrictAndNamesTheLine() {
    assertThatThrownBy(() -> TextDecoding.decodeStrict(bytes('a', '\n', 'b', '\n', 0xFF),
        StandardCharsets.UTF_8))
        .isInstanceOfSatisfying(TextDecoding.MalformedTextException.class,
            e -> assertThat(e.line()).isEqualTo(3));
  }

  @Test
  void anUnknownEncodingNameIsRejected() {
    assertThatThrownBy(() -> TextDecoding.charset("no-such-encoding"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown encoding 'no-such-encoding'");
  }
}
