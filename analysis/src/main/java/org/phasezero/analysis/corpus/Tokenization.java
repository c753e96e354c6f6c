package org.phasezero.analysis.corpus;

/**
 * How a corpus was tokenised: the token pattern (null for the default {@link
 * LetterDigitTokenizer}) and whether tokens are case-folded. It is stored in a saved index so that
 * query words are normalised the same way as the corpus.
 *
 * <p>Case folding is per code point with {@link Character#toLowerCase(int)}: locale-independent and
 * length-preserving in code points (so Turkish dotted İ becomes i, not i + combining dot).
 *
 * @param pattern the token regular expression, or null for the default scanner
 * @param ignoreCase whether tokens are lower-cased
 */
public record Tokenization(String pattern, boolean ignoreCase) {

  public static final Tokenization DEFAULT = new Tokenization(null, false);

  /** Validates the pattern eagerly, so that a bad one fails before any file is read. */
  public Tokenization {
    if (pattern != null) {
      new RegexTokenizer(pattern);
    }
  }

  /** The tokeniser this describes. */
  public Tokenizer tokenizer() {
    return pattern == null ? LetterDigitTokenizer.INSTANCE : new RegexTokenizer(pattern);
  }

  /** A sink that applies this tokenisation's case folding before passing tokens on. */
  public TokenSink folding(TokenSink next) {
    return ignoreCase ? new CaseFoldingSink(next) : next;
  }

  /** Tokenises and folds {@code text[from..to)}. */
  public void tokenize(char[] text, int from, int to, TokenSink sink) {
    tokenizer().tokenize(text, from, to, folding(sink));
  }

  /** A query word normalised as the corpus tokens were (folded when ignoring case). */
  public String normalise(String word) {
    return ignoreCase ? fold(word) : word;
  }

  /** Per-code-point lower-casing, as applied to tokens. */
  public static String fold(String word) {
    StringBuilder b = new StringBuilder(word.length());
    word.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
    return b.toString();
  }

  /** Folds into a reusable buffer; ASCII words without capitals pass through untouched. */
  private static final class CaseFoldingSink implements TokenSink {
    private final TokenSink next;
    private char[] buffer = new char[64];

    CaseFoldingSink(TokenSink next) {
      this.next = next;
    }

    @Override
    public void token(char[] chars, int start, int end) {
      if (buffer.length < 2 * (end - start)) {
        buffer = new char[2 * (end - start)];
      }
      int n = 0;
      for (int i = start; i < end; ) {
        char c = chars[i];
        if (c < 128) {
          buffer[n++] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
          i++;
        } else {
          int cp = Character.codePointAt(chars, i, end);
          n += Character.toChars(Character.toLowerCase(cp), buffer, n);
          i += Character.charCount(cp);
        }
      }
      next.token(buffer, 0, n);
    }
  }
}
