package org.phasezero.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a researcher gives when naming a case or changing one: its name, description and attribute
 * values by attribute name (a blank value clears it; attributes not given are left as they are).
 */
public class CaseForm implements org.phasezero.shared.Versioned {

  @NotBlank(message = "{case.name.required}")
  @Size(max = 300, message = "{case.name.size}")
  private String name;
  @Size(max = 4000, message = "{case.description.size}")
  private String description;
  private Map<String, String> values = new LinkedHashMap<>();
  private Integer version;

  public CaseForm() {}

  public CaseForm(String name, String description) {
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

  public Map<String, String> getValues() {
    return values;
  }

  public void setValues(Map<String, String> values) {
    this.values = values == null ? new LinkedHashMap<>() : values;
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
