package org.phasezero.evidence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What someone typed into the search box, as the index reads it. Plain words must all occur in a
 * turn, in any order; {@code "quoted words"} must occur together in that order; a word ending in
 * {@code *} matches every word it starts ({@code care*} finds care, carer, careful). Words are
 * Unicode words, lower-cased, accents folded ("jose" finds José). No stemming and no stop words:
 * researchers count what was said, so "carer" does not find "caring" unless asked for with {@code car*}.
 *
 * <p>A prefix needs two letters at least ({@code a*} would visit every word beginning with a), and
 * at most {@link #MAX_CLAUSES} words or phrases count. A word the analyser splits ("e-mail") is
 * read as the phrase of its parts.
 */
public record SearchText(List<Clause> clauses) {

  /** One word or phrase: its terms in order; {@code prefix} when the last term is a prefix. */
  public record Clause(List<String> terms, boolean prefix) {}

  public static final int MAX_LENGTH = 500;
  public static final int MAX_CLAUSES = 10;
  static final int MIN_PREFIX = 2;

  /** Words: Unicode word boundaries, lower case, accents folded to their base letters. */
  static final Analyzer WORDS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      StandardTokenizer words = new StandardTokenizer();
      TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(words));
      return new TokenStreamComponents(words, folded);
    }
  };

  /** Reads a search; refuses one longer than {@link #MAX_LENGTH} characters. */
  public static SearchText parse(String text) {
    if (text != null && text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("The search is " + text.length() + " characters long; the most is "
          + MAX_LENGTH + ".");
    }
    List<Clause> clauses = new ArrayList<>();
    String s = text == null ? "" : text;
    int i = 0;
    while (i < s.length() && clauses.size() < MAX_CLAUSES) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int close = s.indexOf('"', i + 1);
        int end = close < 0 ? s.length() : close;
        add(clauses, terms(s.substring(i + 1, end)), false);
        i = end + 1;
      } else {
        int end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') {
          end++;
        }
        String word = s.substring(i, end);
        boolean prefix = word.endsWith("*");
        List<String> terms = terms(prefix ? word.substring(0, word.length() - 1) : word);
        add(clauses, terms, prefix && terms.size() == 1 && terms.get(0).length() >= MIN_PREFIX);
        i = end;
      }
    }
    return new SearchText(List.copyOf(clauses));
  }

  private static void add(List<Clause> clauses, List<String> terms, boolean prefix) {
    if (!terms.isEmpty() && clauses.size() < MAX_CLAUSES) {
      clauses.add(new Clause(List.copyOf(terms), prefix));
    }
  }

  public boolean isEmpty() {
    return clauses.isEmpty();
  }

  /** The Lucene query on a text field: every clause required. */
  Query toQuery(String field) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Clause c : clauses) {
      all.add(clause(field, c), Occur.MUST);
    }
    return all.build();
  }

  private static Query clause(String field, Clause c) {
    if (c.terms().size() == 1) {
      Term t = new Term(field, c.terms().get(0));
      return c.prefix() ? new PrefixQuery(t) : new TermQuery(t);
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (String term : c.terms()) {
      phrase.add(new Term(field, term));
    }
    return phrase.build();
  }

  /** The index's terms for a piece of text. */
  static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = WORDS.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
