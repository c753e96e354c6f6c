package org.phasezero.evidence.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.phasezero.PhaseZeroApplication;
import org.phasezero.security.SystemActor;
import org.phasezero.shared.Keys;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark runner, not a test: full-text search over 10,000 sources (about 50 million characters;
 * or as many sources as asked), run by {@code bench/run-evidence-search.sh}. Goal: p95 under 50 ms
 * at 20 concurrent users.
 *
 * <p>The sources are made from the corpora in {@code ../shared/data/corpora} (read in place): the
 * two Gutenberg novels, NLTK's Genesis (eight languages), inaugural and State of the Union
 * addresses, the ParlaMint-GB Commons samples and the Counsel Chat questions and answers, cut into
 * paragraphs. Each source takes consecutive paragraphs from a random place in that pool until it
 * has 5,000 characters, each paragraph one turn; they are written with batched SQL into an H2 file
 * database (searching is measured, not data entry), then the index is rebuilt from it on disk.
 *
 * <p>It reports: the rebuild (characters per second, index size), the start-up check of the stamp,
 * a restart on the same database and index (which must not rebuild), each query's matches and
 * median time alone, then 20 threads calling {@link EvidenceSearch#search} (the whole search a page
 * or {@code /api/v1/search} runs: the project check in SQL, the index, the source names; not HTTP)
 * with the queries in turn for the given seconds (p50, p95, max, searches per second), and beside
 * it the same queries as SQL {@code lower(body) like '%…%'} scans over the same turns in H2 (count and
 * first page), with the ratio of the medians.
 */
public final class EvidenceSearchTiming {

  static final List<String> QUERIES = List.of("whale", "sister", "\"mental health\"", "government people",
      "\"the people\"", "econom*", "ahab", "anxiety", "god", "freedom liberty", "taxpayer", "the", "zzyzx");

  private EvidenceSearchTiming() {}

  public static void main(String[] args) throws Exception {
    int sources = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Path corpora = Path.of(args.length > 2 ? args[2] : "../shared/data/corpora");
    Path work = Files.createTempDirectory("evidence-search-timing");
    String[] props = {"--spring.datasource.url=jdbc:h2:file:" + work.resolve("db")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "--phasezero.demo.enabled=false",
        "--phasezero.data-dir=" + work, "--logging.level.root=WARN"};
    List<String> pool = paragraphs(corpora);
    System.out.printf(Locale.ROOT, "pool: %,d paragraphs, %,d characters from %s%n", pool.size(),
        pool.stream().mapToLong(String::length).sum(), corpora);
    long projectId;
    try (ConfigurableApplicationContext ctx = start(props)) {
      JdbcTemplate sql = ctx.getBean(JdbcTemplate.class);
      long t0 = System.nanoTime();
      projectId = insert(sql, ctx.getBean(JdbcClient.class), pool, sources);
      long chars = sql.queryForObject("select sum(char_count) from evidence_source", Long.class);
      long turns = sql.queryForObject("select count(*) from source_segment", Long.class);
      System.out.printf(Locale.ROOT, "sources: %,d with %,d turns and %,d characters, written in %.1f s%n", sources,
          turns, chars, (System.nanoTime() - t0) / 1e9);
      EvidenceIndexer indexer = ctx.getBean(EvidenceIndexer.class);
      indexer.awaitIdle();
      long t1 = System.nanoTime();
      indexer.rebuildNow();
      double build = (System.nanoTime() - t1) / 1e9;
      System.out.printf(Locale.ROOT, "index rebuilt from the database in %.1f s: %,.0f characters/s; %,d turns; "
          + "%.0f MB on disk%n", build, chars / build, indexer.index().size(), size(work.resolve("index")) / 1e6);
      double[] stamp = new double[5];
      for (int i = 0; i < stamp.length; i++) {
        long s = System.nanoTime();
        indexer.stamp();
        stamp[i] = (System.nanoTime() - s) / 1e6;
      }
      System.out.println("start-up check (the stamp's aggregate over the turns), ms: " + stats(stamp));
      EvidenceSearch search = ctx.getBean(EvidenceSearch.class);
      double[] alone = alone(search, indexer.index(), projectId);
      load(search, projectId, seconds, 0);
      load(search, projectId, seconds, 1_000);
      like(sql, projectId, alone);
    }
    long r0 = System.nanoTime();
    try (ConfigurableApplicationContext ctx = start(props)) {
      EvidenceIndexer indexer = ctx.getBean(EvidenceIndexer.class);
      double ready = (System.nanoTime() - r0) / 1e9;
      indexer.awaitIdle();
      System.out.printf(Locale.ROOT, "restart on the same database and index: context ready in %.1f s, index checked "
          + "%.1f s after start, rebuilt: %s, turns: %,d%n", ready, (System.nanoTime() - r0) / 1e9,
          indexer.builds() > 0 ? "yes" : "no", indexer.index().size());
    }
  }

