package org.phasezero.evidence.refiqda;

/** A person who worked on the project; {@code id} is the producer's short id, e.g. initials. */
public record User(String guid, String name, String id) {}
