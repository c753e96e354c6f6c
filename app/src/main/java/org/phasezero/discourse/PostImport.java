package org.phasezero.discourse;

import java.time.Instant;

/**
 * An import of a posts file and how far it got: lines read, posts kept, duplicates and malformed
 * lines skipped, and the first problems by line number. {@code status} is RUNNING, DONE, STOPPED (on
 * a bad line, as asked: nothing of it kept), FAILED, or INTERRUPTED (the server stopped; it resumes
 * after its last committed line).
 */
public record PostImport(long id, long corpusId, String fileName, PostFormat format, PostMapping mapping,
    BadLines onBadLine, String status, long linesDone, long imported, long duplicates, long malformed,
    String problems, String createdBy, Instant createdAt, Instant finishedAt) {

  /** What to do with a line that cannot be read or has no text. */
  public enum BadLines { SKIP, STOP }

  public boolean running() {
    return "RUNNING".equals(status);
  }

  /** The problems kept, one per line read. */
  public java.util.List<String> problemLines() {
    return problems == null ? java.util.List.of() : java.util.List.of(problems.split("\n"));
  }

  public boolean resumable() {
    return "INTERRUPTED".equals(status);
  }
}
