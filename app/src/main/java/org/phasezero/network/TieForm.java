package org.phasezero.network;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Recording a tie. Each end is a person or an organisation, never both and never neither. */
public class TieForm implements org.phasezero.shared.Versioned {

  private Long fromPersonId;
  private Long fromOrganisationId;
  private Long toPersonId;
  private Long toOrganisationId;

  @NotNull(message = "{tie.kind.required}")
  private TieKind kind;

  @Min(value = 1, message = "{tie.trust.range}")
  @Max(value = 5, message = "{tie.trust.range}")
  private Integer trust;

  @PastOrPresent(message = "{date.future}")
  private LocalDate since;

  @PastOrPresent(message = "{date.future}")
  private LocalDate lastContact;

  private Long brokeredById;

  @Size(max = 2000, message = "{field.tooLong}")
  private String notes;

  private Integer version;

  @AssertTrue(message = "{tie.from.one}")
  public boolean isFromGiven() {
    return (fromPersonId == null) != (fromOrganisationId == null);
  }

  @AssertTrue(message = "{tie.to.one}")
  public boolean isToGiven() {
    return (toPersonId == null) != (toOrganisationId == null);
  }

  @AssertTrue(message = "{tie.ends.differ}")
  public boolean isEndsDiffer() {
    return !(fromPersonId != null && fromPersonId.equals(toPersonId))
        && !(fromOrganisationId != null && fromOrganisationId.equals(toOrganisationId));
  }

  @AssertTrue(message = "{tie.lastContact.beforeSince}")
  public boolean isContactAfterSince() {
    return since == null || lastContact == null || !lastContact.isBefore(since);
  }

  public static TieForm of(Tie t) {
    TieForm f = new TieForm();
    f.fromPersonId = t.from().personId();
    f.fromOrganisationId = t.from().organisationId();
    f.toPersonId = t.to().personId();
    f.toOrganisationId = t.to().organisationId();
    f.kind = t.kind();
    f.trust = t.trust();
    f.since = t.since();
    f.lastContact = t.lastContact();
    f.brokeredById = t.brokeredById();
    f.notes = t.notes();
    f.version = t.version();
    return f;
  }

  public Long getFromPersonId() { return fromPersonId; }
  public void setFromPersonId(Long v) { fromPersonId = v; }
  public Long getFromOrganisationId() { return fromOrganisationId; }
  public void setFromOrganisationId(Long v) { fromOrganisationId = v; }
  public Long getToPersonId() { return toPersonId; }
  public void setToPersonId(Long v) { toPersonId = v; }
  public Long getToOrganisationId() { return toOrganisationId; }
  public void setToOrganisationId(Long v) { toOrganisationId = v; }
  public TieKind getKind() { return kind; }
  public void setKind(TieKind v) { kind = v; }
  public Integer getTrust() { return trust; }
  public void setTrust(Integer v) { trust = v; }
  public LocalDate getSince() { return since; }
  public void setSince(LocalDate v) { since = v; }
  public LocalDate getLastContact() { return lastContact; }
  public void setLastContact(LocalDate v) { lastContact = v; }
  public Long getBrokeredById() { return brokeredById; }
  public void setBrokeredById(Long v) { brokeredById = v; }
  public String getNotes() { return notes; }
  public void setNotes(String v) { notes = v; }
  @Override
  public Integer getVersion() { return version; }
  @Override
  public void setVersion(Integer v) { version = v; }
}
