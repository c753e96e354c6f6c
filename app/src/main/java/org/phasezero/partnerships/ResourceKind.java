package org.phasezero.partnerships;

/** The three kinds of resource that fuel phase zero (symbolic, relational, material). */
public enum ResourceKind { SYMBOLIC, RELATIONAL, MATERIAL }
