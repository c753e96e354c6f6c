package org.phasezero.evidence;

/** How far a long import has got, for the page that shows its progress. */
@FunctionalInterface
public interface ImportProgress {

  /** Now doing {@code phase}, {@code done} of {@code total} units (bytes, turns or sources). */
  void at(String phase, long done, long total);

  ImportProgress NONE = (phase, done, total) -> { };
}
