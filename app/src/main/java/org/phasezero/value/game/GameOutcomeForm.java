package org.phasezero.value.game;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An outcome card, as entered. */
public class GameOutcomeForm {

  @NotBlank(message = "{sroi.outcome.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String name;

  @Size(max = 500, message = "{field.tooLong}")
  private String description;

  public GameOutcomeForm() {}

  public GameOutcomeForm(String name, String description) {
    this.name = name;
    this.description = description;
  }

  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
}
