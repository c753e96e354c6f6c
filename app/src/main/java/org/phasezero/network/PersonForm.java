package org.phasezero.network;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person enters to add or change someone. Ethnic group, religion and lived experience are
 * accepted only while the person's consent to record special-category data stands.
 */
public class PersonForm implements org.phasezero.shared.Versioned {

  @NotBlank(message = "{person.displayName.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String displayName;

  @Size(max = 100, message = "{field.tooLong}")
  private String pseudonym;

  private Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);

  @Size(max = 60, message = "{field.tooLong}")
  private String preferredLanguage;

  @Size(max = 2000, message = "{field.tooLong}")
  private String accessNeeds;

  @NotNull(message = "{person.contactPreference.required}")
  private ContactPreference contactPreference;

  @Email(message = "{field.email}")
  @Size(max = 254, message = "{field.tooLong}")
  private String email;

  @Size(max = 40, message = "{field.tooLong}")
  // Digits with the spaces, brackets, dashes and leading + people write them with; at least 7 digits. Each repeat
  // takes exactly one digit, so a long wrong value fails in linear time.
  @jakarta.validation.constraints.Pattern(regexp = "^$|^\\+?(?:[ ()-]*[0-9]){7,}[ ()-]*$", message = "{person.phone.invalid}")
  private String phone;

  private EthnicGroup ethnicGroup;
  private Religion religion;

  @Size(max = 2000, message = "{field.tooLong}")
  private String livedExperience;

  /** On create: the organisation the person joins (a site lead's own organisation by default). */
  private Long organisationId;

  private Integer version;

  /** Set when adding someone with the same name as a person already in the organisation, on purpose. */
  private boolean differentPerson;

  public static PersonForm of(Person p) {
    PersonForm f = new PersonForm();
    f.displayName = p.displayName();
    f.pseudonym = p.pseudonym();
    f.roles = p.roles().isEmpty() ? EnumSet.noneOf(PersonRole.class) : EnumSet.copyOf(p.roles());
    f.preferredLanguage = p.preferredLanguage();
    f.accessNeeds = p.accessNeeds();
    f.contactPreference = p.contactPreference();
    f.email = p.email();
    f.phone = p.phone();
    f.ethnicGroup = p.ethnicGroup();
    f.religion = p.religion();
    f.livedExperience = p.livedExperience();
    f.version = p.version();
    return f;
  }

  boolean hasSpecialCategoryData() {
    return ethnicGroup != null || religion != null || (livedExperience != null && !livedExperience.isBlank());
  }

  public String getDisplayName() { return displayName; }
  public void setDisplayName(String v) { displayName = v; }
  public String getPseudonym() { return pseudonym; }
  public void setPseudonym(String v) { pseudonym = v; }
  public Set<PersonRole> getRoles() { return roles; }
  public void setRoles(Set<PersonRole> v) { roles = v == null ? EnumSet.noneOf(PersonRole.class) : v; }
  public String getPreferredLanguage() { return preferredLanguage; }
  public void setPreferredLanguage(String v) { preferredLanguage = v; }
  public String getAccessNeeds() { return accessNeeds; }
  public void setAccessNeeds(String v) { accessNeeds = v; }
  public ContactPreference getContactPreference() { return contactPreference; }
  public void setContactPreference(ContactPreference v) { contactPreference = v; }
  public String getEmail() { return email; }
  public void setEmail(String v) { email = v; }
  public String getPhone() { return phone; }
  public void setPhone(String v) { phone = v; }
  public EthnicGroup getEthnicGroup() { return ethnicGroup; }
  public void setEthnicGroup(EthnicGroup v) { ethnicGroup = v; }
  public Religion getReligion() { return religion; }
  public void setReligion(Religion v) { religion = v; }
  public String getLivedExperience() { return livedExperience; }
  public void setLivedExperience(String v) { livedExperience = v; }
  public Long getOrganisationId() { return organisationId; }
  public void setOrganisationId(Long v) { organisationId = v; }
  public boolean isDifferentPerson() { return differentPerson; }
  public void setDifferentPerson(boolean v) { differentPerson = v; }
  @Override
  public Integer getVersion() { return version; }
  @Override
  public void setVersion(Integer v) { version = v; }
}
