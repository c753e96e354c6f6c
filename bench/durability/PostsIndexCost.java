import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

/**
 * What a posts import costs H2 without the application: rows shaped like discourse_post (about
 * 450 characters of text each), inserted in batches, each batch committed and written before the
 * commit returns (WRITE_DELAY=0, as PhaseZero runs), with the uniqueness index keyed by the text's
 * hash as the platform keys it (64 hex characters, then the corpus), by a 64-bit number instead,
 * or with no uniqueness index. Two ways round the hash index's cost are measured as well:
 * {@code sorted} fills the same hex index in key order (what a merge in hash order would do), and
 * {@code staged} commits the batches to a staging table with no index, then merges them into the
 * posts in hash order, a batch at a time, and empties the staging table. Prints the time and the
 * size of the file afterwards. {@code -Dpz.h2=";PAGE_SIZE=16384"} adds settings to H2's URL.
 *
 * <p>usage: PostsIndexCost ROWS BATCH hex|long|none|sorted|staged ...
 */
public class PostsIndexCost {

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[0]);
    int batch = Integer.parseInt(args[1]);
    for (int a = 2; a < args.length; a++) {
      run(rows, batch, args[a]);
    }
  }

  private static void run(int rows, int batch, String key) throws Exception {
    Path dir = Files.createTempDirectory("posts-index-cost");
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir + "/db;MODE=PostgreSQL;WRITE_DELAY=0"
        + System.getProperty("pz.h2", ""))) {
      boolean staged = key.equals("staged");
      boolean sorted = key.equals("sorted");
      String type = key.equals("long") ? "bigint" : "varchar(64)";
      c.createStatement().execute("create table discourse_post (id bigint generated always as identity primary key,"
          + " corpus_id bigint not null, import_id bigint not null, line_no bigint not null, author varchar(100),"
          + " forum varchar(300), body varchar(1000000) not null, text_hash " + type + " not null)");
      if (!key.equals("none")) {
        c.createStatement().execute("create unique index discourse_post_once on discourse_post (text_hash, corpus_id)");
      }
      c.createStatement().execute("create index discourse_post_corpus on discourse_post (corpus_id, id)");
      c.createStatement().execute("create index discourse_post_import on discourse_post (import_id)");
      if (staged) {
        c.createStatement().execute("create table discourse_post_staged (id bigint generated always as identity"
            + " primary key, corpus_id bigint not null, import_id bigint"
            + " not null, line_no bigint not null, author varchar(100), forum varchar(300), body varchar(1000000) not null,"
            + " text_hash varchar(64) not null)");
      }
      c.setAutoCommit(false);
      PreparedStatement insert = c.prepareStatement("insert into " + (staged ? "discourse_post_staged" : "discourse_post")
          + " (corpus_id, import_id, line_no, author, forum, body, text_hash) values (1, 1, ?, ?, 'carers', ?, ?)");
      Random random = new Random(1);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      StringBuilder text = new StringBuilder();
      long started = System.nanoTime();
      for (int i = 0; i < rows; i++) {
        text.setLength(0);
        for (int w = 0; w < 80; w++) {
          text.append('w').append(random.nextInt(20000)).append(' ');
        }
        byte[] hash = sha.digest(text.toString().getBytes());
        insert.setLong(1, i);
        insert.setString(2, "author-" + random.nextInt(50000));
        insert.setString(3, text.toString());
        if (key.equals("long")) {
          insert.setLong(4, ByteBuffer.wrap(hash).getLong());
        } else if (sorted) {
          insert.setString(4, "%064x".formatted(i)); // the index filled in key order, as a merge in hash order would
        } else {
          insert.setString(4, HexFormat.of().formatHex(hash));
        }
        insert.addBatch();
        if ((i + 1) % batch == 0 || i == rows - 1) {
          insert.executeBatch();
          c.commit();
        }
      }
      if (staged) {
        double batches = (System.nanoTime() - started) / 1e9;
        // The merge: staged rows in hash order, inserted a batch at a time and committed.
        java.util.List<String[]> keys = new java.util.ArrayList<>();
        try (var rs = c.createStatement().executeQuery("select id, text_hash from discourse_post_staged")) {
          while (rs.next()) {
            keys.add(new String[] {rs.getString(2), rs.getString(1)});
          }
        }
        keys.sort(java.util.Comparator.comparing((String[] k) -> k[0]));
        double sortedAt = (System.nanoTime() - started) / 1e9;
        for (int from = 0; from < keys.size(); from += batch) {
          StringBuilder ids = new StringBuilder();
          for (int k = from; k < Math.min(keys.size(), from + batch); k++) {
            ids.append(k == from ? "" : ",").append(keys.get(k)[1]);
          }
          c.createStatement().executeUpdate("insert into discourse_post (corpus_id, import_id, line_no, author, forum,"
              + " body, text_hash) select corpus_id, import_id, line_no, author, forum, body, text_hash from"
              + " discourse_post_staged where id in (" + ids + ") order by text_hash");
          c.commit();
        }
        System.out.printf("  keys read and sorted in %.1f s%n", sortedAt - batches);
        double merged = (System.nanoTime() - started) / 1e9;
        for (long from = 0; from < rows; from += 10_000) {
          c.createStatement().executeUpdate("delete from discourse_post_staged where id > " + from + " and id <= "
              + (from + 10_000));
          c.commit();
        }
        System.out.printf("  staged: batches %.1f s, merge in hash order %.1f s (with the sort), emptied %.1f s%n", batches,
            merged - batches, (System.nanoTime() - started) / 1e9 - merged);
      }
      double s = (System.nanoTime() - started) / 1e9;
      System.out.printf("uniqueness index %-4s %,d rows in batches of %,d: %.1f s, file %,d MB%n", key, rows, batch, s,
          Files.size(dir.resolve("db.mv.db")) >> 20);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
