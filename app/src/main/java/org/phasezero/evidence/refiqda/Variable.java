package org.phasezero.evidence.refiqda;

/** A variable (attribute) that cases and sources can have a value for, e.g. age. */
public record Variable(String guid, String name, VariableType type, String description) {}