  private static ConfigurableApplicationContext start(String[] props) {
    return new SpringApplicationBuilder(PhaseZeroApplication.class).web(WebApplicationType.NONE).run(props);
  }

  /**
   * Each query alone, after 10 warm-up rounds of them all: 20 timed runs of the whole search and of
   * the index alone (its matches, no SQL). Returns the whole search's median ms per query.
   */
  private static double[] alone(EvidenceSearch search, EvidenceIndex index, long projectId) {
    double[] medians = new double[QUERIES.size()];
    EvidenceIndex.Scope scope = new EvidenceIndex.Scope(List.of(projectId), null, null, null);
    System.out.println("query                    turns matching   hits on page 1   search: median   p95    max"
        + " | index alone: median   p95 (ms)");
    SystemActor.run("benchmark", () -> {
      for (int round = 0; round < 10; round++) {
        for (String q : QUERIES) {
          search.search(new EvidenceSearch.Query(q, projectId, null, null, null, 0, 20));
        }
      }
      for (int q = 0; q < QUERIES.size(); q++) {
        double[] ms = new double[20];
        double[] indexMs = new double[20];
        EvidenceSearch.Results r = null;
        for (int round = 0; round < ms.length; round++) {
          long t = System.nanoTime();
          r = search.search(new EvidenceSearch.Query(QUERIES.get(q), projectId, null, null, null, 0, 20));
          long t2 = System.nanoTime();
          index.search(SearchText.parse(QUERIES.get(q)), scope, 0, 20);
          ms[round] = (t2 - t) / 1e6;
          indexMs[round] = (System.nanoTime() - t2) / 1e6;
        }
        medians[q] = median(ms);
        System.out.printf(Locale.ROOT, "%-26s %,12d %16d   %s | %s%n", QUERIES.get(q), r.total(),
            r.hits().stream().mapToInt(h -> h.lines().size()).sum(), stats(ms), stats(indexMs).substring(0, 13));
      }
    });
    return medians;
  }

