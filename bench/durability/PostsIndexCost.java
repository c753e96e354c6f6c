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
 * or with no uniqueness index. Prints the time and the size of the file afterwards.
 *
 * <p>usage: PostsIndexCost ROWS BATCH hex|long|none ...
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
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir + "/db;MODE=PostgreSQL;WRITE_DELAY=0")) {
      String type = key.equals("long") ? "bigint" : "varchar(64)";
      c.createStatement().execute("create table discourse_post (id bigint generated always as identity primary key,"
          + " corpus_id bigint not null, import_id bigint not null, line_no bigint not null, author varchar(100),"
          + " forum varchar(300), body varchar(1000000) not null, text_hash " + type + " not null)");
      if (!key.equals("none")) {
        c.createStatement().execute("create unique index discourse_post_once on discourse_post (text_hash, corpus_id)");
      }
      c.createStatement().execute("create index discourse_post_corpus on discourse_post (corpus_id, id)");
      c.createStatement().execute("create index discourse_post_import on discourse_post (import_id)");
      c.setAutoCommit(false);
      PreparedStatement insert = c.prepareStatement("insert into discourse_post"
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
        } else {
          insert.setString(4, HexFormat.of().formatHex(hash));
        }
        insert.addBatch();
        if ((i + 1) % batch == 0 || i == rows - 1) {
          insert.executeBatch();
          c.commit();
        }
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
