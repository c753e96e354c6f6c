package org.phasezero.analysis.corpus;

import java.util.Arrays;

/**
 * The types (distinct token strings) of a corpus, each with a dense int id in order of first
 * appearance. Lookup takes a character range, so the indexer never allocates a string for a token
 * it has seen before.
 *
 * <p>Open addressing with linear probing over a power-of-two table kept at most half full; each
 * id's hash is cached so that a probe compares characters only on a hash match. Expected O(length)
 * per lookup; memory about 4 ints per type plus the strings.
 */
public final class TypeDictionary {

  private String[] types = new String[1024];
  private int[] hashes = new int[1024];
  private int size;
  private int[] table = new int[2048]; // id + 1; 0 = empty
  private int mask = table.length - 1;

  /** The id of the range, adding it as a new type when absent. */
  public int intern(char[] chars, int start, int end) {
    int h = hash(chars, start, end);
    int slot = h & mask;
    while (true) {
      int entry = table[slot];
      if (entry == 0) {
        return add(new String(chars, start, end - start), h, slot);
      }
      int id = entry - 1;
      if (hashes[id] == h && sameChars(types[id], chars, start, end)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The id of the string, adding it when absent. */
  public int intern(String type) {
    char[] chars = type.toCharArray();
    return intern(chars, 0, chars.length);
  }

  /** The id of a type, or -1 when the corpus does not contain it. */
  public int idOf(String type) {
    int h = 0;
    for (int i = 0; i < type.length(); i++) {
      h = 31 * h + type.charAt(i);
    }
    h = mix(h);
    for (int slot = h & mask; table[slot] != 0; slot = (slot + 1) & mask) {
      int id = table[slot] - 1;
      if (hashes[id] == h && type.equals(types[id])) {
        return id;
      }
    }
    return -1;
  }

  /** The string of an id. */
  public String type(int id) {
    if (id < 0 || id >= size) {
      throw new IndexOutOfBoundsException("no type with id " + id);
    }
    return types[id];
  }

  public int size() {
    return size;
  }

  private int add(String type, int h, int slot) {
    if (size == types.length) {
      types = Arrays.copyOf(types, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    int id = size++;
    types[id] = type;
    hashes[id] = h;
    table[slot] = id + 1;
    if (2 * size > table.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    table = new int[table.length * 2];
    mask = table.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = hashes[id] & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = id + 1;
    }
  }

  private static boolean sameChars(String s, char[] chars, int start, int end) {
    if (s.length() != end - start) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != chars[start + i]) {
        return false;
      }
    }
    return true;
  }

  /** Polynomial hash, then a murmur finaliser so that the low bits used for slots are mixed. */
  private static int hash(char[] chars, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + chars[i];
    }
    return mix(h);
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
