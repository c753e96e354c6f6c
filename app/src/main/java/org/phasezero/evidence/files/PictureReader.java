package org.phasezero.evidence.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Checks a photo (PNG or JPEG) and reads its size from its header with {@code javax.imageio}, without
 * decoding the pixels: a "decompression bomb" is a small file whose header claims an enormous image
 * (100,000 × 100,000 pixels needs 40 GB once decoded), so the size is checked before anything decodes
 * it. Whoever later shows or scales the photo can rely on at most {@value #MAX_SIDE} pixels a side.
 */
final class PictureReader {

  /** Large enough for any camera or phone (a 200-megapixel sensor is about 16,000 pixels wide). */
  static final int MAX_SIDE = 20_000;

  private PictureReader() {}

  static PictureInfo read(String fileName, byte[] bytes, FileSignature expected) {
    FileSignature actual = FileSignature.of(bytes);
    if (actual != expected) {
      String what = actual == FileSignature.PNG || actual == FileSignature.JPEG
          ? "it is " + actual.description() + ", so its name should end in ."
              + (actual == FileSignature.PNG ? "png" : "jpg")
          : "it does not start as " + expected.description() + " does";
      throw new UnreadableSourceException(fileName + " is not " + expected.description() + ": " + what
          + ". Save the photo again as PNG or JPEG.");
    }
    String format = expected == FileSignature.PNG ? "png" : "jpeg";
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new IllegalStateException("this Java runtime has no " + format + " reader");
    }
    ImageReader reader = readers.next();
    int width;
    int height;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      width = reader.getWidth(0);
      height = reader.getHeight(0);
    } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
      // ImageIO reports a damaged header with IIOException, and some malformed headers with
      // IllegalArgument or IndexOutOfBounds exceptions from inside its decoders.
      throw new UnreadableSourceException(fileName + " could not be read as " + expected.description()
          + "; it may be damaged. Save the photo again as PNG or JPEG.", e);
    } finally {
      reader.dispose();
    }
    if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
      throw new UnreadableSourceException(String.format(Locale.ROOT,
          "%s says it is %,d × %,d pixels; PhaseZero accepts photos of up to %,d pixels a side."
              + " Resize it and import it again.", fileName, width, height, MAX_SIDE));
    }
    return new PictureInfo("image/" + format, width, height);
  }
}
