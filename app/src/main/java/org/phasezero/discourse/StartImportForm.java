package org.phasezero.discourse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Starting an import of a file already uploaded (staged): its format, the mapping and what to do with bad lines. */
public class StartImportForm {

  @NotBlank(message = "{discourse.file.required}")
  @Pattern(regexp = "[0-9a-f-]{36}", message = "{discourse.file.required}")
  private String file;

  @NotBlank(message = "{discourse.file.required}")
  @Size(max = 300, message = "{field.tooLong}")
  private String fileName;

  @NotNull(message = "{discourse.format.required}")
  private PostFormat format;

  @NotBlank(message = "{discourse.text.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String text;

  @Size(max = 200, message = "{field.tooLong}")
  private String author;

  @Size(max = 200, message = "{field.tooLong}")
  private String date;

  @Size(max = 200, message = "{field.tooLong}")
  private String thread;

  @Size(max = 200, message = "{field.tooLong}")
  private String forum;

  @NotNull(message = "{discourse.onBadLine.required}")
  private PostImport.BadLines onBadLine = PostImport.BadLines.SKIP;

  public PostMapping mapping() {
    return new PostMapping(text, blank(author), blank(date), blank(thread), blank(forum));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getFile() { return file; }
  public void setFile(String v) { file = v; }
  public String getFileName() { return fileName; }
  public void setFileName(String v) { fileName = v; }
  public PostFormat getFormat() { return format; }
  public void setFormat(PostFormat v) { format = v; }
  public String getText() { return text; }
  public void setText(String v) { text = v; }
  public String getAuthor() { return author; }
  public void setAuthor(String v) { author = v; }
  public String getDate() { return date; }
  public void setDate(String v) { date = v; }
  public String getThread() { return thread; }
  public void setThread(String v) { thread = v; }
  public String getForum() { return forum; }
  public void setForum(String v) { forum = v; }
  public PostImport.BadLines getOnBadLine() { return onBadLine; }
  public void setOnBadLine(PostImport.BadLines v) { onBadLine = v; }
}
