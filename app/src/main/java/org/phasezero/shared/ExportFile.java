package org.phasezero.shared;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A table as a downloadable CSV or XLSX file (finance exports, statements and list exports alike). */
public final class ExportFile {

  /** The file types a table can be downloaded as. */
  public enum Format {
    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    public static Format parse(String text) {
      try {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException("Parameter 'format' must be csv or xlsx, not '" + text + "'.");
      }
    }
  }

  private ExportFile() {}

  /**
   * @param sheet the name of the XLSX sheet
   * @param name the file's name without its extension
   */
  public static ResponseEntity<byte[]> of(List<String> headings, List<List<Object>> rows, String sheet, String name,
      Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (format == Format.CSV) {
      Spreadsheets.csv(headings, rows, out);
    } else {
      Spreadsheets.xlsx(sheet, headings, rows, out);
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(name + "." + format.name().toLowerCase(Locale.ROOT)).build().toString())
        .body(out.toByteArray());
  }
}
