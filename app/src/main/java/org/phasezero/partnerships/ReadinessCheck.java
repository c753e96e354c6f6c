package org.phasezero.partnerships;

/**
 * One criterion of readiness for co-production, as met or missing, with a plain explanation and a
 * link to where it can be fixed. Advisory only: readiness never blocks a phase move.
 *
 * @param key stable identifier, e.g. {@code shared-space-both-sides}
 * @param title the criterion in plain English
 * @param met whether the evidence shows it is met
 * @param explanation what the evidence shows (or what is missing)
 * @param fixLink a path in the application where the missing evidence can be added (a form already
 *     filled in with the partnership), or null when nothing is missing or the viewer may not add it
 */
public record ReadinessCheck(String key, String title, boolean met, String explanation, String fixLink) {

  /** The same check for a viewer who may not add the evidence: no link to a form they cannot use. */
  public ReadinessCheck withoutFixLink() {
    return new ReadinessCheck(key, title, met, explanation, null);
  }
}
