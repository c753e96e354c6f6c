package org.phasezero.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a researcher says about a source when adding it: its name, kind, date and where it came from. */
public class SourceDetails {

  @NotBlank(message = "{source.name.required}")
  @Size(max = 300, message = "{field.tooLong}")
  private String name;
  @NotNull(message = "{source.kind.required}")
  private SourceKind kind;
  @Size(max = 4000, message = "{field.tooLong}")
  private String description;
  private LocalDate observedOn;
  private Long meetingId;
  private Long siteId;

  public SourceDetails() {}

  public SourceDetails(String name, SourceKind kind) {
    this.name = name;
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public SourceKind getKind() {
    return kind;
  }

  public void setKind(SourceKind kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getObservedOn() {
    return observedOn;
  }

  public void setObservedOn(LocalDate observedOn) {
    this.observedOn = observedOn;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }
}
