package org.phasezero.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adding or changing a venue. */
public class SiteForm implements org.phasezero.shared.Versioned {

  @NotNull(message = "{site.organisation.required}")
  private Long organisationId;

  @NotBlank(message = "{site.name.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String name;

  @Size(max = 500, message = "{field.tooLong}")
  private String address;

  @Size(max = 12, message = "{field.tooLong}")
  private String postcode;

  @Size(max = 2000, message = "{field.tooLong}")
  private String accessibilityNotes;

  private Integer version;

  public static SiteForm of(Site s) {
    SiteForm f = new SiteForm();
    f.organisationId = s.organisationId();
    f.name = s.name();
    f.address = s.address();
    f.postcode = s.postcode();
    f.accessibilityNotes = s.accessibilityNotes();
    f.version = s.version();
    return f;
  }

  public Long getOrganisationId() { return organisationId; }
  public void setOrganisationId(Long v) { organisationId = v; }
  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getAddress() { return address; }
  public void setAddress(String v) { address = v; }
  public String getPostcode() { return postcode; }
  public void setPostcode(String v) { postcode = v; }
  public String getAccessibilityNotes() { return accessibilityNotes; }
  public void setAccessibilityNotes(String v) { accessibilityNotes = v; }
  @Override
  public Integer getVersion() { return version; }
  @Override
  public void setVersion(Integer v) { version = v; }
}
