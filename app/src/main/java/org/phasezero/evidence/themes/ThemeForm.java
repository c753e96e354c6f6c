package org.phasezero.evidence.themes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A theme's name, description, tier and the theme it sits under. When adding, the tier is required;
 * an organising theme without a parent goes under the network's global theme. When changing, the
 * tier stays as it is and a new parent moves the theme (with its codes and its own themes).
 */
public class ThemeForm implements org.phasezero.shared.Versioned {

  @NotBlank(message = "{themes.theme.name.required}")
  @Size(max = 300, message = "{field.tooLong}")
  private String name;
  @Size(max = 4000, message = "{field.tooLong}")
  private String description;
  private Theme.Tier tier;
  private Long parentId;
  private Integer version;

  public ThemeForm() {}

  public ThemeForm(String name, Theme.Tier tier, Long parentId) {
    this.name = name;
    this.tier = tier;
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

  public Theme.Tier getTier() {
    return tier;
  }

  public void setTier(Theme.Tier tier) {
    this.tier = tier;
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
