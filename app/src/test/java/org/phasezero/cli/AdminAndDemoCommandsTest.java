package org.phasezero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server-side commands: creating the first account, loading demo data, and their bad input. */
class AdminAndDemoCommandsTest {

  @TempDir
  Path dataDir;

  private CliRun withStdin(String stdin, String... args) {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      return CliRun.of(args);
    } finally {
      System.setIn(original);
    }
  }

  private long count(String sql) throws Exception {
    String url = "jdbc:h2:file:" + dataDir.resolve("phasezero") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    try (var c = DriverManager.getConnection(url, "sa", ""); var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void theFirstCoordinatorIsCreatedWithAPasswordFromStandardInput() throws Exception {
    CliRun run = withStdin("a-long-enough-password\n", "admin", "create-user", "--username", "amara",
        "--role", "coordinator", "--data-dir", dataDir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Created account 'amara' with role coordinator");
    assertThat(count("select count(*) from account where username = 'amara' and role = 'COORDINATOR'")).isEqualTo(1);
    assertThat(count("select count(*) from account where password_hash like '{bcrypt}%'")).isEqualTo(1);
    assertThat(count("select count(*) from audit_event where action = 'CREATE' and entity_type = 'account'")).isEqualTo(1);
  }

  @Test
  void aShortPasswordIsRefusedInOneLineWithExitTwo() {
    CliRun run = withStdin("short\n", "admin", "create-user", "--username", "amara", "--role", "coordinator",
        "--data-dir", dataDir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("at least 12 characters");
  }

  @Test
  void anUnknownRoleIsRefusedNamingTheChoices() {
    CliRun run = withStdin("a-long-enough-password\n", "admin", "create-user", "--username", "amara",
        "--role", "overlord", "--data-dir", dataDir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown role 'overlord'", "coordinator", "site-lead");
  }

  @Test
  void aSecondAccountWithTheSameNameIsRefused() {
    String[] args = {"admin", "create-user", "--username", "amara", "--role", "researcher", "--data-dir", dataDir.toString()};
    assertThat(withStdin("a-long-enough-password\n", args).exitCode()).isZero();
    CliRun again = withStdin("a-long-enough-password\n", args);
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("already exists");
  }

  @Test
  void aDatabaseUrlThatIsNotJdbcIsRefused() {
    CliRun run = CliRun.of("demo-data", "--db-url", "postgres://localhost/x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--db-url", "jdbc:");
  }

  @Test
  void demoDataLoadsTheNetworkOnceAndRefusesAFullDatabase() throws Exception {
    CliRun run = CliRun.of("demo-data", "--data-dir", dataDir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // 12 community organisations, 5 statutory bodies, the hub and the funder.
    assertThat(count("select count(*) from organisation")).isEqualTo(19);
    assertThat(count("select count(*) from organisation where side = 'STATUTORY'")).isEqualTo(5);
    long people = count("select count(*) from person");
    assertThat(people).isBetween(250L, 350L);
    assertThat(count("select count(*) from tie where kind = 'LINKING'")).isPositive();
    assertThat(count("select count(*) from person where email is null")).isPositive();

    CliRun again = CliRun.of("demo-data", "--data-dir", dataDir.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("already holds a network");
  }

  @Test
  void aScaleOutOfRangeIsRefused() {
    CliRun run = CliRun.of("demo-data", "--scale", "0", "--data-dir", dataDir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--scale must be between 1 and 100");
  }

  @Test
  void servingOnAnImpossiblePortIsRefusedBeforeStarting() {
    CliRun run = CliRun.of("serve", "--port", "70000", "--data-dir", dataDir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--port must be between 1 and 65535");
  }
}
