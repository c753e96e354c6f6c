package org.phasezero.spaces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Recording an action agreed at a meeting. */
public class ActionForm {

  @NotBlank(message = "{action.text.required}")
  @Size(max = 2000, message = "{field.tooLong}")
  private String text;

  @NotNull(message = "{action.ownerPersonId.required}")
  private Long ownerPersonId;

  @NotNull(message = "{action.dueOn.required}")
  private LocalDate dueOn;

  public String getText() { return text; }
  public void setText(String v) { text = v; }
  public Long getOwnerPersonId() { return ownerPersonId; }
  public void setOwnerPersonId(Long v) { ownerPersonId = v; }
  public LocalDate getDueOn() { return dueOn; }
  public void setDueOn(LocalDate v) { dueOn = v; }
}
