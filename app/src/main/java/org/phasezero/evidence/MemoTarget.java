package org.phasezero.evidence;

/**
 * What a memo is about. Labels are in the bundle as {@code enum.MemoTarget.*}. A DECISION is an
 * analytic decision (a blind round's disagreement settled), where a researcher keeps a reflexive
 * memo on their own position.
 */
public enum MemoTarget {
  PROJECT, SOURCE, CODE, CODING, DECISION
}
