package org.phasezero.discourse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A word list as entered: the words separated by commas or new lines. */
public class WordListForm {

  @NotNull(message = "{discourse.project.required}")
  private Long projectId;

  @NotBlank(message = "{discourse.name.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String name;

  @NotBlank(message = "{discourse.words.required}")
  @Size(max = 4000, message = "{field.tooLong}")
  private String words;

  public Long getProjectId() { return projectId; }
  public void setProjectId(Long v) { projectId = v; }
  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getWords() { return words; }
  public void setWords(String v) { words = v; }
}
