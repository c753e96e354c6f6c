package org.phasezero.evidence.rounds;

/** How far a coder has gone: sources finished out of the round's, and codings made so far. */
public record CoderProgress(String username, String displayName, int finishedSources, int sources, int codings) {}
