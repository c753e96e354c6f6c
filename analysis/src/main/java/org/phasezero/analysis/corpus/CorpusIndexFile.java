package org.phasezero.analysis.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves an indexed {@link Corpus} to a folder and loads it back memory-mapped, so that a query
 * touches only the pages it needs. One file, {@value #FILE_NAME}, big-endian:
 *
 * <pre>
 * header   "PZCORPUS" | int version=1 | int flags (bit 0: ignore case) | int N tokens
 *          | int V types | int D documents | int metaBytes
 * meta     varint-prefixed UTF-8: the token pattern ("" = default), then V types, then D times
 *          (varint first position, name)   -- padded with zeros to a multiple of 4 bytes
 * tokens   N ints: the type id of each position
 * starts   V+1 ints: the CSR offsets of each type's postings (frequency = difference)
 * postings N ints: the positions of each type, increasing
 * </pre>
 *
 * <p>Size: 8 bytes per token plus the dictionary (typically well under 0.1 byte per token on a
 * large corpus). Fixed-width ints cost a little more than varints but need no decoding, so a
 * loaded index answers a query without a pass over the whole stream. Loading reads the header,
 * dictionary and offsets (O(V + D)) and checks magic, version, exact length and monotone offsets;
 * a truncated or foreign file is rejected with an {@link IOException} naming the problem.
 * Each section is mapped separately, so N may not exceed 536,870,911 (2 GiB per mapping).
 * Saving writes a temporary file and moves it into place, so a failed save leaves no half-written
 * index.
 */
public final class CorpusIndexFile {

  public static final String FILE_NAME = "corpus.pzc";
  private static final byte[] MAGIC = "PZCORPUS".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 1;
  private static final int HEADER = MAGIC.length + 6 * 4;
  private static final int MAX_MAPPED_INTS = Integer.MAX_VALUE / 4;

  private CorpusIndexFile() {}

  /** Writes the corpus (building its postings if needed) to {@code dir}, creating the folder. */
  public static Path save(Corpus corpus, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(FILE_NAME);
    Path temp = Files.createTempFile(dir, FILE_NAME, ".part");
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      byte[] meta = meta(corpus);
      ByteBuffer head = ByteBuffer.allocate(HEADER);
      head.put(MAGIC).putInt(VERSION).putInt(corpus.tokenization().ignoreCase() ? 1 : 0)
          .putInt(corpus.tokenCount()).putInt(corpus.typeCount()).putInt(corpus.documentCount())
          .putInt(meta.length).flip();
      writeFully(ch, head);
      writeFully(ch, ByteBuffer.wrap(meta));
      writeInts(ch, corpus.tokenBuffer());
      writeInts(ch, IntBuffer.wrap(corpus.postingStarts()));
      writeInts(ch, corpus.postingBuffer());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  /** Size in bytes of the saved index of a corpus folder. */
  public static long size(Path dir) throws IOException {
    return Files.size(dir.resolve(FILE_NAME));
  }

  /**
   * Loads an index saved by {@link #save}.
   *
   * @throws IOException when the folder holds no index, or the file is not one, or is truncated
   */
  public static Corpus load(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.exists(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no such index folder");
    }
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a PhaseZero corpus index (a file, not an index folder)");
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a PhaseZero corpus index (no " + FILE_NAME + " in the folder)");
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long length = ch.size();
      if (length < HEADER) {
        throw new IOException("not a PhaseZero corpus index (file too short for a header)");
      }
      ByteBuffer head = ch.map(FileChannel.MapMode.READ_ONLY, 0, HEADER);
      byte[] magic = new byte[MAGIC.length];
      head.get(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new IOException("not a PhaseZero corpus index (wrong magic bytes)");
      }
      int version = head.getInt();
      if (version != VERSION) {
        throw new IOException("unsupported corpus index version " + version);
      }
      boolean ignoreCase = (head.getInt() & 1) != 0;
      int n = head.getInt();
      int v = head.getInt();
      int d = head.getInt();
      int metaBytes = head.getInt();
      if (n < 0 || v < 0 || d < 0 || metaBytes < 0 || n > MAX_MAPPED_INTS) {
        throw new IOException("corrupt corpus index header");
      }
      long metaEnd = HEADER + (long) metaBytes;
      long expected = metaEnd + 4L * n + 4L * (v + 1) + 4L * n;
      if (length != expected) {
        throw new IOException((length < expected ? "truncated" : "oversized")
            + " corpus index: expected " + expected + " bytes, found " + length);
      }
      ByteBuffer meta = ch.map(FileChannel.MapMode.READ_ONLY, HEADER, metaBytes);
      String pattern = string(meta);
      TypeDictionary types = new TypeDictionary();
      for (int t = 0; t < v; t++) {
        if (types.intern(string(meta)) != t) {
          throw new IOException("corrupt corpus index: duplicate type");
        }
      }
      int[] docStart = new int[d + 1];
      List<String> names = new ArrayList<>(d);
      for (int k = 0; k < d; k++) {
        docStart[k] = varint(meta);
        names.add(string(meta));
      }
      docStart[d] = n;
      IntBuffer tokens = map(ch, metaEnd, n);
      int[] postingStart = new int[v + 1];
      map(ch, metaEnd + 4L * n, v + 1).get(postingStart);
      int[] frequency = new int[v];
      for (int t = 0; t < v; t++) {
        frequency[t] = postingStart[t + 1] - postingStart[t];
        if (frequency[t] < 0) {
          throw new IOException("corrupt corpus index: postings offsets decrease");
        }
      }
      if (postingStart[0] != 0 || postingStart[v] != n) {
        throw new IOException("corrupt corpus index: postings do not cover the tokens");
      }
      for (int k = 0; k < d; k++) {
        if (docStart[k] < 0 || docStart[k] > docStart[k + 1]) {
          throw new IOException("corrupt corpus index: document boundaries out of order");
        }
      }
      IntBuffer postings = map(ch, metaEnd + 4L * n + 4L * (v + 1), n);
      Tokenization tokenization = new Tokenization(pattern.isEmpty() ? null : pattern, ignoreCase);
      return new Corpus(tokenization, types, tokens, frequency, docStart, names, postingStart,
          postings);
    } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
      throw new IOException("corrupt corpus index: " + e.getMessage());
    }
  }

  private static byte[] meta(Corpus corpus) {
    var out = new java.io.ByteArrayOutputStream();
    String pattern = corpus.tokenization().pattern();
    putString(out, pattern == null ? "" : pattern);
    for (int t = 0; t < corpus.typeCount(); t++) {
      putString(out, corpus.types().type(t));
    }
    for (int k = 0; k < corpus.documentCount(); k++) {
      putVarint(out, corpus.documentStart(k));
      putString(out, corpus.documentName(k));
    }
    while (out.size() % 4 != 0) {
      out.write(0);
    }
    return out.toByteArray();
  }

  private static IntBuffer map(FileChannel ch, long offset, int ints) throws IOException {
    return ch.map(FileChannel.MapMode.READ_ONLY, offset, 4L * ints).asIntBuffer();
  }

  private static void writeInts(FileChannel ch, IntBuffer ints) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocateDirect(1 << 20);
    IntBuffer view = chunk.asIntBuffer();
    while (ints.hasRemaining()) {
      int count = Math.min(view.capacity(), ints.remaining());
      view.clear();
      view.put(ints.slice().limit(count));
      ints.position(ints.position() + count);
      chunk.clear().limit(4 * count);
      writeFully(ch, chunk);
    }
  }

  private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }

  private static void putString(java.io.ByteArrayOutputStream out, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    putVarint(out, bytes.length);
    out.writeBytes(bytes);
  }

  private static void putVarint(java.io.ByteArrayOutputStream out, int value) {
    while ((value & ~0x7F) != 0) {
      out.write((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.write(value);
  }

  private static int varint(ByteBuffer in) throws IOException {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      byte b = in.get();
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw new IOException("corrupt corpus index: bad varint");
  }

  private static String string(ByteBuffer in) throws IOException {
    int len = varint(in);
    if (len < 0 || len > in.remaining()) {
      throw new IOException("corrupt corpus index: string runs past the dictionary");
    }
    byte[] bytes = new byte[len];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
