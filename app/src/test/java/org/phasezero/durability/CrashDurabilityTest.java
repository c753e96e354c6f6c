package org.phasezero.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phasezero.support.Api;
import org.phasezero.support.WebSession;

/**
 * A 2xx means the write is durable, on the embedded default database too. A real server runs in a
 * child JVM on an H2 file (the default URL), takes a burst of writes from several clients, and is
 * killed with SIGKILL in the middle of it. Started again on the same files, it must have every
 * write it acknowledged (creations and voids), each with its audit row.
 */
class CrashDurabilityTest {

  private static final String PASSWORD = "crash-test-password";
  private static final Pattern TOKEN = Pattern.compile("(pz_[A-Za-z0-9_-]+)");

  @TempDir
  Path dataDir;

  @Test
  void everyAcknowledgedWriteSurvivesAKill() throws Exception {
    Server first = Server.start(dataDir);
    String token;
    try {
      token = first.token();
    } catch (RuntimeException | java.io.IOException e) {
      first.kill();
      throw e;
    }
    Set<Long> created = ConcurrentHashMap.newKeySet();
    Set<Long> voided = ConcurrentHashMap.newKeySet();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    Api api = new Api(first.port);
    for (int c = 0; c < 4; c++) {
      int client = c;
      clients.submit(() -> {
        for (int i = 0; writing.get(); i++) {
          try {
            var r = api.post("/api/v1/organisations", token, Api.json(Map.of(
                "name", "Crash group " + client + "-" + i, "type", "COMMUNITY_GROUP", "side", "COMMUNITY")));
            if (r.status() != 201) {
              continue;
            }
            long id = r.json().get("id").asLong();
            created.add(id);
            if (i % 2 == 0 && api.post("/api/v1/organisations/" + id + "/void", token,
                "{\"reason\":\"closed\"}").status() == 200) {
              voided.add(id);
            }
          } catch (RuntimeException connectionGone) {
            return;
          }
        }
      });
    }
    // Kill in the middle of the burst, once a good number of writes have been acknowledged.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (created.size() < 150 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    first.kill();
    writing.set(false);
    clients.shutdown();
    assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(created).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(100);

    Server second = Server.start(dataDir);
    try {
      Api after = new Api(second.port);
      String token2 = second.token();
      List<Long> lost = new ArrayList<>();
      List<Long> unvoided = new ArrayList<>();
      List<Long> unaudited = new ArrayList<>();
      for (long id : created) {
        var r = after.get("/api/v1/organisations/" + id, token2);
        if (r.status() != 200) {
          lost.add(id);
          continue;
        }
        if (voided.contains(id) && r.json().get("voidedAt").isNull()) {
          unvoided.add(id);
        }
        var trail = after.get("/api/v1/audit?entityType=organisation&entityId=" + id, token2).json();
        if (trail.get("total").asLong() < (voided.contains(id) ? 2 : 1)) {
          unaudited.add(id);
        }
      }
      assertThat(lost).as("acknowledged creations lost (of %d)", created.size()).isEmpty();
      assertThat(unvoided).as("acknowledged voids lost (of %d)", voided.size()).isEmpty();
      assertThat(unaudited).as("acknowledged writes without their audit rows").isEmpty();
    } finally {
      second.kill();
    }
  }

  /** Signs in as the demo coordinator and creates a personal access token on the account page. */
  private static String tokenFor(int port) {
    WebSession session = WebSession.signIn(port, "coordinator", PASSWORD);
    var page = session.post("/account/tokens", "/account/tokens", Map.of("name", "crash test", "days", "1"));
    Matcher m = TOKEN.matcher(page.body());
    assertThat(m.find()).as("token shown once on the account page").isTrue();
    return m.group(1);
  }

  /** The real launcher's `serve --demo` in a child JVM on the test's class path, on the default H2 file URL. */
  private record Server(Process process, int port, Path log) {

    static Server start(Path dataDir) throws Exception {
      Path log = Files.createTempFile(dataDir, "server-", ".log");
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classPath, "org.phasezero.cli.PhaseZero",
          "serve", "--demo", "--data-dir", dataDir.toString(), "--port", String.valueOf(port));
      pb.environment().put("PHASEZERO_DEMO_PASSWORD", PASSWORD);
      pb.redirectErrorStream(true);
      pb.redirectOutput(log.toFile());
      Process p = pb.start();
      // A child server never outlives the test run, whatever happens to the test.
      Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
      Server server = new Server(p, port, log);
      server.awaitUp();
      return server;
    }

    /** Up once the launcher says so: the demo sign-ins are set after the port opens. */
    private void awaitUp() throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("server exited: " + Files.readString(log));
        }
        if (Files.readString(log).contains("PhaseZero is running")) {
          return;
        }
        Thread.sleep(250);
      }
      kill();
      throw new IllegalStateException("server did not start: " + Files.readString(log));
    }

    /** A token for the demo coordinator; the server's log tells why when it cannot be had. */
    String token() throws IOException {
      try {
        return tokenFor(port);
      } catch (RuntimeException | AssertionError e) {
        throw new IllegalStateException(e.getMessage() + "\n" + Files.readString(log), e);
      }
    }

    /** SIGKILL on Linux: no shutdown hooks, no database close. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
