package org.phasezero.analysis.corpus;

/**
 * Counts of ordered pairs of type ids, in an open-addressing table of packed long keys (linear
 * probing, at most half full). Expected O(1) per increment with no allocation, which a boxed map
 * could not offer at hundreds of millions of increments.
 */
final class PairCounts {

  private static final long EMPTY = -1L;
  private long[] keys = newKeys(1 << 16);
  private int[] counts = new int[1 << 16];
  private int size;

  void increment(int first, int second) {
    long key = ((long) first << 32) | (second & 0xFFFFFFFFL);
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (true) {
      long k = keys[slot];
      if (k == key) {
        counts[slot]++;
        return;
      }
      if (k == EMPTY) {
        keys[slot] = key;
        counts[slot] = 1;
        if (2 * ++size > keys.length) {
          grow();
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  int capacity() {
    return keys.length;
  }

  /** True when the slot holds a pair. */
  boolean used(int slot) {
    return keys[slot] != EMPTY;
  }

  int first(int slot) {
    return (int) (keys[slot] >>> 32);
  }

  int second(int slot) {
    return (int) keys[slot];
  }

  int count(int slot) {
    return counts[slot];
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = newKeys(oldKeys.length * 2);
    counts = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = mix(oldKeys[i]) & mask;
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }

  private static long[] newKeys(int n) {
    long[] k = new long[n];
    java.util.Arrays.fill(k, EMPTY);
    return k;
  }

  private static int mix(long key) {
    key ^= key >>> 33;
    key *= 0xff51afd7ed558ccdL;
    key ^= key >>> 33;
    return (int) key;
  }
}
