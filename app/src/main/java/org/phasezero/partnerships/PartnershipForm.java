package org.phasezero.partnerships;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Starting a partnership: a name, its focus, when it started and the organisations in it. */
public class PartnershipForm {

  @NotBlank(message = "{partnership.name.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String name;

  @NotBlank(message = "{partnership.focus.required}")
  @Size(max = 500, message = "{field.tooLong}")
  private String focus;

  @NotNull(message = "{partnership.startedOn.required}")
  @PastOrPresent(message = "{date.future}")
  private LocalDate startedOn;

  @Size(max = org.phasezero.shared.IdLists.MAX, message = "{list.tooLong}")
  private List<Long> organisationIds = new ArrayList<>();

  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getFocus() { return focus; }
  public void setFocus(String v) { focus = v; }
  public LocalDate getStartedOn() { return startedOn; }
  public void setStartedOn(LocalDate v) { startedOn = v; }
  public List<Long> getOrganisationIds() { return organisationIds; }
  public void setOrganisationIds(List<Long> v) { organisationIds = v == null ? new ArrayList<>() : v; }
}
