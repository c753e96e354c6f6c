package org.phasezero.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.NotFound;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;

/**
 * Imports too large to finish within one request (a long transcript, a whole REFI-QDA project) run
 * in the background as the person who started them, while a page shows how far they have got.
 * Each import is all or nothing (one transaction); its progress is kept in memory for an hour and is
 * seen only by whoever started it. Two run at a time; more wait their turn.
 */
@Service
public class Imports implements DisposableBean {

  /** The state of one import: what it is doing, how far, and where its result is once done. */
  public static final class Job {
    private final String id;
    private final String owner;
    private final String description;
    private final Instant startedAt;
    private volatile String phase = "Waiting to start";
    private volatile long done;
    private volatile long total;
    private volatile String resultPath;
    private volatile String error;

    Job(String id, String owner, String description, Instant startedAt) {
      this.id = id;
      this.owner = owner;
      this.description = description;
      this.startedAt = startedAt;
    }

    public String id() {
      return id;
    }

    public String description() {
      return description;
    }

    public String phase() {
      return phase;
    }

    public int percent() {
      return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public boolean finished() {
      return resultPath != null || error != null;
    }

    public String resultPath() {
      return resultPath;
    }

    public String error() {
      return error;
    }

    public Instant startedAt() {
      return startedAt;
    }
  }

  private static final Duration KEPT = Duration.ofHours(1);

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final ExecutorService executor = new DelegatingSecurityContextExecutorService(new ThreadPoolExecutor(2, 2,
      0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(50), r -> {
        Thread t = new Thread(r, "evidence-import");
        t.setDaemon(true);
        return t;
      }));
  private final Clock clock;

  Imports(Clock clock) {
    this.clock = clock;
  }

  /**
   * Starts an import as the signed-in user; {@code work} reports its progress and returns the path
   * of what it made. A refusal ({@link Conflict} or any message meant for people) becomes the job's
   * error, shown on its page.
   */
  public String start(String description, Function<ImportProgress, String> work) {
    forgetOld();
    Job job = new Job(UUID.randomUUID().toString(), CurrentUser.require().username(), description, clock.instant());
    jobs.put(job.id, job);
    try {
      executor.submit(() -> run(job, work));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      jobs.remove(job.id);
      throw new Conflict("file", "Too many imports are waiting; try again in a few minutes.");
    }
    return job.id;
  }

  private void run(Job job, Function<ImportProgress, String> work) {
    try {
      job.resultPath = work.apply((phase, done, total) -> {
        job.phase = phase;
        job.done = done;
        job.total = total;
      });
      job.done = job.total;
    } catch (RuntimeException e) {
      if (isForPeople(e)) {
        job.error = e.getMessage();
      } else {
        job.error = "The import failed unexpectedly; nothing was saved.";
        org.slf4j.LoggerFactory.getLogger(Imports.class).error("Import {} failed", job.id, e);
      }
    }
  }

  /** Refusals (and the file readers' rejections) carry messages written for the person importing. */
  private static boolean isForPeople(RuntimeException e) {
    return e.getMessage() != null && (e instanceof Conflict || e instanceof org.phasezero.shared.Forbidden
        || e instanceof NotFound || e.getClass().getName().startsWith("org.phasezero.evidence."));
  }

  /** A job its starter may see (404 for anyone else). */
  public Job get(String id) {
    Job job = jobs.get(id);
    if (job == null || !job.owner.equals(CurrentUser.require().username())) {
      throw new NotFound("import", id);
    }
    return job;
  }

  private void forgetOld() {
    Instant cutoff = clock.instant().minus(KEPT);
    jobs.values().removeIf(j -> j.finished() && j.startedAt.isBefore(cutoff));
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
