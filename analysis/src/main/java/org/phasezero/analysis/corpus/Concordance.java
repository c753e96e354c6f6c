package org.phasezero.analysis.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Key word in context (KWIC): every occurrence of a node word with up to {@code width} tokens of
 * context on each side. Context never crosses a document boundary. Contexts are the corpus tokens
 * joined by single spaces (the index keeps tokens, not the original spacing and punctuation);
 * {@link #inText} gives a hit as it reads in its document, where the caller still has the text.
 *
 * <p>Sorting: {@code LEFT} orders hits by the first token to the left, then the second, and so
 * on (the usual concordancer convention), {@code RIGHT} by the first token to the right, then the
 * second; a missing token (document edge) sorts first; ties keep corpus order. Tokens compare by
 * code-unit order, not locale collation. {@code NONE} keeps corpus order.
 *
 * <p>Complexity: O(1) to find the hits in the postings, O(h·w) to build h hits, plus
 * O(h log h · w) comparisons to sort.
 */
public final class Concordance {

  /** How hits are ordered. */
  public enum Sort { NONE, LEFT, RIGHT }

  /**
   * One hit: {@code document} name, {@code position} (0-based token offset in that document),
   * the context joined by spaces, and the node as it appears in the corpus.
   */
  public record Hit(String document, int position, String left, String node, String right) {}

  private Concordance() {}

  /**
   * The hits of a word (normalised like the corpus; with {@code ignoreCase}, every type equal to it
   * ignoring case). A word absent from the corpus has no hits.
   */
  public static List<Hit> of(Corpus corpus, String word, int width, Sort sort, boolean ignoreCase) {
    if (width < 0) {
      throw new IllegalArgumentException("context width must not be negative: " + width);
    }
    int[] positions;
    if (ignoreCase && !corpus.tokenization().ignoreCase()) {
      positions = corpus.positionsIgnoringCase(word);
    } else {
      int id = corpus.idOf(word);
      positions = id < 0 ? new int[0] : corpus.positions(id);
    }
    List<int[]> spans = new ArrayList<>(positions.length);
    for (int p : positions) {
      int doc = corpus.documentOf(p);
      spans.add(new int[] {p, Math.max(corpus.documentStart(doc), p - width),
          Math.min(corpus.documentEnd(doc), p + width + 1), doc});
    }
    if (sort != Sort.NONE) {
      spans.sort(sort == Sort.LEFT ? leftOrder(corpus) : rightOrder(corpus));
    }
    List<Hit> hits = new ArrayList<>(spans.size());
    // One builder for every context: it grows once, instead of a few times for every string.
    StringBuilder buffer = new StringBuilder(16 * width + 16);
    for (int[] s : spans) {
      hits.add(new Hit(corpus.documentName(s[3]), s[0] - corpus.documentStart(s[3]),
          join(corpus, s[1], s[0], buffer), corpus.tokenString(s[0]),
          join(corpus, s[0] + 1, s[2], buffer)));
    }
    return hits;
  }

  /**
   * The same hit as it reads in its document's original {@code text}: its case, punctuation and
   * spacing (runs of white space as one space), the context cut at the same tokens. {@code text} is
   * the document the corpus was built from, tokenised as {@code tokenization} says; when its tokens
   * do not line up with the hit (a different text), the hit is returned as it is. Linear in the
   * text's length.
   */
  public static Hit inText(Hit hit, String text, Tokenization tokenization, int width) {
    if (text == null) {
      return hit;
    }
    int p = hit.position();
    int first = Math.max(0, p - width);
    int[] starts = new int[p + width - first + 1];
    int[] ends = new int[starts.length];
    int[] seen = {0};
    char[] chars = text.toCharArray();
    tokenization.tokenizer().tokenize(chars, 0, chars.length, (c, start, end) -> {
      int i = seen[0]++;
      if (i >= first && i - first < starts.length) {
        starts[i - first] = start;
        ends[i - first] = end;
      }
    });
    if (seen[0] <= p || !tokenization.normalise(text.substring(starts[p - first], ends[p - first])).equals(hit.node())) {
      return hit;
    }
    int last = Math.min(seen[0] - 1, p + width) - first;
    return new Hit(hit.document(), p, spaced(text.substring(starts[0], starts[p - first])),
        text.substring(starts[p - first], ends[p - first]), spaced(text.substring(ends[p - first], ends[last])));
  }

  private static String spaced(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static Comparator<int[]> leftOrder(Corpus corpus) {
    return (a, b) -> {
      for (int k = 1; ; k++) {
        boolean ha = a[0] - k >= a[1];
        boolean hb = b[0] - k >= b[1];
        if (!ha || !hb) {
          return ha == hb ? 0 : (ha ? 1 : -1);
        }
        int c = compareTokens(corpus, a[0] - k, b[0] - k);
        if (c != 0) {
          return c;
        }
      }
    };
  }

  private static Comparator<int[]> rightOrder(Corpus corpus) {
    return (a, b) -> {
      for (int k = 1; ; k++) {
        boolean ha = a[0] + k < a[2];
        boolean hb = b[0] + k < b[2];
        if (!ha || !hb) {
          return ha == hb ? 0 : (ha ? 1 : -1);
        }
        int c = compareTokens(corpus, a[0] + k, b[0] + k);
        if (c != 0) {
          return c;
        }
      }
    };
  }

  private static int compareTokens(Corpus corpus, int p, int q) {
    int x = corpus.tokenAt(p);
    int y = corpus.tokenAt(q);
    return x == y ? 0 : corpus.types().type(x).compareTo(corpus.types().type(y));
  }

  private static String join(Corpus corpus, int from, int to, StringBuilder b) {
    b.setLength(0);
    for (int i = from; i < to; i++) {
      if (i > from) {
        b.append(' ');
      }
      b.append(corpus.tokenString(i));
    }
    return b.toString();
  }
}
