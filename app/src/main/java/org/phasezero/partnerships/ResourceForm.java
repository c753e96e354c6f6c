package org.phasezero.partnerships;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Recording a resource contribution; the giver is an organisation or a person, not both. */
public class ResourceForm {

  @NotNull(message = "{resource.partnership.required}")
  private Long partnershipId;

  private Long giverOrganisationId;

  private Long giverPersonId;

  @NotNull(message = "{resource.type.required}")
  private ResourceType type;

  @NotBlank(message = "{resource.description.required}")
  @Size(max = 2000, message = "{field.tooLong}")
  private String description;

  @DecimalMin(value = "0", message = "{resource.hours.negative}")
  @Digits(integer = 8, fraction = 2, message = "{resource.hours.digits}")
  private BigDecimal hours;

  @DecimalMin(value = "0", message = "{resource.money.negative}")
  @Digits(integer = 12, fraction = 2, message = "{resource.money.digits}")
  private BigDecimal money;

  @NotNull(message = "{resource.givenOn.required}")
  @PastOrPresent(message = "{date.future}")
  private LocalDate givenOn;

  public Long getPartnershipId() { return partnershipId; }
  public void setPartnershipId(Long v) { partnershipId = v; }
  public Long getGiverOrganisationId() { return giverOrganisationId; }
  public void setGiverOrganisationId(Long v) { giverOrganisationId = v; }
  public Long getGiverPersonId() { return giverPersonId; }
  public void setGiverPersonId(Long v) { giverPersonId = v; }
  public ResourceType getType() { return type; }
  public void setType(ResourceType v) { type = v; }
  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
  public BigDecimal getHours() { return hours; }
  public void setHours(BigDecimal v) { hours = v; }
  public BigDecimal getMoney() { return money; }
  public void setMoney(BigDecimal v) { money = v; }
  public LocalDate getGivenOn() { return givenOn; }
  public void setGivenOn(LocalDate v) { givenOn = v; }
}
