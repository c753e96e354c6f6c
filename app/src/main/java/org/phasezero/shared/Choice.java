package org.phasezero.shared;

/** An option in a select: a record's id and the name shown for it. */
public record Choice(long id, String name) {}
