package org.phasezero.analysis.corpus;

import java.nio.CharBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tokeniser for a user-supplied regular expression: every non-empty match of the pattern, left
 * to right, is a token (as {@code re.findall} in Python or NLTK's {@code RegexpTokenizer}). Empty
 * matches are skipped, so a pattern such as {@code \w*} cannot produce empty tokens.
 * Complexity: that of {@link java.util.regex.Matcher#find()} over the text.
 */
public final class RegexTokenizer implements Tokenizer {

  private final Pattern pattern;

  /**
   * @throws IllegalArgumentException naming the problem when {@code regex} is not a valid pattern
   */
  public RegexTokenizer(String regex) {
    try {
      this.pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalArgumentException("invalid token pattern '" + regex + "': "
          + e.getDescription() + " near index " + e.getIndex());
    }
  }

  public String pattern() {
    return pattern.pattern();
  }

  @Override
  public void tokenize(char[] text, int from, int to, TokenSink sink) {
    // CharBuffer.wrap shares the array; matcher indexes are relative to 'from'.
    Matcher m = pattern.matcher(CharBuffer.wrap(text, from, to - from));
    while (m.find()) {
      if (m.end() > m.start()) {
        sink.token(text, from + m.start(), from + m.end());
      }
    }
  }
}
