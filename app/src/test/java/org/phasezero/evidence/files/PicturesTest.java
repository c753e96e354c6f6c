package org.phasezero.evidence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PicturesTest {

  @Test
  void aPngAndAJpegAreCheckedAndMeasured() throws IOException {
    assertThat(SourceFiles.readPicture("flipchart.PNG", image(120, 80, "png")))
        .isEqualTo(new PictureInfo("image/png", 120, 80));
    assertThat(SourceFiles.readPicture("wall.jpeg", image(64, 48, "jpeg")))
        .isEqualTo(new PictureInfo("image/jpeg", 64, 48));
    assertThat(SourceFiles.readPicture("wall.jpg", image(64, 48, "jpeg")).mediaType()).isEqualTo("image/jpeg");
  }

  @Test
  void aFileThatIsNotAnImageIsRejected() {
    assertThatThrownBy(() -> SourceFiles.readPicture("flipchart.png", "not a picture".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessage("flipchart.png is not a PNG image: it does not start as a PNG image does. Save the photo again as"
            + " PNG or JPEG.");
  }

  @Test
  void aJpegNamedPngIsRejectedWithTheRightExtension() throws IOException {
    byte[] jpeg = image(10, 10, "jpeg");
    assertThatThrownBy(() -> SourceFiles.readPicture("photo.png", jpeg))
        .hasMessage("photo.png is not a PNG image: it is a JPEG image, so its name should end in .jpg. Save the photo"
            + " again as PNG or JPEG.");
  }

  @Test
  void aDamagedHeaderIsRejected() throws IOException {
    byte[] png = image(10, 10, "png");
    assertThatThrownBy(() -> SourceFiles.readPicture("cut.png", Arrays.copyOf(png, 12)))
        .hasMessage("cut.png could not be read as a PNG image; it may be damaged. Save the photo again as PNG or JPEG.");
  }

  @Test
  void aDecompressionBombIsRejectedFromItsHeader() throws IOException {
    assertThatThrownBy(() -> SourceFiles.readPicture("bomb.png", pngHeader(100_000, 100_000)))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessage("bomb.png says it is 100,000 × 100,000 pixels; PhaseZero accepts photos of up to 20,000 pixels"
            + " a side. Resize it and import it again.");
  }

  @Test
  void otherExtensionsAreNotPhotos() {
    assertThatThrownBy(() -> SourceFiles.readPicture("scan.gif", new byte[] {1}))
        .hasMessage("PhaseZero cannot read .gif files. PhaseZero takes photos saved as .png, .jpg or .jpeg.");
  }

  private static byte[] image(int width, int height, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  /** A PNG signature and a valid IHDR chunk (8-bit RGB) claiming this size, and nothing else. */
  private static byte[] pngHeader(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(out);
    data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    DataOutputStream ihdr = new DataOutputStream(chunk);
    ihdr.writeBytes("IHDR");
    ihdr.writeInt(width);
    ihdr.writeInt(height);
    ihdr.write(new byte[] {8, 2, 0, 0, 0});
    data.writeInt(13);
    data.write(chunk.toByteArray());
    CRC32 crc = new CRC32();
    crc.update(chunk.toByteArray());
    data.writeInt((int) crc.getValue());
    return out.toByteArray();
  }
}
