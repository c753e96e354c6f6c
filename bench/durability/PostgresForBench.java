import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL server from the embedded binaries the tests use, for benchmarks against PostgreSQL:
 * starts one with its data under DIR, writes its JDBC URL to DIR/url, and runs until killed.
 * PostgreSQL's defaults apply (fsync and synchronous commit on), so a commit is on disk when it returns.
 *
 * <p>usage: PostgresForBench DIR
 */
public class PostgresForBench {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir.resolve("data"));
    EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("data")).setCleanDataDirectory(true)
        .start();
    Files.writeString(dir.resolve("url"), pg.getJdbcUrl("postgres", "postgres"));
    System.out.println("PostgreSQL at " + pg.getJdbcUrl("postgres", "postgres"));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        pg.close();
      } catch (Exception e) {
        e.printStackTrace();
      }
    }));
    Thread.currentThread().join();
  }
}
