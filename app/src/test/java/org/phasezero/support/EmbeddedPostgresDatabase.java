package org.phasezero.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server (binaries from Maven Central, no Docker) shared by the test classes that
 * run on PostgreSQL. Each caller gets a fresh database in it.
 */
public final class EmbeddedPostgresDatabase {

  private static EmbeddedPostgres server;
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private EmbeddedPostgresDatabase() {}

  /** A JDBC URL of a new, empty database. */
  public static synchronized String newDatabase() {
    try {
      if (server == null) {
        server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException ignored) {
            // the JVM is ending anyway
          }
        }));
      }
      String name = "phasezero_test_" + COUNTER.incrementAndGet();
      try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("create database " + name);
      }
      return server.getJdbcUrl("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create a test database", e);
    }
  }
}
