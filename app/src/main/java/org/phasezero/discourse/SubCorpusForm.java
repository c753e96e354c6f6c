package org.phasezero.discourse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.phasezero.evidence.SourceKind;
import org.phasezero.network.Side;

/** A sub-corpus as defined: a name and the filters that make it. */
public class SubCorpusForm {

  @NotBlank(message = "{discourse.name.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String name;

  private Side side;
  private Long codeId;
  private Long themeId;
  private SourceKind sourceKind;
  private LocalDate from;
  private LocalDate to;

  @Size(max = 300, message = "{field.tooLong}")
  private String forum;

  @Size(max = 40, message = "{field.tooLong}")
  private String author;

  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public Side getSide() { return side; }
  public void setSide(Side v) { side = v; }
  public Long getCodeId() { return codeId; }
  public void setCodeId(Long v) { codeId = v; }
  public Long getThemeId() { return themeId; }
  public void setThemeId(Long v) { themeId = v; }
  public SourceKind getSourceKind() { return sourceKind; }
  public void setSourceKind(SourceKind v) { sourceKind = v; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate v) { from = v; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate v) { to = v; }
  public String getForum() { return forum; }
  public void setForum(String v) { forum = v; }
  public String getAuthor() { return author; }
  public void setAuthor(String v) { author = v; }
}
