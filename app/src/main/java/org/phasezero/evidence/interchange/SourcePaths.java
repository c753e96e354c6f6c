package org.phasezero.evidence.interchange;

import java.util.Locale;
import org.phasezero.evidence.SourceMedia;
import org.phasezero.evidence.refiqda.AudioSource;
import org.phasezero.evidence.refiqda.PdfSource;
import org.phasezero.evidence.refiqda.PictureSource;
import org.phasezero.evidence.refiqda.Source;
import org.phasezero.evidence.refiqda.TextSource;
import org.phasezero.evidence.refiqda.VideoSource;

/** Names, files and what is kept unseen, for a REFI-QDA source stored as an evidence source. */
final class SourcePaths {

  private SourcePaths() {}

  /** The file a source points to: its plain text for a text source, its media otherwise; or null. */
  static String path(Source s) {
    if (s instanceof TextSource t) {
      return t.plainTextPath();
    }
    return s instanceof PdfSource p ? p.path() : s instanceof PictureSource p ? p.path()
        : s instanceof AudioSource a ? a.path() : ((VideoSource) s).path();
  }

  /** The last part of a path such as {@code internal://x.txt} or {@code absolute:///C:/a/b.mp3}, or null. */
  static String fileName(String path) {
    if (path == null || path.isBlank()) {
      return null;
    }
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    return StoredText.cut(name, 300);
  }

  /** What the source page calls it: its name, else its file's name, else its GUID. */
  static String displayName(Source s) {
    String name = StoredText.cut(s.name(), 300);
    if (name != null) {
      return name.strip();
    }
    String file = fileName(path(s));
    return file != null ? file : s.guid();
  }

  static String mediaType(String path, SourceMedia media) {
    String name = path == null ? "" : path.toLowerCase(Locale.ROOT);
    if (media == SourceMedia.TEXT) {
      return "text/plain";
    }
    if (media == SourceMedia.PDF) {
      return "application/pdf";
    }
    String ext = name.substring(name.lastIndexOf('.') + 1);
    return switch (ext) {
      case "jpg", "jpeg" -> "image/jpeg";
      case "png" -> "image/png";
      case "mp3" -> "audio/mpeg";
      case "m4a" -> "audio/mp4";
      case "wav" -> "audio/wav";
      case "mp4", "m4v" -> "video/mp4";
      case "mov" -> "video/quicktime";
      default -> null;
    };
  }

  /** What the database does not hold of this source (kept in the baseline and exported), or null. */
  static String keptSummary(Source s) {
    int whole = s.codings().size();
    String wholeCodings = whole == 0 ? "" : ", " + whole + " codings of the whole source";
    if (s instanceof TextSource t) {
      if (t.text() == null) {
        return "its text was not in the file: kept as it came (" + t.selections().size() + " selections)";
      }
      return whole == 0 ? null : "kept" + wholeCodings.substring(1);
    }
    if (s instanceof PdfSource p) {
      return "a PDF with " + p.selections().size() + " selected regions" + wholeCodings + ": kept, not shown yet";
    }
    if (s instanceof PictureSource p) {
      return "a picture with " + p.selections().size() + " selected regions" + wholeCodings + ": kept, not shown yet";
    }
    if (s instanceof AudioSource a) {
      return "an audio recording with " + a.transcripts().size() + " transcripts and " + a.selections().size()
          + " selected spans" + wholeCodings + ": kept, not shown yet";
    }
    VideoSource v = (VideoSource) s;
    return "a video with " + v.transcripts().size() + " transcripts and " + v.selections().size()
        + " selected spans" + wholeCodings + ": kept, not shown yet";
  }
}
