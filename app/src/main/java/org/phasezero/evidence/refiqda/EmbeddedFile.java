package org.phasezero.evidence.refiqda;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file inside the {@code .qdpx} archive's {@code sources} folder, kept byte for byte.
 *
 * @param name its name inside the folder, as an {@code internal://} path names it
 */
public record EmbeddedFile(String name, byte[] bytes) {

  public EmbeddedFile {
    Objects.requireNonNull(name, "name");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  /** The bytes as a stream, without copying them. */
  public java.io.InputStream open() {
    return new java.io.ByteArrayInputStream(bytes);
  }

  /** The bytes themselves, for this package's reading and writing: callers must not change them. */
  byte[] bytesWithoutCopy() {
    return bytes;
  }

  // A record compares arrays by identity; files are equal when their names and bytes are.
  @Override
  public boolean equals(Object other) {
    return other instanceof EmbeddedFile file && name.equals(file.name)
        && Arrays.equals(bytes, file.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    String head = HexFormat.of().formatHex(bytes, 0, Math.min(8, bytes.length));
    return "EmbeddedFile[" + name + ", " + bytes.length + " bytes, " + head + "…]";
  }
}
