package org.phasezero.partnerships;

/**
 * One criterion of readiness for co-production, as met or missing, with a plain explanation and a
 * link to where it can be fixed. Advisory only: readiness never blocks a phase move.
 *
 * @param key stable identifier, e.g. {@code shared-space-both-sides}
 * @param title the criterion in plain English
 * @param met whether the evidence shows it is met
 * @param explanation what the evidence shows (or what is missing)
 * @param fixLink a path in the application where the missing evidence can be added, or null
 */
public record ReadinessCheck(String key, String title, boolean met, String explanation, String fixLink) {}
