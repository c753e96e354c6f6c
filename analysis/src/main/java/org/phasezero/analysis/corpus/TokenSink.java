package org.phasezero.analysis.corpus;

/**
 * Receives tokens as ranges of a character array, so that tokenising a large text allocates no
 * string per token (the type dictionary looks ranges up directly).
 */
@FunctionalInterface
public interface TokenSink {

  /** One token: {@code chars[start..end)}; the array may be reused after the call returns. */
  void token(char[] chars, int start, int end);
}
