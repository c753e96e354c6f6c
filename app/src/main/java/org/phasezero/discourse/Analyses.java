package org.phasezero.discourse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phasezero.analysis.corpus.AssociationMeasure;
import org.phasezero.analysis.corpus.Collocates;
import org.phasezero.analysis.corpus.Concordance;
import org.phasezero.analysis.corpus.Corpus;
import org.phasezero.analysis.corpus.CorpusBuilder;
import org.phasezero.analysis.corpus.FrequencyList;
import org.phasezero.analysis.corpus.Keyness;
import org.phasezero.analysis.corpus.KeynessScore;
import org.phasezero.analysis.corpus.NGrams;
import org.phasezero.discourse.internal.CorpusTexts;
import org.phasezero.network.Side;
import org.phasezero.shared.Conflict;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The analysis library over a corpus or one of its sub-corpora: every text tokenised as the corpus
 * says, and the library's frequency list, keyword in context, collocates and keyness, unchanged. A
 * keyword-in-context line keeps where its text is, so each links to its place in the source or post.
 */
@Service
public class Analyses {

  /** The most keyword-in-context lines one request shows. */
  public static final int MAX_LINES = 1000;
  /** The most ranked rows one request shows. */
  public static final int MAX_TOP = 5000;

  private final Corpora corpora;
  private final CorpusTexts texts;
  private final BuiltCorpora built;

  Analyses(Corpora corpora, CorpusTexts texts,
      @Value("${phasezero.discourse.kept-tokens:50000000}") long keptTokens) {
    this.corpora = corpora;
    this.texts = texts;
    this.built = new BuiltCorpora(keptTokens);
  }

  /**
   * A corpus or sub-corpus built for the library, with where each of its texts is, in the order of
   * its documents. A posts corpus, which is kept built, does not keep its texts' words once
   * tokenised ({@code Text.body()} is null); the others, built for one request, do.
   */
  public record Built(DiscourseCorpus corpus, SubCorpus sub, Corpus tokens, List<CorpusTexts.Text> texts) {

    public String name() {
      return sub == null ? corpus.name() : corpus.name() + ": " + sub.name();
    }
  }

  /**
   * The corpus built: access is checked on every call. A posts corpus is kept built until its
   * posts change ({@link BuiltCorpora}); an evidence corpus is read afresh every time, so a
   * withdrawn consent, a new coding or a changed speaker counts at once.
   */
  public Built build(long corpusId, Long subId) {
    DiscourseCorpus c = corpora.get(corpusId);
    SubCorpus s = subId == null ? null : corpora.subCorpus(corpusId, subId);
    if (c.kind() != CorpusKind.POSTS) {
      return fresh(c, s);
    }
    return built.get(new BuiltCorpora.Key(c.id(), s, texts.postsVersion(c.id())), () -> fresh(c, s));
  }

