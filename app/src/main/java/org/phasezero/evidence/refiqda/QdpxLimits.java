package org.phasezero.evidence.refiqda;

/**
 * How much a {@code .qdpx} archive may expand to when read. The limits are counted while the zip is
 * being inflated, never taken from sizes the zip declares, so a zip bomb is stopped after at most
 * one buffer beyond the limit.
 *
 * @param maxEntries files and folders in the archive
 * @param maxEntryBytes bytes of any one file once uncompressed
 * @param maxTotalBytes bytes of all files together once uncompressed
 */
public record QdpxLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

  private static final long MEBIBYTE = 1024L * 1024L;

  /** 10,000 entries, 512 MB per file and 1 GB in all: room for hours of embedded audio. */
  public static final QdpxLimits DEFAULT = new QdpxLimits(10_000, 512 * MEBIBYTE, 1024 * MEBIBYTE);

  public QdpxLimits {
    if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
