package org.phasezero.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A code's name, description, colour and place in the hierarchy. */
public class CodeForm implements org.phasezero.shared.Versioned {

  @NotBlank(message = "{code.name.required}")
  @Size(max = 300, message = "{field.tooLong}")
  private String name;
  @Size(max = 4000, message = "{field.tooLong}")
  private String description;
  @Pattern(regexp = "^$|#[0-9A-Fa-f]{6}", message = "{code.color.format}")
  private String color;
  private Long parentId;
  private Integer version;

  public CodeForm() {}

  public CodeForm(String name, String description, String color, Long parentId) {
    this.name = name;
    this.description = description;
    this.color = color;
    this.parentId = parentId;
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

  public String getColor() {
    return color;
  }

  public void setColor(String color) {
    this.color = color;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
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
