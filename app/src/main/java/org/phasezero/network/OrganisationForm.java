package org.phasezero.network;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person enters to create or change an organisation (form fields and API body alike). */
public class OrganisationForm implements org.phasezero.shared.Versioned {

  @NotBlank(message = "{organisation.name.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String name;

  @NotNull(message = "{organisation.type.required}")
  private OrganisationType type;

  @NotNull(message = "{organisation.side.required}")
  private Side side;

  @Size(max = 1000, message = "{field.tooLong}")
  private String communities;

  @Size(max = 500, message = "{field.tooLong}")
  private String languages;

  @Email(message = "{field.email}")
  @Size(max = 254, message = "{field.tooLong}")
  private String email;

  @Size(max = 40, message = "{field.tooLong}")
  private String phone;

  @Size(max = 500, message = "{field.tooLong}")
  private String address;

  /** The version the person edited, for optimistic locking; ignored on create. */
  private Integer version;

  public static OrganisationForm of(Organisation o) {
    OrganisationForm f = new OrganisationForm();
    f.name = o.name();
    f.type = o.type();
    f.side = o.side();
    f.communities = o.communities();
    f.languages = o.languages();
    f.email = o.email();
    f.phone = o.phone();
    f.address = o.address();
    f.version = o.version();
    return f;
  }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public OrganisationType getType() { return type; }
  public void setType(OrganisationType type) { this.type = type; }
  public Side getSide() { return side; }
  public void setSide(Side side) { this.side = side; }
  public String getCommunities() { return communities; }
  public void setCommunities(String communities) { this.communities = communities; }
  public String getLanguages() { return languages; }
  public void setLanguages(String languages) { this.languages = languages; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getAddress() { return address; }
  public void setAddress(String address) { this.address = address; }
  @Override
  public Integer getVersion() { return version; }
  @Override
  public void setVersion(Integer version) { this.version = version; }
}
