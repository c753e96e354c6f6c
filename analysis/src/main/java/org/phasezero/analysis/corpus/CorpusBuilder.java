package org.phasezero.analysis.corpus;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link Corpus} from texts, one document at a time: tokenises, interns each token in the
 * type dictionary and appends its id to the token stream. O(total characters) time; memory 4
 * bytes per token plus the dictionary (the array grows by doubling, so peak 8 bytes per token
 * while growing). {@link ParallelCorpus} runs several builders on consecutive documents and
 * {@linkplain #join joins} them.
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

  /**
   * One corpus from builders that each took a consecutive run of the documents, in document order:
   * the same corpus, id for id, as one builder given every document, because each part's types are
   * interned in the order they first appear in it, after every type of the parts before. The
   * builders should not be used afterwards. O(N + V·L) for N tokens and V types of mean length L.
   */
  public static Corpus join(List<CorpusBuilder> parts) {
    CorpusBuilder joined = parts.get(0);
    long total = 0;
    for (CorpusBuilder part : parts) {
      if (!Objects.equals(part.tokenization, joined.tokenization)) {
        throw new IllegalArgumentException("the parts of a corpus must share one tokenisation");
      }
      total += part.size;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("a corpus holds at most " + (Integer.MAX_VALUE - 8) + " tokens");
    }
    if (total > joined.tokens.length) {
      joined.tokens = Arrays.copyOf(joined.tokens, (int) total);
    }
    for (CorpusBuilder part : parts.subList(1, parts.size())) {
      joined.append(part);
    }
    return joined.build();
  }

  /** Appends another builder's documents, mapping its type ids to this builder's. */
  private void append(CorpusBuilder part) {
    int[] ids = new int[part.types.size()];
    for (int t = 0; t < ids.length; t++) {
      ids[t] = types.intern(part.types.type(t));
    }
    if (frequency.length < types.size()) {
      frequency = Arrays.copyOf(frequency, Math.max(types.size(), 2 * frequency.length));
    }
    for (int t = 0; t < ids.length; t++) {
      frequency[ids[t]] += part.frequency[t];
    }
    for (int d = 0; d < part.documentStart.size(); d++) {
      documentStart.add(size + part.documentStart.get(d));
      documentNames.add(part.documentNames.get(d));
    }
    int[] from = part.tokens;
    for (int i = 0; i < part.size; i++) {
      tokens[size + i] = ids[from[i]];
    }
    size += part.size;
    part.tokens = null;
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
