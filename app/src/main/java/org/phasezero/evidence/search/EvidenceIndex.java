package org.phasezero.evidence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * A Lucene index of research sources, one document per turn or paragraph (a row of
 * {@code source_segment}), that answers: which turns match these words, in which sources, and where
 * in each turn's text are the words found. Withheld turns and removed sources are never given to it.
 * It holds no access rules: the caller passes the projects (and sources, turns and speakers) the
 * search may touch, and the index matches inside those only.
 *
 * <p>The text is indexed with its offsets, so each hit's place in the turn comes from the postings
 * (Lucene's matches API) without analysing the text again; the turn's words are stored too, for the
 * keyword-in-context line. Hits are returned in document order (source, then turn), as a
 * concordance reads, not by relevance.
 *
 * <p>Each commit carries a stamp (see {@link #stamp()}) saying what state of the database it holds,
 * so that an index kept on disk is checked at start-up and rebuilt only when it is stale.
 *
 * <p>Cost: a search visits the posting lists of its words and filters, O(matches · log page) for the
 * sorted page, plus the offsets of the page's hits; an update deletes and re-adds one source's turns.
 * Thread-safe: writes go through Lucene's writer, searches see the last {@link #refresh()}.
 */
public final class EvidenceIndex implements AutoCloseable {

  /** What is indexed about one turn or paragraph. */
  public record Entry(long segmentId, long sourceId, long projectId, int seq, int start, String speakerLabel,
      Long speakerPersonId, String text) {}

  /**
   * Where a search may look: each filter is the set of allowed ids, or null for no limit on that
   * field. An empty set matches nothing. The projects are required (access always limits them).
   */
  public record Scope(Collection<Long> projectIds, Collection<Long> sourceIds, Collection<Long> segmentIds,
      Collection<Long> speakerPersonIds) {

    public Scope {
      if (projectIds == null) {
        throw new IllegalArgumentException("a search needs the projects it may look in");
      }
    }
  }

  /** A word or phrase found at [start, end) of a turn's text. */
  public record Hit(int start, int end) {}

  /** A matching turn with every hit in it. */
  public record Match(Entry entry, List<Hit> hits) {}

  /** One page of matching turns, and how many match in all. */
  public record Page(long total, List<Match> matches) {}

  static final String SEGMENT = "segment";
  static final String SOURCE = "source";
  static final String PROJECT = "project";
  static final String PERSON = "person";
  static final String SEQ = "seq";
  static final String START = "start";
  static final String SPEAKER = "speaker";
  static final String TEXT = "text";
  private static final String STAMP = "stamp";

  /** Words with their positions and offsets (for phrases, and for hits without re-analysis), stored. */
  private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
  }

  /** Concordance order: source, then turn. */
  private static final Sort ORDER = new Sort(new SortField(SOURCE, SortField.Type.LONG),
      new SortField(SEQ, SortField.Type.INT));

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  /** Opens the index in the directory, creating it when there is none. */
  public EvidenceIndex(Directory directory) {
    this(directory, false);
  }

  /** Opens the index in the directory; {@code create} starts it afresh whatever is there (a damaged index). */
  public EvidenceIndex(Directory directory, boolean create) {
    try {
      this.directory = directory;
      writer = new IndexWriter(directory, new IndexWriterConfig(SearchText.WORDS)
          .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64)
          .setCommitOnClose(false));
      // No query cache: the filters differ with every user and project, and caching them would
      // serialise searches on the cache's lock (as PeopleIndex found).
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

  /** The stamp of the last commit (null for a new index, or one never committed with a stamp). */
  public String stamp() {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (STAMP.equals(e.getKey())) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  /** Empties the index (the start of a rebuild); searches see the old state until {@link #refresh()}. */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds turns (during a rebuild, or a source's turns after {@link #removeSource}). */
  public void add(Iterable<Entry> entries) {
    try {
      for (Entry e : entries) {
        writer.addDocument(document(e));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every turn of a source. */
  public void removeSource(long sourceId) {
    try {
      writer.deleteDocuments(new Term(SOURCE, String.valueOf(sourceId)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Merges deleted turns away, so that the words of a withheld turn no longer lie in the index's
   * files (a withdrawal of consent is honoured in the index as in the database).
   */
  public void purgeDeleted() {
    try {
      writer.forceMergeDeletes(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes what was written so far visible to searches. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes everything to the directory with the stamp of the database state it holds. */
  public void commit(String stamp) {
    try {
      writer.setLiveCommitData(Map.of(STAMP, stamp == null ? "" : stamp).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many turns are indexed (as of the last refresh). */
  public int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** How many turns of a source are indexed (as of the last refresh). */
  public int count(long sourceId) {
    return withSearcher(s -> s.count(new TermQuery(new Term(SOURCE, String.valueOf(sourceId)))));
  }

  /** The people linked to any indexed turn (so a filter by side asks the network only about them). */
  public List<Long> speakerPeople() {
    return withSearcher(s -> {
      TreeSet<Long> ids = new TreeSet<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(PERSON);
        if (terms != null) {
          TermsEnum te = terms.iterator();
          for (BytesRef t = te.next(); t != null; t = te.next()) {
            ids.add(Long.parseLong(t.utf8ToString()));
          }
        }
      }
      return List.copyOf(ids);
    });
  }

  /** The matching turns from the {@code from}-th (0-based), at most {@code size}, in concordance order. */
  public Page search(SearchText text, Scope scope, int from, int size) {
    if (text.isEmpty()) {
      return new Page(0, List.of());
    }
    Query words = text.toQuery(TEXT);
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
    filter(query, PROJECT, scope.projectIds());
    filter(query, SOURCE, scope.sourceIds());
    filter(query, SEGMENT, scope.segmentIds());
    filter(query, PERSON, scope.speakerPersonIds());
    return withSearcher(s -> {
      TopFieldCollector top = TopFieldCollector.create(ORDER, Math.max(1, from + size), Integer.MAX_VALUE);
      s.search(query.build(), top);
      TopDocs docs = top.topDocs(from, size);
      Weight matcher = s.createWeight(s.rewrite(words), ScoreMode.COMPLETE_NO_SCORES, 1f);
      StoredFields stored = s.storedFields();
      List<Match> page = new ArrayList<>(docs.scoreDocs.length);
      for (ScoreDoc d : docs.scoreDocs) {
        page.add(new Match(entry(stored.document(d.doc)), hits(s, matcher, d.doc)));
      }
      return new Page(top.getTotalHits(), page);
    });
  }

  private static void filter(BooleanQuery.Builder query, String field, Collection<Long> ids) {
    if (ids != null) {
      List<BytesRef> terms = ids.stream().map(id -> new BytesRef(String.valueOf(id))).toList();
      query.add(new TermInSetQuery(field, terms), Occur.FILTER);
    }
  }

  /** The offsets of every word or phrase of the search in one matching document, in order. */
  private static List<Hit> hits(IndexSearcher s, Weight matcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Matches matches = matcher.matches(leaf, doc - leaf.docBase);
    List<Hit> hits = new ArrayList<>();
    MatchesIterator it = matches == null ? null : matches.getMatches(TEXT);
    while (it != null && it.next()) {
      hits.add(new Hit(it.startOffset(), it.endOffset()));
    }
    hits.sort(java.util.Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
    return hits;
  }

  private static Document document(Entry e) {
    Document d = new Document();
    d.add(new StringField(SEGMENT, String.valueOf(e.segmentId()), Field.Store.YES));
    d.add(new StringField(SOURCE, String.valueOf(e.sourceId()), Field.Store.YES));
    d.add(new NumericDocValuesField(SOURCE, e.sourceId()));
    d.add(new StringField(PROJECT, String.valueOf(e.projectId()), Field.Store.YES));
    d.add(new StoredField(SEQ, e.seq()));
    d.add(new NumericDocValuesField(SEQ, e.seq()));
    d.add(new StoredField(START, e.start()));
    if (e.speakerLabel() != null) {
      d.add(new StoredField(SPEAKER, e.speakerLabel()));
    }
    if (e.speakerPersonId() != null) {
      d.add(new StringField(PERSON, String.valueOf(e.speakerPersonId()), Field.Store.YES));
    }
    d.add(new Field(TEXT, e.text(), TEXT_TYPE));
    return d;
  }

  private static Entry entry(Document d) {
    String person = d.get(PERSON);
    return new Entry(Long.parseLong(d.get(SEGMENT)), Long.parseLong(d.get(SOURCE)), Long.parseLong(d.get(PROJECT)),
        d.getField(SEQ).numericValue().intValue(), d.getField(START).numericValue().intValue(), d.get(SPEAKER),
        person == null ? null : Long.parseLong(person), d.get(TEXT));
  }

  private interface Reading<T> {
    T read(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(Reading<T> reading) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return reading.read(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.rollback(); // what was not committed with a stamp is not kept: the next start checks it
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
