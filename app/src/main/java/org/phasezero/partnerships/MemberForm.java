package org.phasezero.partnerships;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** An organisation joining a partnership, and when (today if not given). */
public class MemberForm {

  @NotNull(message = "{member.organisation.required}")
  private Long organisationId;

  @PastOrPresent(message = "{date.future}")
  private LocalDate joinedOn;

  public Long getOrganisationId() { return organisationId; }
  public void setOrganisationId(Long v) { organisationId = v; }
  public LocalDate getJoinedOn() { return joinedOn; }
  public void setJoinedOn(LocalDate v) { joinedOn = v; }
}
