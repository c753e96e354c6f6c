package org.phasezero.network.internal;

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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Lucene index of the network's people that answers one question: which person ids match what
 * someone typed. Each word typed must match the start of a word of the person's name, pseudonym
 * or one of their organisations' names, in any order, ignoring case and accents ("abena ibr"
 * finds "Abena Ibrahim"; "jose" finds "José"). It holds no access rules: callers limit the ids to
 * those the user may see with the network's SQL scopes, so the index can never show anyone.
 *
 * <p>It lives in memory and is rebuilt from the database at start-up (the database is the source
 * of truth): about 0.3 s for 3,000 people, a few seconds for 100,000. An erased person's document
 * is removed and the deletion merged away at once, so their name does not linger in the index.
 *
 * <p>Cost: a search visits the posting lists of the words' prefixes, O(matches) once the terms are
 * found; an update is one document. Thread-safe: writes are serialised by Lucene's writer, and a
 * search after a write sees it (the reader is refreshed before the next search).
 */
public final class PeopleIndex implements AutoCloseable {

  /** Which of a person's words a search may match: researchers match pseudonyms only. */
  public enum Fields { NAME_PSEUDONYM_ORGANISATION, PSEUDONYM }

  /** What is indexed about one person. */
  public record Entry(long id, String name, String pseudonym, List<String> organisations, boolean voided) {}

  private static final String ID = "id";
  private static final String NAME = "name";
  private static final String PSEUDONYM = "pseudonym";
  private static final String ORGANISATION = "organisation";
  private static final String LIVE = "live";

  /** Words: Unicode word boundaries, lower case, accents folded to their base letters. */
  static final Analyzer WORDS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      StandardTokenizer words = new StandardTokenizer();
      TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(words));
      return new TokenStreamComponents(words, folded);
    }
  };

  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile boolean changed;

  public PeopleIndex() {
    try {
      writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(WORDS)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64));
      // No query cache: its bookkeeping is shared by every search under a lock, and the filters
      // here are cheap to run again (the index is small and in memory).
      searchers = new SearcherManager(writer, new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setQueryCache(null);
          return searcher;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces everything in the index with these people (the start-up rebuild). */
  public void replaceAll(Iterable<Entry> people) {
    try {
      writer.deleteAll();
      for (Entry e : people) {
        writer.addDocument(document(e));
      }
      writer.commit();
      changed = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the person, or replaces what was indexed about them. */
  public void put(Entry e) {
    try {
      writer.updateDocument(new Term(ID, String.valueOf(e.id())), document(e));
      changed = true;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Removes the person, merging the deletion away so that no trace of their words stays in memory. */
  public void remove(long id) {
    try {
      writer.deleteDocuments(new Term(ID, String.valueOf(id)));
      writer.forceMergeDeletes(true);
      changed = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ids of the people whose words match every word of the text, in no particular order; none for
   * a text without words. Voided people are left out unless asked for.
   */
  public long[] matching(String text, Fields fields, boolean includeVoided) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String w : words) {
      all.add(anyField(w, fields), Occur.FILTER);
    }
    if (!includeVoided) {
      all.add(new TermQuery(new Term(LIVE, "yes")), Occur.FILTER);
    }
    return collect(all.build());
  }

  /** How many people are indexed, voided ones included. */
  public int size() {
    return writer.getDocStats().numDocs;
  }

  /** The most words of a search that count: a name, a pseudonym and an organisation's name. */
  static final int MAX_WORDS = 8;

  /** The words of a text as the index sees them: lower case, accents folded (at most {@link #MAX_WORDS}). */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return words;
    }
    try (TokenStream ts = WORDS.tokenStream(NAME, text.length() > 200 ? text.substring(0, 200) : text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && words.size() < MAX_WORDS) {
        words.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  private static Query anyField(String word, Fields fields) {
    if (fields == Fields.PSEUDONYM) {
      return new PrefixQuery(new Term(PSEUDONYM, word));
    }
    return new BooleanQuery.Builder()
        .add(new PrefixQuery(new Term(NAME, word)), Occur.SHOULD)
        .add(new PrefixQuery(new Term(PSEUDONYM, word)), Occur.SHOULD)
        .add(new PrefixQuery(new Term(ORGANISATION, word)), Occur.SHOULD)
        .setMinimumNumberShouldMatch(1).build();
  }

  private long[] collect(Query query) {
    try {
      if (changed) {
        changed = false;
        searchers.maybeRefreshBlocking();
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        Ids ids = new Ids();
        searcher.search(query, ids);
        return ids.toArray();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document document(Entry e) {
    Document d = new Document();
    d.add(new StringField(ID, String.valueOf(e.id()), Field.Store.NO));
    d.add(new NumericDocValuesField(ID, e.id()));
    d.add(new TextField(NAME, e.name() == null ? "" : e.name(), Field.Store.NO));
    if (e.pseudonym() != null) {
      d.add(new TextField(PSEUDONYM, e.pseudonym(), Field.Store.NO));
    }
    for (String o : e.organisations()) {
      d.add(new TextField(ORGANISATION, o, Field.Store.NO));
    }
    if (!e.voided()) {
      d.add(new StringField(LIVE, "yes", Field.Store.NO));
    }
    return d;
  }

  /** Reads each matching document's person id from its doc values. */
  private static final class Ids extends SimpleCollector {
    private long[] ids = new long[64];
    private int n;
    private NumericDocValues values;

    @Override
    protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
      values = leaf.reader().getNumericDocValues(ID);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        if (n == ids.length) {
          ids = java.util.Arrays.copyOf(ids, n * 2);
        }
        ids[n++] = values.longValue();
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    long[] toArray() {
      return java.util.Arrays.copyOf(ids, n);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