  private Built fresh(DiscourseCorpus c, SubCorpus s) {
    List<CorpusTexts.Text> all = texts.of(c, s);
    CorpusBuilder b = new CorpusBuilder(c.tokenization());
    List<CorpusTexts.Text> places = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      CorpusTexts.Text t = all.get(i);
      b.add(String.valueOf(i), t.body());
      places.add(c.kind() == CorpusKind.POSTS ? t.withoutBody() : t);
    }
    return new Built(c, s, b.build(), List.copyOf(places));
  }

  public record Frequencies(String name, int tokens, int types, int texts, List<FrequencyList.Entry> entries) {}

  public Frequencies frequencies(long corpusId, Long subId, int top) {
    Built b = build(corpusId, subId);
    return new Frequencies(b.name(), b.tokens().tokenCount(), b.tokens().typeCount(), b.texts().size(),
        FrequencyList.top(b.tokens(), bounded(top)));
  }

  public record NGramList(String name, int n, int minFreq, int tokens, List<NGrams.Entry> entries) {}

  /** The most frequent runs of {@code n} words (2 to 6), each inside one text, with its range. */
  public NGramList ngrams(long corpusId, Long subId, int n, int minFreq, int top) {
    if (n < NGrams.MIN_N || n > NGrams.MAX_N) {
      throw new Conflict("n", "Choose runs of 2 to 6 words.");
    }
    requireMinFreq(minFreq);
    Built b = build(corpusId, subId);
    return new NGramList(b.name(), n, minFreq, b.tokens().tokenCount(),
        NGrams.top(b.tokens(), n, minFreq, bounded(top)));
  }

  /** A keyword-in-context line and the text it is in. */
  public record Line(String left, String node, String right, String label, String link, Side side, LocalDate date) {}

  /** Up to {@code limit} lines from {@code offset}; {@code total} hits in all. */
  public record Kwic(String name, String word, int total, int offset, List<Line> lines) {}

  public Kwic kwic(long corpusId, Long subId, String word, int width, Concordance.Sort sort,
      int offset, int limit) {
    requireKwic(word, width);
    return kwic(build(corpusId, subId), word, width, sort, offset, limit);
  }

  /** Keyword in context with the word's dispersion over time: its uses per 10,000 words by side and year. */
  public record KwicOverTime(Kwic kwic, Counts overTime) {}

  public KwicOverTime kwicOverTime(long corpusId, Long subId, String word, int width, Concordance.Sort sort,
      int offset, int limit) {
    requireKwic(word, width);
    Built b = build(corpusId, subId);
    return new KwicOverTime(kwic(b, word, width, sort, offset, limit), count(b, word.strip(), List.of(word.strip())));
  }

  private static void requireKwic(String word, int width) {
    requireWord(word, "word");
    if (width < 1 || width > 50) {
      throw new Conflict("width", "Show between 1 and 50 words either side.");
    }
  }

  private Kwic kwic(Built b, String word, int width, Concordance.Sort sort, int offset, int limit) {
    List<Concordance.Hit> hits = Concordance.of(b.tokens(),
        b.corpus().tokenization().normalise(word.strip()), width, sort, b.corpus().ignoreCase());
    List<Line> lines = new ArrayList<>();
    int from = Math.max(0, offset);
    int to = Math.min(hits.size(), from + Math.max(1, Math.min(limit, MAX_LINES)));
    // Lines read as their texts do (case, punctuation), the words of a kept posts corpus read again.
    Map<Long, String> posts = texts.postBodies(b.corpus().id(), hits.subList(Math.min(from, to), to).stream()
        .map(h -> b.texts().get(Integer.parseInt(h.document())).postId()).filter(java.util.Objects::nonNull).toList());
    for (int i = from; i < to; i++) {
      CorpusTexts.Text t = b.texts().get(Integer.parseInt(hits.get(i).document()));
      var h = Concordance.inText(hits.get(i), t.body() != null ? t.body() : posts.get(t.postId()),
          b.corpus().tokenization(), width);
      lines.add(new Line(h.left(), h.node(), h.right(), t.label(), t.link(), t.side(), t.date()));
    }
    return new Kwic(b.name(), word.strip(), hits.size(), from, lines);
  }

  public record Collocation(String name, Collocates.Result result) {}

  public Collocation collocates(long corpusId, Long subId, String node, int window, String measure, int minFreq,
      int top) {
    requireWord(node, "node");
    if (window < 1 || window > 20) {
      throw new Conflict("window", "Use a window of 1 to 20 words either side.");
    }
    AssociationMeasure m;
    try {
      m = AssociationMeasure.named(measure);
    } catch (IllegalArgumentException e) {
      throw new Conflict("measure", e.getMessage());
    }
    requireMinFreq(minFreq);
    Built b = build(corpusId, subId);
    return new Collocation(b.name(), Collocates.of(b.tokens(), b.corpus().tokenization().normalise(node.strip()),
        window, m, minFreq, b.corpus().ignoreCase(), bounded(top)));
  }

  /** Keyness of a target against a reference, each the whole corpus or a sub-corpus of it. */
  public record KeynessResult(String target, String reference, int targetTokens, int referenceTokens, String ranking,
      List<KeynessScore> scores) {}

  public KeynessResult keyness(long corpusId, Long targetSub, Long referenceSub, String ranking, int minFreq,
      boolean includeUnderused, int top) {
    if (java.util.Objects.equals(targetSub, referenceSub)) {
      throw new Conflict("reference", "Compare two different sub-corpora (or one with the whole corpus).");
    }
    Keyness.Ranking r;
    try {
      r = Keyness.Ranking.named(ranking);
    } catch (IllegalArgumentException e) {
      throw new Conflict("ranking", e.getMessage());
    }
    requireMinFreq(minFreq);
    Built target = build(corpusId, targetSub);
    Built reference = build(corpusId, referenceSub);
    return new KeynessResult(target.name(), reference.name(), target.tokens().tokenCount(),
        reference.tokens().tokenCount(), r.name(), Keyness.of(target.tokens(), reference.tokens(), r,
            minFreq, includeUnderused, bounded(top)));
  }

  /**
   * A word list counted in each group of texts: by the speaker's side (evidence) and by year. Each
   * group's tokens and hits, with hits per 10,000 tokens so groups of different sizes compare.
   */
  public record Group(Side side, Integer year, int tokens, Map<String, Integer> byWord, int hits, double perTenThousand) {}

  public record Counts(String corpus, String list, List<String> words, List<Group> groups) {}

  public Counts count(long corpusId, Long subId, long wordListId) {
    Built b = build(corpusId, subId);
    WordList list = corpora.wordList(wordListId);
    if (list.projectId() != b.corpus().projectId()) {
      throw new Conflict("list", "Choose a word list of this corpus's project.");
    }
    return count(b, list.name(), list.words());
  }

  private static Counts count(Built b, String listName, List<String> words) {
    Map<String, List<Integer>> grouped = new TreeMap<>();
    for (int d = 0; d < b.texts().size(); d++) {
      CorpusTexts.Text t = b.texts().get(d);
      String side = t.side() == null ? "~" : t.side().name();
      String year = t.date() == null ? "~" : String.valueOf(t.date().getYear());
      grouped.computeIfAbsent(side + "|" + year, k -> new ArrayList<>()).add(d);
    }
    Corpus corpus = b.tokens();
    int[] listed = new int[words.size()];
    for (int w = 0; w < listed.length; w++) {
      listed[w] = corpus.idOf(words.get(w));
    }
    List<Group> groups = new ArrayList<>();
    grouped.forEach((key, documents) -> {
      String[] parts = key.split("\\|");
      // Each group's documents are token ranges of the built corpus: count the listed words there.
      int[] perType = new int[corpus.typeCount()];
      int size = 0;
      for (int d : documents) {
        for (int p = corpus.documentStart(d); p < corpus.documentEnd(d); p++) {
          perType[corpus.tokenAt(p)]++;
        }
        size += corpus.documentEnd(d) - corpus.documentStart(d);
      }
      Map<String, Integer> byWord = new LinkedHashMap<>();
      int hits = 0;
      for (int w = 0; w < listed.length; w++) {
        int n = listed[w] < 0 ? 0 : perType[listed[w]];
        byWord.put(words.get(w), n);
        hits += n;
      }
      groups.add(new Group(parts[0].equals("~") ? null : Side.valueOf(parts[0]),
          parts[1].equals("~") ? null : Integer.valueOf(parts[1]), size, byWord, hits,
          size == 0 ? 0 : 10000.0 * hits / size));
    });
    return new Counts(b.name(), listName, words, groups);
  }

  private static int bounded(int top) {
    return top < 1 ? 100 : Math.min(top, MAX_TOP);
  }

  /** A minimum frequency below 1 would ask for words that do not occur: say so rather than quietly use 1. */
  private static void requireMinFreq(int minFreq) {
    if (minFreq < 1) {
      throw new Conflict("minFreq", "Enter a minimum frequency of 1 or more.");
    }
  }

  private static void requireWord(String word, String field) {
    if (word == null || word.isBlank()) {
      throw new Conflict(field, "Enter a word.");
    }
    if (word.length() > 100) {
      throw new Conflict(field, "A word is at most 100 characters.");
    }
  }
}
