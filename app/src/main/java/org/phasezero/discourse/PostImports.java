package org.phasezero.discourse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.phasezero.discourse.internal.PostFields;
import org.phasezero.discourse.internal.PostReader;
import org.phasezero.security.CurrentUser;
import org.phasezero.security.SystemActor;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.LinkTokens;
import org.phasezero.shared.NotFound;
import org.phasezero.shared.Rows;
import org.phasezero.shared.Unique;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of online posts into a posts corpus, streamed from files of any size: the file is kept
 * under the data directory while it is imported, read one record at a time and written in batches
 * of {@value #BATCH}, each batch committed with how far the import has got, so an import the server
 * stopped resumes after its last committed batch. Authors are pseudonymised as posts arrive (the
 * names never reach the database); a post whose text is already in the corpus is counted as a
 * duplicate and kept once. A line that cannot be read, or has no text, is skipped and reported by
 * its line number, or stops the import, as the person chose; a stopped import's posts are removed, so
 * nothing of it is half-imported. One unfinished import per corpus (a database rule).
 */
@Service
public class PostImports implements DisposableBean {

  static final int BATCH = 1000;
  /** The problems kept with an import, by line number; the rest are counted. */
  static final int PROBLEMS_KEPT = 50;
  static final int PREVIEW = 10;

  private final JdbcClient db;
  private final JdbcTemplate jdbc;
  private final Corpora corpora;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Path folder;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "posts-import");
    t.setDaemon(true);
    return t;
  });
  /** Bytes read of each running import's file, for its progress bar. */
  private final Map<Long, Progress> progress = new ConcurrentHashMap<>();

  PostImports(JdbcClient db, JdbcTemplate jdbc, Corpora corpora, TransactionTemplate transactions,
      ApplicationEventPublisher events, Clock clock, @Value("${phasezero.data-dir}") Path dataDir) {
    this.db = db;
    this.jdbc = jdbc;
    this.corpora = corpora;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
    this.folder = dataDir.resolve("discourse-imports");
  }

  /** A file uploaded and read far enough to map its columns: the fields found and the first records. */
  public record Staged(String file, String fileName, PostFormat format, List<String> columns,
      List<Map<String, String>> sample, List<String> problems) {}

  /** Keeps an uploaded file for import and previews it. */
  public Staged stage(long corpusId, String fileName, PostFormat format, InputStream in) {
    DiscourseCorpus c = requirePosts(corpusId);
    PostFormat f = format != null ? format : PostFormat.ofFileName(fileName);
    if (f == null) {
      throw new Conflict("format", "Say whether the file is CSV, JSON or JSON Lines.");
    }
    String token = UUID.randomUUID().toString();
    try {
      Files.createDirectories(folder);
      Files.copy(in, folder.resolve(token), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Staged staged = preview(c.id(), token, fileName, f);
    if (staged.sample().isEmpty()) {
      // Nothing to map: say why here, rather than preview "the first 0 records" with no columns to choose.
      discard(token);
      throw new Conflict("file", staged.problems().isEmpty()
          ? "The file has no posts in it" + (f == PostFormat.CSV ? " (only a header row, or nothing)." : ".")
          : "No post at the start of the file could be read as " + f.name() + ": "
              + String.join("; ", staged.problems().subList(0, Math.min(3, staged.problems().size())))
              + ". Check the format chosen, or the file.");
    }
    return staged;
  }

  private void discard(String token) {
    try {
      Files.deleteIfExists(folder.resolve(token));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The preview of a staged file. */
  public Staged preview(long corpusId, String file, String fileName, PostFormat format) {
    requirePosts(corpusId);
    Path path = staged(file);
    Set<String> columns = new LinkedHashSet<>();
    List<Map<String, String>> sample = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (PostReader r = new PostReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8), format)) {
      while (r.hasNext() && sample.size() + problems.size() < PREVIEW) {
        PostReader.Record rec = r.next();
        if (rec.problem() != null) {
          problems.add("Line " + rec.line() + ": " + rec.problem());
        } else {
          columns.addAll(rec.fields().keySet());
          sample.add(rec.fields());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Staged(file, fileName, format, new ArrayList<>(columns), sample, problems);
  }

  private Path staged(String file) {
    if (file == null || !file.matches("[0-9a-f-]{36}") || !Files.isRegularFile(folder.resolve(file))) {
      throw new NotFound("uploaded file", String.valueOf(file));
    }
    return folder.resolve(file);
  }

  private DiscourseCorpus requirePosts(long corpusId) {
    DiscourseCorpus c = corpora.requireWorkable(corpusId);
    if (c.kind() != CorpusKind.POSTS) {
      throw new Conflict("This corpus reads the project's evidence; import posts into a posts corpus.");
    }
    return c;
  }

  /** Starts importing a staged file in the background; the import's page shows how far it has got. */
  public PostImport start(long corpusId, StartImportForm f) {
    long id = begin(corpusId, f);
    String owner = CurrentUser.require().username();
    runner.submit(() -> run(id, owner));
    return get(id);
  }

  /** Imports a staged file before answering (the command line). */
  public PostImport importNow(long corpusId, StartImportForm f) {
    long id = begin(corpusId, f);
    run(id, CurrentUser.require().username());
    return get(id);
  }

  private long begin(long corpusId, StartImportForm f) {
    DiscourseCorpus c = requirePosts(corpusId);
    staged(f.getFile());
    Map<String, String> columnsSeen = new LinkedHashMap<>();
    preview(corpusId, f.getFile(), f.getFileName(), f.getFormat()).columns().forEach(col -> columnsSeen.put(col, col));
    PostMapping m = f.mapping();
    for (String col : new String[] {m.text(), m.author(), m.date(), m.thread(), m.forum()}) {
      if (col != null && !columnsSeen.isEmpty() && !columnsSeen.containsKey(col)) {
        throw new Conflict("text", "The file has no column '" + col + "'. Its columns are: "
            + String.join(", ", columnsSeen.keySet()) + ".");
      }
    }
    long id = Unique.orConflict("file", "Another import into this corpus has not finished; wait for it, or resume it.",
        () -> transactions.execute(tx -> Keys.insert(db.sql("""
            insert into discourse_import (corpus_id, file_name, file_format, mapping, on_bad_line, status, stored_file,
              created_by, created_at) values (?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?)""")
            .params(c.id(), f.getFileName().strip(), f.getFormat().name(), m.encode(), f.getOnBadLine().name(),
                f.getFile(), CurrentUser.require().username(), Timestamp.from(clock.instant())))));
    transactions.executeWithoutResult(tx -> events.publishEvent(AuditedAction.created("discourse-import", id,
        "Import of '" + f.getFileName().strip() + "' into corpus '" + c.name() + "' started", m.encode())));
    return id;
  }

  /** Resumes an interrupted import after its last committed batch. */
  public PostImport resume(long id) {
    PostImport imp = get(id);
    corpora.requireWorkable(imp.corpusId());
    int n = db.sql("update discourse_import set status = 'RUNNING' where id = ? and status = 'INTERRUPTED'").param(id)
        .update();
    if (n == 0) {
      throw new Conflict("Only an interrupted import can be resumed.");
    }
    String owner = CurrentUser.require().username();
    runner.submit(() -> run(id, owner));
    return get(id);
  }

  /** How far a running import has read its file, from 0 to 100 (null when it is not running here). */
  public Integer percent(PostImport imp) {
    Progress p = progress.get(imp.id());
    return p == null ? null : (int) Math.min(100, p.size() == 0 ? 100 : 100 * p.read().get() / p.size());
  }

  private record Progress(AtomicLong read, long size) {}

  public PostImport get(long id) {
    PostImport imp = db.sql("select * from discourse_import where id = ?").param(id).query(PostImports::map).optional()
        .orElseThrow(() -> new NotFound("import", id));
    corpora.get(imp.corpusId());
    return imp;
  }

  public List<PostImport> ofCorpus(long corpusId) {
    corpora.get(corpusId);
    return db.sql("select * from discourse_import where corpus_id = ? order by id desc").param(corpusId)
        .query(PostImports::map).list();
  }

  /** A post of a corpus, for the page a keyword-in-context line links to. */
  public record Post(long id, long corpusId, long line, String author, LocalDate postedOn, String thread, String forum,
      String text) {}

  public Post post(long corpusId, long postId) {
    corpora.get(corpusId);
    return db.sql("select * from discourse_post where corpus_id = ? and id = ?").params(corpusId, postId)
        .query((rs, n) -> new Post(rs.getLong("id"), rs.getLong("corpus_id"), rs.getLong("line_no"), rs.getString("author"),
            Rows.date(rs, "posted_on"), rs.getString("thread"), rs.getString("forum"), rs.getString("body")))
        .optional().orElseThrow(() -> new NotFound("post", postId));
  }

  /** How many posts a corpus holds. */
  public long count(long corpusId) {
    corpora.get(corpusId);
    return db.sql("select count(*) from discourse_post where corpus_id = ?").param(corpusId).query(Long.class).single();
  }

  /** An import that was running when the server stopped is interrupted, to be resumed. */
  @EventListener(ApplicationReadyEvent.class)
  void markInterrupted() {
    db.sql("update discourse_import set status = 'INTERRUPTED' where status = 'RUNNING'").update();
  }

  /** The work itself, as the system acting for whoever started it. */
  void run(long id, String owner) {
    SystemActor.run("posts import for " + owner, () -> {
      PostImport imp = get(id);
      String salt = corpora.authorSalt(imp.corpusId());
      Path path = folder.resolve(db.sql("select stored_file from discourse_import where id = ?").param(id)
          .query(String.class).single());
      AtomicLong read = new AtomicLong();
      try {
        progress.put(id, new Progress(read, Files.size(path)));
      } catch (IOException e) {
        counts0(id, "The uploaded file is no longer there: import it again.");
        return;
      }
      Counts counts = new Counts(imp);
      try (PostReader r = new PostReader(new InputStreamReader(new Counting(Files.newInputStream(path), read),
          StandardCharsets.UTF_8), imp.format())) {
        for (long skipped = 0; skipped < imp.linesDone() && r.hasNext(); skipped++) {
          r.next();
        }
        List<Row> batch = new ArrayList<>(BATCH);
        long records = 0;
        while (r.hasNext()) {
          PostReader.Record rec = r.next();
          records++;
          String problem = rec.problem();
          Row row = null;
          if (problem == null) {
            try {
              row = row(rec, imp.mapping(), salt);
            } catch (IllegalArgumentException e) {
              problem = e.getMessage();
            }
          }
          if (problem != null) {
            counts.problem("Line " + rec.line() + ": " + problem);
            if (imp.onBadLine() == PostImport.BadLines.STOP) {
              stop(id, counts);
              return;
            }
          } else {
            batch.add(row);
          }
          if (records % BATCH == 0) {
            commit(imp, batch, records, counts);
            batch.clear();
            records = 0;
          }
        }
        commit(imp, batch, records, counts);
        finish(id, "DONE", counts);
        Files.deleteIfExists(path);
      } catch (IOException | RuntimeException e) {
        counts.problem("The import failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        finish(id, "FAILED", counts);
      } finally {
        progress.remove(id);
      }
    });
  }

  private record Row(long line, String author, LocalDate postedOn, String thread, String forum, String body,
      String hash) {}

  private static Row row(PostReader.Record rec, PostMapping m, String salt) {
    String text = rec.fields().get(m.text());
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("has no text in '" + m.text() + "'");
    }
    if (text.length() > 100_000) {
      throw new IllegalArgumentException("has a text longer than 100,000 characters");
    }
    return new Row(rec.line(), m.author() == null ? null : PostFields.pseudonym(salt, rec.fields().get(m.author())),
        m.date() == null ? null : PostFields.date(rec.fields().get(m.date())),
        clip(m.thread() == null ? null : rec.fields().get(m.thread())),
        clip(m.forum() == null ? null : rec.fields().get(m.forum())), text,
        LinkTokens.hash(PostFields.normalised(text)));
  }

  private static String clip(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    return t.length() > 300 ? t.substring(0, 300) : t;
  }

  /** What an import has done so far, written with each batch. */
  private static final class Counts {
    long imported;
    long duplicates;
    long malformed;
    final List<String> problems = new ArrayList<>();

    Counts(PostImport imp) {
      imported = imp.imported();
      duplicates = imp.duplicates();
      malformed = imp.malformed();
      if (imp.problems() != null) {
        problems.addAll(List.of(imp.problems().split("\n")));
      }
    }

    void problem(String p) {
      malformed++;
      if (problems.size() < PROBLEMS_KEPT) {
        problems.add(p.length() > 150 ? p.substring(0, 150) + "…" : p);
      }
    }

    String text() {
      return problems.isEmpty() ? null : String.join("\n", problems);
    }
  }

  /** Writes a batch: posts whose text the corpus does not hold yet, and how far the import has got. */
  private void commit(PostImport imp, List<Row> batch, long records, Counts counts) {
    transactions.executeWithoutResult(tx -> {
      Set<String> held = new HashSet<>();
      if (!batch.isEmpty()) {
        held.addAll(db.sql("select text_hash from discourse_post where corpus_id = :c and text_hash in (:h)")
            .param("c", imp.corpusId()).param("h", batch.stream().map(Row::hash).distinct().toList())
            .query(String.class).list());
      }
      List<Object[]> fresh = new ArrayList<>();
      for (Row r : batch) {
        if (held.add(r.hash())) {
          fresh.add(new Object[] {imp.corpusId(), imp.id(), r.line(), r.author(), Rows.sqlDate(r.postedOn()), r.thread(),
              r.forum(), r.body(), r.hash()});
        } else {
          counts.duplicates++;
        }
      }
      if (!fresh.isEmpty()) {
        jdbc.batchUpdate("""
            insert into discourse_post (corpus_id, import_id, line_no, author, posted_on, thread, forum, body, text_hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", fresh);
        counts.imported += fresh.size();
      }
      db.sql("""
          update discourse_import set lines_done = lines_done + ?, imported = ?, duplicates = ?, malformed = ?, problems = ?
          where id = ?""").params(records, counts.imported, counts.duplicates, counts.malformed, counts.text(), imp.id())
          .update();
    });
  }

  private void counts0(long id, String problem) {
    Counts c = new Counts(get(id));
    c.problem(problem);
    finish(id, "FAILED", c);
  }

  /** Stops on a bad line, as asked: the import's posts are removed, so none of it is kept. */
  private void stop(long id, Counts counts) {
    transactions.executeWithoutResult(tx -> {
      db.sql("delete from discourse_post where import_id = ?").param(id).update();
      // In the same transaction, so that built copies of the corpus see the change at once.
      db.sql("update discourse_import set imported = 0, duplicates = 0 where id = ?").param(id).update();
      counts.imported = 0;
      counts.duplicates = 0;
    });
    finish(id, "STOPPED", counts);
  }

  private void finish(long id, String status, Counts counts) {
    transactions.executeWithoutResult(tx -> {
      db.sql("""
          update discourse_import set status = ?, running_key = null, imported = ?, duplicates = ?, malformed = ?,
            problems = ?, finished_at = ? where id = ?""").params(status, counts.imported, counts.duplicates,
          counts.malformed, counts.text(), Timestamp.from(clock.instant()), id).update();
      events.publishEvent(AuditedAction.updated("discourse-import", id, "Import " + status.toLowerCase() + ": "
          + counts.imported + " posts kept, " + counts.duplicates + " duplicates, " + counts.malformed + " bad lines",
          null, Map.of("status", status)));
    });
  }

  /** Counts the bytes read, for the progress bar. */
  private static final class Counting extends FilterInputStream {
    private final AtomicLong read;

    Counting(InputStream in, AtomicLong read) {
      super(in);
      this.read = read;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        read.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        read.addAndGet(n);
      }
      return n;
    }
  }

  static PostImport map(ResultSet rs, int row) throws SQLException {
    return new PostImport(rs.getLong("id"), rs.getLong("corpus_id"), rs.getString("file_name"),
        PostFormat.valueOf(rs.getString("file_format")), PostMapping.decode(rs.getString("mapping")),
        PostImport.BadLines.valueOf(rs.getString("on_bad_line")), rs.getString("status"), rs.getLong("lines_done"),
        rs.getLong("imported"), rs.getLong("duplicates"), rs.getLong("malformed"), rs.getString("problems"),
        rs.getString("created_by"), Rows.instant(rs, "created_at"), Rows.instant(rs, "finished_at"));
  }

  @Override
  public void destroy() {
    runner.shutdownNow();
  }
}