  /**
   * 20 threads, each searching the queries in turn (from a different one) for the given seconds.
   * With {@code thinkMs} 0 they search back to back, saturating the cores (far more searches than
   * 20 people make); otherwise each pauses a random 0.5 to 1.5 × {@code thinkMs} between searches,
   * as someone reading the results would.
   */
  private static void load(EvidenceSearch search, long projectId, int seconds, int thinkMs)
      throws InterruptedException {
    ConcurrentLinkedQueue<double[]> all = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 20; t++) {
      int first = t;
      Random random = new Random(t);
      Thread thread = new Thread(() -> SystemActor.run("benchmark", () -> {
        List<Double> mine = new ArrayList<>();
        for (int i = first; System.nanoTime() < end; i++) {
          long s = System.nanoTime();
          try {
            search.search(new EvidenceSearch.Query(QUERIES.get(i % QUERIES.size()), projectId, null, null, null, 0, 20));
          } catch (RuntimeException e) {
            errors.incrementAndGet();
          }
          mine.add((System.nanoTime() - s) / 1e6);
          if (thinkMs > 0) {
            try {
              Thread.sleep(thinkMs / 2 + random.nextInt(thinkMs + 1));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        }
        all.add(mine.stream().mapToDouble(d -> d).toArray());
      }));
      thread.start();
      threads.add(thread);
    }
    for (Thread t : threads) {
      t.join();
    }
    double[] ms = all.stream().flatMapToDouble(Arrays::stream).toArray();
    System.out.printf(Locale.ROOT, "20 concurrent searchers for %d s, %s: %,d searches, %.0f/s, %d errors;"
        + " ms p50 p95 max: %s%n", seconds, thinkMs == 0 ? "back to back" : "pausing about " + thinkMs
        + " ms between searches", ms.length, ms.length / (double) seconds, errors.get(), stats(ms));
  }

  /**
   * The same queries as substring scans of the turns' text (count and first page): 1 warm-up and 2
   * timed runs, the faster counting (the ratio is against the search's median).
   */
  private static void like(JdbcTemplate sql, long projectId, double[] alone) {
    System.out.println("query                    LIKE scan: turns  fastest  slowest (ms)   ratio scan / search");
    double[] ratios = new double[QUERIES.size()];
    for (int q = 0; q < QUERIES.size(); q++) {
      StringBuilder where = new StringBuilder(
          " from source_segment g join evidence_source s on s.id = g.source_id where s.project_id = ?");
      List<Object> params = new ArrayList<>(List.of(projectId));
      for (String part : likeParts(QUERIES.get(q))) {
        where.append(" and lower(g.body) like ?");
        params.add("%" + part + "%");
      }
      double[] ms = new double[2];
      long count = 0;
      for (int round = -1; round < ms.length; round++) {
        long t = System.nanoTime();
        count = sql.queryForObject("select count(*)" + where, Long.class, params.toArray());
        sql.queryForList("select g.id" + where + " order by g.source_id, g.seq limit 20", params.toArray());
        if (round >= 0) {
          ms[round] = (System.nanoTime() - t) / 1e6;
        }
      }
      double fastest = Arrays.stream(ms).min().orElse(0);
      ratios[q] = fastest / alone[q];
      System.out.printf(Locale.ROOT, "%-26s %,16d %8.1f %8.1f   %8.0f×%n", QUERIES.get(q), count, fastest,
          Arrays.stream(ms).max().orElse(0), ratios[q]);
    }
    System.out.printf(Locale.ROOT, "median ratio over the queries: %.0f×%n", median(ratios));
  }

  /** A query as substrings: each quoted phrase whole, each other word alone, a star dropped. */
  static List<String> likeParts(String q) {
    List<String> parts = new ArrayList<>();
    for (SearchText.Clause c : SearchText.parse(q).clauses()) {
      parts.add(String.join(" ", c.terms()));
    }
    return parts;
  }

  // ---- the corpus ----

  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** Paragraphs of every corpus, in file order, each 20 to about 1,500 characters. */
  static List<String> paragraphs(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    for (String book : List.of("gutenberg_melville-moby_dick.txt", "gutenberg_austen-sense.txt")) {
      split(Files.readString(dir.resolve(book), StandardCharsets.ISO_8859_1), out);
    }
    for (String zip : List.of("nltk_genesis.zip", "nltk_inaugural.zip", "nltk_state_union.zip")) {
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(dir.resolve(zip)))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          if (e.getName().endsWith(".txt")) {
            split(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1), out);
          }
        }
      }
    }
    try (var files = Files.list(dir.resolve("parlamint_gb_samples"))) {
      for (Path p : files.sorted().toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          int tab = line.indexOf('\t');
          add(tab < 0 ? line : line.substring(tab + 1), out);
        }
      }
    }
    try (Reader r = Files.newBufferedReader(dir.resolve("online_posts/counsel_chat_2020-03-25.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get().parse(r)) {
        split(rec.get("questionText"), out);
        split(rec.get("answerText"), out);
      }
    }
    return out;
  }

  private static void split(String text, List<String> out) {
    for (String p : BLANK_LINES.split(text.replace("\r", ""))) {
      add(p, out);
    }
  }

  private static void add(String paragraph, List<String> out) {
    String p = SPACE.matcher(paragraph).replaceAll(" ").strip();
    while (p.length() > 1_500) {
      int cut = p.lastIndexOf(' ', 1_000);
      cut = cut < 500 ? 1_000 : cut;
      out.add(p.substring(0, cut));
      p = p.substring(cut).strip();
    }
    if (p.length() >= 20) {
      out.add(p);
    }
  }

  /** One project with the sources, each of consecutive paragraphs from a random place; returns the project's id. */
  private static long insert(JdbcTemplate db, JdbcClient client, List<String> pool, int sources) {
    Timestamp now = Timestamp.from(Instant.now());
    long project = Keys.insert(client.sql("insert into research_project (guid, name, name_key, created_by, created_at,"
        + " updated_at) values (?, 'Benchmark', 'benchmark', 'benchmark', ?, ?)")
        .params(UUID.randomUUID().toString(), now, now));
    Random random = new Random(20261201);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < sources; i++) {
      int at = random.nextInt(pool.size());
      List<String> turns = new ArrayList<>();
      int chars = 0;
      while (chars < 5_000) {
        String t = pool.get(at++ % pool.size()) + "\n";
        turns.add(t);
        chars += t.length();
      }
      long source = Keys.insert(client.sql("insert into evidence_source (project_id, guid, kind, media, name,"
          + " char_count, segment_count, created_by, created_at, updated_at)"
          + " values (?, ?, 'INTERVIEW', 'TEXT', ?, ?, ?, 'benchmark', ?, ?)")
          .params(project, UUID.randomUUID().toString(), "Source " + (i + 1), chars, turns.size(), now, now));
      int start = 0;
      for (int seq = 0; seq < turns.size(); seq++) {
        String t = turns.get(seq);
        rows.add(new Object[] {source, seq, start, start + t.length(), t, seq % 2 == 0 ? "Interviewer" : "P" + (i % 7 + 1)});
        start += t.length();
      }
      if (rows.size() >= 5_000 || i == sources - 1) {
        db.batchUpdate("insert into source_segment (source_id, seq, start_offset, end_offset, body, speaker_label)"
            + " values (?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
      }
    }
    return project;
  }

  // ---- figures ----

  private static double median(double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private static String stats(double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "%6.1f %6.1f %6.1f", s[s.length / 2], s[(int) Math.ceil(s.length * 0.95) - 1],
        s[s.length - 1]);
  }

  private static long size(Path dir) {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
