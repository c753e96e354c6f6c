package org.phasezero.spaces;

import jakarta.validation.constraints.NotNull;

/** One tap in the contribution log: who spoke, and whether the chair invited them to. */
public class ContributionForm {

  @NotNull(message = "{contribution.personId.required}")
  private Long personId;

  private boolean invited;

  public Long getPersonId() { return personId; }
  public void setPersonId(Long v) { personId = v; }
  public boolean isInvited() { return invited; }
  public void setInvited(boolean v) { invited = v; }
}
