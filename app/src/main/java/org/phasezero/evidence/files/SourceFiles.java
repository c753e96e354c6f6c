package org.phasezero.evidence.files;

import java.util.Locale;
import java.util.Objects;

/**
 * Reads an uploaded source file into text and segments: the format is chosen by the file's extension
 * (case-insensitive) and then checked against the content, so a file is never read as what its name
 * merely claims.
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><th>extension</th><th>read by</th><th>segments</th></tr>
 *   <tr><td>.txt, .md</td><td>{@link PlainTextReader}</td><td>speaker turns or paragraphs</td></tr>
 *   <tr><td>.docx</td><td>{@link DocxReader} (Apache POI)</td><td>speaker turns or paragraphs</td></tr>
 *   <tr><td>.pdf</td><td>{@link PdfReader} (Apache PDFBox)</td><td>speaker turns or paragraphs</td></tr>
 *   <tr><td>.vtt</td><td>{@link WebVttReader}</td><td>one per cue and speaker, timed</td></tr>
 *   <tr><td>.srt</td><td>{@link SubRipReader}</td><td>one per subtitle and speaker, timed</td></tr>
 * </table>
 *
 * <p>Photos (.png, .jpg, .jpeg) are not text: {@link #readPicture} checks them instead. Every
 * rejection is an {@link UnreadableSourceException} whose message names the file, says what is
 * wrong, and what to do.
 */
public final class SourceFiles {

  private SourceFiles() {}

  /** Reads a source within {@link SourceFileLimits#DEFAULT}. */
  public static ExtractedText read(String fileName, byte[] bytes) {
    return read(fileName, bytes, SourceFileLimits.DEFAULT);
  }

  /**
   * Reads a source.
   *
   * @param fileName the name it was uploaded with (a path is reduced to its last part)
   * @throws UnreadableSourceException for any file PhaseZero will not import
   */
  public static ExtractedText read(String fileName, byte[] bytes, SourceFileLimits limits) {
    String name = checked(fileName, bytes, limits);
    String extension = extension(name);
    return switch (extension) {
      case "txt", "md" -> PlainTextReader.read(name, bytes, limits, extension);
      case "docx" -> DocxReader.read(name, bytes, limits);
      case "pdf" -> PdfReader.read(name, bytes, limits);
      case "vtt" -> WebVttReader.read(name, bytes, limits);
      case "srt" -> SubRipReader.read(name, bytes, limits);
      case "png", "jpg", "jpeg" -> throw new UnreadableSourceException(name + " is a photo, not a text source:"
          + " add it as a photo instead.");
      default -> throw new UnreadableSourceException(unknownFormat(name, extension)
          + " PhaseZero reads sources saved as .txt, .md, .docx, .pdf, .vtt or .srt.");
    };
  }

  /** Checks a photo within {@link SourceFileLimits#DEFAULT}'s size limit. */
  public static PictureInfo readPicture(String fileName, byte[] bytes) {
    return readPicture(fileName, bytes, SourceFileLimits.DEFAULT);
  }

  /**
   * Checks that a photo is the PNG or JPEG image its name says, and reads its size.
   *
   * @throws UnreadableSourceException for a file that is not such an image, or claims to be larger
   *     than {@value PictureReader#MAX_SIDE} pixels a side
   */
  public static PictureInfo readPicture(String fileName, byte[] bytes, SourceFileLimits limits) {
    String name = checked(fileName, bytes, limits);
    String extension = extension(name);
    return switch (extension) {
      case "png" -> PictureReader.read(name, bytes, FileSignature.PNG);
      case "jpg", "jpeg" -> PictureReader.read(name, bytes, FileSignature.JPEG);
      default -> throw new UnreadableSourceException(unknownFormat(name, extension)
          + " PhaseZero takes photos saved as .png, .jpg or .jpeg.");
    };
  }

  private static String checked(String fileName, byte[] bytes, SourceFileLimits limits) {
    Objects.requireNonNull(bytes, "bytes");
    String name = displayName(fileName);
    limits.requireBytes(name, bytes.length);
    if (bytes.length == 0) {
      throw new UnreadableSourceException(name + " is empty (0 bytes).");
    }
    return name;
  }

  private static String unknownFormat(String name, String extension) {
    return extension.isEmpty() ? name + " has no extension (such as .txt) to say what kind of file it is."
        : "PhaseZero cannot read ." + extension + " files.";
  }

  /** The last part of an uploaded name (some browsers send a whole path), or "The file" without one. */
  static String displayName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "The file";
    }
    String name = fileName.strip();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    return name.isEmpty() ? "The file" : name;
  }

  /** The lower-cased extension, without the dot; empty when there is none. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
