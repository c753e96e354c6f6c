package org.phasezero.discourse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new corpus: its project, name, kind (and partnership, for minutes) and tokenisation (the default scanner when no pattern). */
public class CorpusForm {

  @NotNull(message = "{discourse.project.required}")
  private Long projectId;

  @NotBlank(message = "{discourse.name.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String name;

  @NotNull(message = "{discourse.kind.required}")
  private CorpusKind kind;

  /** For a meetings corpus: the partnership whose minutes it reads (ignored for other kinds). */
  private Long partnershipId;

  @Size(max = 2000, message = "{field.tooLong}")
  private String description;

  @Size(max = 500, message = "{field.tooLong}")
  private String tokenPattern;

  private boolean ignoreCase = true;

  public Long getProjectId() { return projectId; }
  public void setProjectId(Long v) { projectId = v; }
  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public CorpusKind getKind() { return kind; }
  public void setKind(CorpusKind v) { kind = v; }
  public Long getPartnershipId() { return partnershipId; }
  public void setPartnershipId(Long v) { partnershipId = v; }
  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
  public String getTokenPattern() { return tokenPattern; }
  public void setTokenPattern(String v) { tokenPattern = v; }
  public boolean isIgnoreCase() { return ignoreCase; }
  public void setIgnoreCase(boolean v) { ignoreCase = v; }
}
