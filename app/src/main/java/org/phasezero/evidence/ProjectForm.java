package org.phasezero.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a researcher gives when starting or renaming a project. */
public class ProjectForm implements org.phasezero.shared.Versioned {

  @NotBlank(message = "{project.name.required}")
  @Size(max = 200, message = "{project.name.size}")
  private String name;
  @Size(max = 4000, message = "{project.description.size}")
  private String description;
  private Integer version;

  public ProjectForm() {}

  public ProjectForm(String name, String description) {
    this.name = name;
    this.description = description;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  @Override
  public Integer getVersion() {
    return version;
  }

  @Override
  public void setVersion(Integer version) {
    this.version = version;
  }
}
