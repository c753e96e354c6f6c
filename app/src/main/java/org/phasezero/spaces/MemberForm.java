package org.phasezero.spaces;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** Adding a person to a shared space, or to a meeting's attendance (the date is ignored there). */
public class MemberForm {

  @NotNull(message = "{space.member.personId.required}")
  private Long personId;

  @PastOrPresent(message = "{date.future}")
  private LocalDate joinedOn;

  public Long getPersonId() { return personId; }
  public void setPersonId(Long v) { personId = v; }
  public LocalDate getJoinedOn() { return joinedOn; }
  public void setJoinedOn(LocalDate v) { joinedOn = v; }
}
