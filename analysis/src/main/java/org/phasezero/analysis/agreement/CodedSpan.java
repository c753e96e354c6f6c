package org.phasezero.analysis.agreement;

/**
 * A span of a continuum (e.g. characters of a transcript) that one coder marked with a category,
 * half-open: positions {@code start} to {@code end − 1}.
 */
public record CodedSpan(int coder, long start, long end, int category) {

  public CodedSpan {
    if (end <= start) {
      throw new IllegalArgumentException("a span must end after it starts: [" + start + ", "
          + end + ")");
    }
  }

  public long length() {
    return end - start;
  }
}
