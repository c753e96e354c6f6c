package org.phasezero.analysis.corpus;

import java.util.ArrayList;
import java.util.List;

/** Splits text into tokens, left to right, reporting each to a {@link TokenSink}. */
public interface Tokenizer {

  /** Tokenises {@code text[from..to)}. */
  void tokenize(char[] text, int from, int to, TokenSink sink);

  /** Convenience for tests and small inputs: the tokens of a string, in order. */
  default List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    char[] chars = text.toCharArray();
    tokenize(chars, 0, chars.length, (c, s, e) -> out.add(new String(c, s, e - s)));
    return out;
  }
}
