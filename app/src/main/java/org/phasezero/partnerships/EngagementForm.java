package org.phasezero.partnerships;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.phasezero.network.Side;

/** Recording a phase-zero conversation (form fields and API body alike). */
public class EngagementForm {

  @NotNull(message = "{engagement.partnership.required}")
  private Long partnershipId;

  @NotNull(message = "{engagement.heldOn.required}")
  @PastOrPresent(message = "{engagement.heldOn.future}")
  private LocalDate heldOn;

  @NotEmpty(message = "{engagement.sides.required}")
  private Set<Side> sides = EnumSet.noneOf(Side.class);

  @Size(max = org.phasezero.shared.IdLists.MAX, message = "{list.tooLong}")
  private List<Long> personIds = new ArrayList<>();

  @NotBlank(message = "{engagement.purpose.required}")
  @Size(max = 2000, message = "{field.tooLong}")
  private String purpose;

  @Size(max = 4000, message = "{field.tooLong}")
  private String mutualGains;

  @Size(max = 4000, message = "{field.tooLong}")
  private String barriers;

  @Size(max = 4000, message = "{field.tooLong}")
  private String nextSteps;

  @Size(max = 4000, message = "{field.tooLong}")
  private String powerNotes;

  @Min(value = 1, message = "{trust.range}")
  @Max(value = 5, message = "{trust.range}")
  private Integer communityTrust;

  @Min(value = 1, message = "{trust.range}")
  @Max(value = 5, message = "{trust.range}")
  private Integer statutoryTrust;

  public Long getPartnershipId() { return partnershipId; }
  public void setPartnershipId(Long v) { partnershipId = v; }
  public LocalDate getHeldOn() { return heldOn; }
  public void setHeldOn(LocalDate v) { heldOn = v; }
  public Set<Side> getSides() { return sides; }
  public void setSides(Set<Side> v) { sides = v == null ? EnumSet.noneOf(Side.class) : v; }
  public List<Long> getPersonIds() { return personIds; }
  public void setPersonIds(List<Long> v) { personIds = v == null ? new ArrayList<>() : v; }
  public String getPurpose() { return purpose; }
  public void setPurpose(String v) { purpose = v; }
  public String getMutualGains() { return mutualGains; }
  public void setMutualGains(String v) { mutualGains = v; }
  public String getBarriers() { return barriers; }
  public void setBarriers(String v) { barriers = v; }
  public String getNextSteps() { return nextSteps; }
  public void setNextSteps(String v) { nextSteps = v; }
  public String getPowerNotes() { return powerNotes; }
  public void setPowerNotes(String v) { powerNotes = v; }
  public Integer getCommunityTrust() { return communityTrust; }
  public void setCommunityTrust(Integer v) { communityTrust = v; }
  public Integer getStatutoryTrust() { return statutoryTrust; }
  public void setStatutoryTrust(Integer v) { statutoryTrust = v; }
}
