package org.phasezero.evidence.themes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A thematic network's name and description, with the version read when changing it. */
public class NetworkForm implements org.phasezero.shared.Versioned {

  @NotBlank(message = "{themes.network.name.required}")
  @Size(max = 300, message = "{field.tooLong}")
  private String name;
  @Size(max = 4000, message = "{field.tooLong}")
  private String description;
  private Integer version;

  public NetworkForm() {}

  public NetworkForm(String name, String description) {
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
