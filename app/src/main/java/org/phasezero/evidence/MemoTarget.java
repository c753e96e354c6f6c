package org.phasezero.evidence;

/** What a memo is about. Labels are in the bundle as {@code enum.MemoTarget.*}. */
public enum MemoTarget {
  PROJECT, SOURCE, CODE, CODING
}
