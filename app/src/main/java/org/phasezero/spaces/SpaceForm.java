package org.phasezero.spaces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person enters to create or change a shared space (form fields and API body alike). */
public class SpaceForm implements org.phasezero.shared.Versioned {

  @NotNull(message = "{space.partnershipId.required}")
  private Long partnershipId;

  @NotBlank(message = "{space.name.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String name;

  @NotNull(message = "{space.kind.required}")
  private SpaceKind kind;

  @Size(max = 4000, message = "{field.tooLong}")
  private String termsOfReference;

  private Long chairPersonId;

  @Size(max = 200, message = "{field.tooLong}")
  private String cadence;

  /** The version the person edited, for optimistic locking; ignored on create. */
  private Integer version;

  public static SpaceForm of(SharedSpace s) {
    SpaceForm f = new SpaceForm();
    f.partnershipId = s.partnershipId();
    f.name = s.name();
    f.kind = s.kind();
    f.termsOfReference = s.termsOfReference();
    f.chairPersonId = s.chairPersonId();
    f.cadence = s.cadence();
    f.version = s.version();
    return f;
  }

  public Long getPartnershipId() { return partnershipId; }
  public void setPartnershipId(Long v) { partnershipId = v; }
  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public SpaceKind getKind() { return kind; }
  public void setKind(SpaceKind v) { kind = v; }
  public String getTermsOfReference() { return termsOfReference; }
  public void setTermsOfReference(String v) { termsOfReference = v; }
  public Long getChairPersonId() { return chairPersonId; }
  public void setChairPersonId(Long v) { chairPersonId = v; }
  public String getCadence() { return cadence; }
  public void setCadence(String v) { cadence = v; }
  @Override
  public Integer getVersion() { return version; }
  @Override
  public void setVersion(Integer v) { version = v; }
}
