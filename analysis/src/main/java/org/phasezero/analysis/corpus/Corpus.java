package org.phasezero.analysis.corpus;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * An indexed corpus: the token stream as type ids, the type dictionary, per-type frequencies,
 * document boundaries and a positional (inverted) index from each type to its token positions.
 * Built once by {@link CorpusBuilder} or loaded by {@link CorpusIndexFile}, then queried many
 * times; it is immutable after construction and safe to share between threads once the postings
 * exist.
 *
 * <p>Positions are 0-based token offsets in the whole corpus; documents are consecutive ranges of
 * positions. The postings are a CSR layout: the positions of type t, in increasing order, are
 * {@code postings[postingStart[t] .. postingStart[t+1])}. For a corpus built in memory they are
 * computed on first use by a counting sort, O(N + V) time and 4N bytes.
 *
 * <p>Limits: at most {@link Integer#MAX_VALUE} tokens (the stream is int-indexed).
 */
public final class Corpus {

  private final Tokenization tokenization;
  private final TypeDictionary types;
  private final IntBuffer tokens;
  private final int[] frequency;
  private final int[] documentStart;
  private final List<String> documentNames;
  private int[] postingStart;
  private IntBuffer postings;

  Corpus(Tokenization tokenization, TypeDictionary types, IntBuffer tokens, int[] frequency,
      int[] documentStart, List<String> documentNames, int[] postingStart, IntBuffer postings) {
    this.tokenization = tokenization;
    this.types = types;
    this.tokens = tokens;
    this.frequency = frequency;
    this.documentStart = documentStart;
    this.documentNames = List.copyOf(documentNames);
    this.postingStart = postingStart;
    this.postings = postings;
  }

  public Tokenization tokenization() {
    return tokenization;
  }

  public TypeDictionary types() {
    return types;
  }

  /** N, the number of tokens. */
  public int tokenCount() {
    return tokens.limit();
  }

  /** V, the number of distinct types. */
  public int typeCount() {
    return types.size();
  }

  /** The type id of the token at a position. */
  public int tokenAt(int position) {
    return tokens.get(position);
  }

  /** The string of the token at a position. */
  public String tokenString(int position) {
    return types.type(tokens.get(position));
  }

  public int frequency(int typeId) {
    return frequency[typeId];
  }

  /** The frequency of a word after the corpus's own normalisation; 0 when absent. */
  public int frequency(String word) {
    int id = idOf(word);
    return id < 0 ? 0 : frequency[id];
  }

  /** The id of a query word normalised like the corpus (case-folded if it was), or -1. */
  public int idOf(String word) {
    return types.idOf(tokenization.normalise(word));
  }

  /** The increasing token positions of a type. */
  public int[] positions(int typeId) {
    ensurePostings();
    int from = postingStart[typeId];
    int[] out = new int[postingStart[typeId + 1] - from];
    postings.get(from, out);
    return out;
  }

  /**
   * The increasing positions of every type equal to {@code word} ignoring case (per-code-point
   * folding); for a case-folded corpus this is just the word's postings. O(V) to scan the types.
   */
  public int[] positionsIgnoringCase(String word) {
    String folded = Tokenization.fold(word);
    int total = 0;
    int[] ids = new int[4];
    int found = 0;
    for (int id = 0; id < types.size(); id++) {
      String t = types.type(id);
      if (t.length() == folded.length() && Tokenization.fold(t).equals(folded)) {
        if (found == ids.length) {
          ids = Arrays.copyOf(ids, found * 2);
        }
        ids[found++] = id;
        total += frequency[id];
      }
    }
    int[] out = new int[total];
    int at = 0;
    for (int k = 0; k < found; k++) {
      int[] p = positions(ids[k]);
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    if (found > 1) {
      Arrays.sort(out);
    }
    return out;
  }

  public int documentCount() {
    return documentNames.size();
  }

  public String documentName(int document) {
    return documentNames.get(document);
  }

  /** First position of a document. */
  public int documentStart(int document) {
    return documentStart[document];
  }

  /** One past the last position of a document. */
  public int documentEnd(int document) {
    return documentStart[document + 1];
  }

  /** The document holding a position, by binary search: O(log D). */
  public int documentOf(int position) {
    int i = Arrays.binarySearch(documentStart, 0, documentNames.size(), position);
    if (i >= 0) {
      // Empty documents share a start: the position belongs to the last of them.
      while (i + 1 < documentNames.size() && documentStart[i + 1] == position) {
        i++;
      }
      return i;
    }
    return -i - 2;
  }

  IntBuffer tokenBuffer() {
    return tokens.duplicate();
  }

  int[] documentStarts() {
    return documentStart.clone();
  }

  List<String> documentNames() {
    return documentNames;
  }

  int[] postingStarts() {
    ensurePostings();
    return postingStart;
  }

  IntBuffer postingBuffer() {
    ensurePostings();
    return postings.duplicate();
  }

  private synchronized void ensurePostings() {
    if (postings != null) {
      return;
    }
    int v = types.size();
    int[] start = new int[v + 1];
    for (int t = 0; t < v; t++) {
      start[t + 1] = start[t] + frequency[t];
    }
    int[] next = Arrays.copyOf(start, v);
    int[] positions = new int[tokens.limit()];
    for (int i = 0, n = tokens.limit(); i < n; i++) {
      positions[next[tokens.get(i)]++] = i;
    }
    this.postingStart = start;
    this.postings = IntBuffer.wrap(positions);
  }
}
