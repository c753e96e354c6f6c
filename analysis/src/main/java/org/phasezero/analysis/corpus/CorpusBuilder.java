package org.phasezero.analysis.corpus;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link Corpus} from texts, one document at a time: tokenises, interns each token in the
 * type dictionary and appends its id to the token stream. O(total characters) time; memory 4
 * bytes per token plus the dictionary (the array grows by doubling, so peak 8 bytes per token
 * while growing).
 */
public final class CorpusBuilder implements TokenSink {

  private final Tokenization tokenization;
  private final Tokenizer tokenizer;
  private final TokenSink sink;
  private final TypeDictionary types = new TypeDictionary();
  private int[] tokens = new int[1 << 16];
  private int size;
  private int[] frequency = new int[1 << 10];
  private final List<Integer> documentStart = new ArrayList<>();
  private final List<String> documentNames = new ArrayList<>();

  public CorpusBuilder(Tokenization tokenization) {
    this.tokenization = tokenization;
    this.tokenizer = tokenization.tokenizer();
    this.sink = tokenization.folding(this);
  }

  /** Adds a document made of {@code text[from..to)}. */
  public CorpusBuilder add(String name, char[] text, int from, int to) {
    documentStart.add(size);
    documentNames.add(name);
    tokenizer.tokenize(text, from, to, sink);
    return this;
  }

  /** Adds a document. */
  public CorpusBuilder add(String name, String text) {
    char[] chars = text.toCharArray();
    return add(name, chars, 0, chars.length);
  }

  /** Receives tokens from the tokeniser; not for callers. */
  @Override
  public void token(char[] chars, int start, int end) {
    int id = types.intern(chars, start, end);
    if (size == tokens.length) {
      if (size == Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("a corpus holds at most " + size + " tokens");
      }
      tokens = Arrays.copyOf(tokens, (int) Math.min(Integer.MAX_VALUE - 8, 2L * size));
    }
    tokens[size++] = id;
    if (id == frequency.length) {
      frequency = Arrays.copyOf(frequency, 2 * id);
    }
    frequency[id]++;
  }

  /** The corpus so far; the builder should not be used afterwards. */
  public Corpus build() {
    int[] starts = new int[documentStart.size() + 1];
    for (int d = 0; d < documentStart.size(); d++) {
      starts[d] = documentStart.get(d);
    }
    starts[documentStart.size()] = size;
    int[] freq = Arrays.copyOf(frequency, types.size());
    // Wrapping (not copying) avoids a second 4N-byte array at the peak; the limit is N.
    IntBuffer stream = IntBuffer.wrap(tokens, 0, size).slice();
    tokens = null;
    return new Corpus(tokenization, types, stream, freq, starts, documentNames, null, null);
  }
}
