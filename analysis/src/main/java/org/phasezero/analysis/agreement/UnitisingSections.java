package org.phasezero.analysis.agreement;

import java.util.List;

/** One coder's sections for one category: segments and the gaps between them, tiling [B, B+L). */
final class UnitisingSections {
  final long[] start;
  final long[] length;
  final boolean[] valued;
  final int size;

  private UnitisingSections(long[] start, long[] length, boolean[] valued, int size) {
    this.start = start;
    this.length = length;
    this.valued = valued;
    this.size = size;
  }

  static UnitisingSections of(List<CodedSpan> sortedSpans, long begin, long length) {
    int capacity = 2 * sortedSpans.size() + 1;
    long[] start = new long[capacity];
    long[] len = new long[capacity];
    boolean[] valued = new boolean[capacity];
    int size = 0;
    long position = begin;
    for (CodedSpan s : sortedSpans) {
      if (s.start() > position) {
        start[size] = position;
        len[size++] = s.start() - position;
      }
      start[size] = s.start();
      len[size] = s.length();
      valued[size++] = true;
      position = s.end();
    }
    if (position < begin + length) {
      start[size] = position;
      len[size++] = begin + length - position;
    }
    return new UnitisingSections(start, len, valued, size);
  }
}
