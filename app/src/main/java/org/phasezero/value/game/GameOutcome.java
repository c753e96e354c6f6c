package org.phasezero.value.game;

/** An outcome as worded on its card, with a line saying what it means. */
public record GameOutcome(long id, String name, String description) {}
