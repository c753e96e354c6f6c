package org.phasezero.evidence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.phasezero.evidence.SourceChanged;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Rows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps {@link EvidenceIndex} in step with the database, which stays the source of truth.
 *
 * <p>Where it lives: on disk under {@code phasezero.evidence.index-dir} (by default
 * {@code <data-dir>/index/evidence}), so a restart does not rebuild it; in memory beside an
 * in-memory database (it cannot outlive it), when the setting is {@code memory}, or when another
 * PhaseZero process holds the directory (logged).
 *
 * <p>Staleness: every commit of the index carries a stamp of the database state it holds (how many
 * searchable turns, the highest turn id, their characters and the sum of their linked people's ids;
 * see {@link #stamp()}). When the application is ready, a background thread compares the stamp with
 * the database's and rebuilds the index if they differ (missing, damaged, written by an older
 * version, or left behind by a crash between a database commit and the index's), so start-up does
 * not wait. Meanwhile searches answer from the index as it was, and say that it is being rebuilt.
 *
 * <p>Following changes: a {@link SourceChanged} event (a source added or removed, turns withheld)
 * or any audited change to a source (a speaker linked to a person) queues the source after its
 * transaction commits; the same background thread re-reads its searchable turns, replaces them in
 * the index and commits with the new stamp. One thread does all writing, so a rebuild and the
 * updates queued during it happen in order. The stamp is taken before the turns are read: a change
 * that slips in between makes the index newer than its stamp, which costs at most one needless rebuild.
 */
@Component
class EvidenceIndexer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EvidenceIndexer.class);

  /** Changes when the documents change shape, so that an index written by an older version is rebuilt. */
  static final String FORMAT = "evidence-1";
  private static final int BATCH = 2_000;
  private static final String SEGMENTS = """
      select g.id, g.source_id, g.seq, g.start_offset, g.speaker_label, g.speaker_person_id, g.body
      from source_segment g""";

  private final JdbcClient db;
  private final EvidenceIndex index;
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "evidence-index");
    t.setDaemon(true);
    return t;
  });
  private final Set<Long> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean verified;
  private volatile boolean rebuilding;
  private volatile boolean closing;
  private final java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();

  EvidenceIndexer(JdbcClient db,
      @Value("${phasezero.evidence.index-dir:${phasezero.data-dir:./data}/index/evidence}") String dir,
      @Value("${spring.datasource.url:}") String databaseUrl) {
    this.db = db;
    this.index = open(databaseUrl.startsWith("jdbc:h2:mem:") ? "memory" : dir);
    // An index without a stamp has never been built: searches say so until the first build is done.
    this.rebuilding = index.stamp() == null || index.stamp().isEmpty();
  }

  EvidenceIndex index() {
    return index;
  }

  /** How many times this process has built the index from the database (a restart on a fresh index: none). */
  int builds() {
    return builds.get();
  }

  /** True while the index is being built or rebuilt (searches may miss turns meanwhile). */
  boolean rebuilding() {
    return rebuilding;
  }

  @EventListener(ApplicationReadyEvent.class)
  void checkAtStartUp() {
    run(this::verify);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void onSourceChanged(SourceChanged e) {
    queue(e.sourceId());
  }

  /** A speaker linked to a person changes the side a turn is found under; sources are audited on every change. */
  @TransactionalEventListener(fallbackExecution = true)
  void onAudited(AuditedAction a) {
    if ("evidence_source".equals(a.entityType()) && !a.action().startsWith("VIEW") && !"EXPORT".equals(a.action())
        && a.entityId() != null && a.entityId().chars().allMatch(Character::isDigit)) {
      queue(Long.parseLong(a.entityId()));
    }
  }

  /** Rebuilds the whole index from the database now (in the background thread; waits for it). */
  void rebuildNow() {
    await(writer.submit(() -> rebuild(stamp())));
  }

  /** Waits until every change queued so far is in the index (for tests and the benchmark). */
  void awaitIdle() {
    await(writer.submit(() -> { }));
  }

  private void queue(long sourceId) {
    pending.add(sourceId);
    if (verified) {
      run(this::drain);
    }
  }

  private void verify() {
    String database = stamp();
    if (!database.equals(index.stamp())) {
      log.info("Evidence search index is {}: rebuilding it from the database",
          index.stamp() == null ? "missing" : "stale");
      rebuild(database);
    }
    rebuilding = false;
    verified = true;
    drain();
  }

  /**
   * Reads every searchable turn in batches by id (a range scan of the primary key, so the whole read
   * is linear), indexing each batch on a second thread while the next is read, and commits with the
   * stamp taken before reading.
   */
  private void rebuild(String stamp) {
    rebuilding = true;
    builds.incrementAndGet();
    long started = System.nanoTime();
    Map<Long, Long> projectOf = new HashMap<>();
    db.sql("select id, project_id from evidence_source where voided_at is null")
        .query(rs -> {
          projectOf.put(rs.getLong(1), rs.getLong(2));
        });
    long chars = 0;
    int turns = 0;
    index.clear();
    ExecutorService adder = Executors.newSingleThreadExecutor();
    try {
      java.util.concurrent.Future<?> adding = java.util.concurrent.CompletableFuture.completedFuture(null);
      long after = 0;
      while (!closing) {
        List<EvidenceIndex.Entry> batch = db.sql(SEGMENTS + " where g.id > ? and g.withheld_reason is null"
                + " order by g.id limit " + BATCH).param(after)
            .query((rs, i) -> entry(rs, projectOf.getOrDefault(rs.getLong(2), -1L))).list();
        if (batch.isEmpty()) {
          break;
        }
        after = batch.get(batch.size() - 1).segmentId();
        List<EvidenceIndex.Entry> live = batch.stream().filter(e -> e.projectId() >= 0).toList();
        await(adding);
        adding = adder.submit(() -> index.add(live));
        for (EvidenceIndex.Entry e : live) {
          chars += e.text().length();
        }
        turns += live.size();
      }
      await(adding);
    } finally {
      adder.shutdown();
    }
    if (closing) {
      return;
    }
    index.commit(stamp);
    index.refresh();
    rebuilding = false;
    long ms = Math.max(1, (System.nanoTime() - started) / 1_000_000);
    log.info("Evidence search index built: {} turns, {} characters in {} ms ({} characters/s)", turns, chars, ms,
        chars * 1000 / ms);
  }

  /** Replaces the queued sources' turns with what the database now holds. */
  private void drain() {
    if (!verified || pending.isEmpty() || closing) {
      return;
    }
    List<Long> sources = new ArrayList<>(pending);
    pending.removeAll(sources);
    String stamp = stamp();
    boolean fewer = false;
    for (long sourceId : sources) {
      int before = index.count(sourceId);
      Long project = db.sql("select project_id from evidence_source where id = ? and voided_at is null")
          .param(sourceId).query(Long.class).optional().orElse(null);
      List<EvidenceIndex.Entry> turns = project == null ? List.of()
          : db.sql(SEGMENTS + " where g.source_id = ? and g.withheld_reason is null order by g.seq").param(sourceId)
              .query((rs, i) -> entry(rs, project)).list();
      index.removeSource(sourceId);
      index.add(turns);
      fewer |= turns.size() < before;
    }
    if (fewer) {
      index.purgeDeleted();
    }
    index.commit(stamp);
    index.refresh();
  }

  private static EvidenceIndex.Entry entry(java.sql.ResultSet rs, long projectId) throws java.sql.SQLException {
    return new EvidenceIndex.Entry(rs.getLong(1), rs.getLong(2), projectId, rs.getInt(3), rs.getInt(4),
        rs.getString(5), Rows.longOrNull(rs, "speaker_person_id"), rs.getString(7));
  }

  /** The database state the index should hold, as one line (one aggregate over the searchable turns). */
  String stamp() {
    return db.sql("""
            select count(*), coalesce(max(g.id), 0), coalesce(sum(g.end_offset - g.start_offset), 0),
              coalesce(sum(g.speaker_person_id), 0)
            from source_segment g join evidence_source s on s.id = g.source_id
            where g.withheld_reason is null and s.voided_at is null""")
        .query((rs, i) -> FORMAT + ":" + rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3) + ":"
            + rs.getLong(4)).single();
  }

  private void run(Runnable task) {
    writer.execute(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        log.error("Evidence search index: an update failed; the next start will rebuild the index", e);
      }
    });
  }

  private static void await(java.util.concurrent.Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static EvidenceIndex open(String dir) {
    if ("memory".equals(dir)) {
      return new EvidenceIndex(new ByteBuffersDirectory());
    }
    Path path = Path.of(dir);
    try {
      Files.createDirectories(path);
      return openOn(FSDirectory.open(path));
    } catch (LockObtainFailedException e) {
      log.warn("Evidence search index {} is in use by another PhaseZero process: searching from memory", path);
      return new EvidenceIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EvidenceIndex openOn(Directory directory) throws IOException {
    try {
      return new EvidenceIndex(directory);
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      if (cause instanceof CorruptIndexException || cause instanceof IndexFormatTooOldException
          || cause instanceof IndexFormatTooNewException) {
        log.warn("Evidence search index is damaged or of another version ({}): starting it afresh", cause.getMessage());
        return new EvidenceIndex(directory, true);
      }
      directory.close();
      throw cause;
    }
  }

  @Override
  public void close() {
    closing = true;
    writer.shutdown();
    try {
      writer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    index.close();
  }
}
