package org.phasezero.evidence;

/** An attribute cases are compared by (side, organisation, age band...); {@code type} is a REFI-QDA variable type. */
public record CaseVariable(long id, String name, String type) {}
