package org.phasezero.network;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Recording a consent: purpose, date, how it was obtained. */
public class ConsentForm {

  @NotNull(message = "{consent.purpose.required}")
  private ConsentPurpose purpose;

  @NotNull(message = "{consent.givenOn.required}")
  @PastOrPresent(message = "{consent.givenOn.future}")
  private LocalDate givenOn;

  @NotNull(message = "{consent.method.required}")
  private ConsentMethod method;

  @Size(max = 1000, message = "{field.tooLong}")
  private String notes;

  public ConsentPurpose getPurpose() { return purpose; }
  public void setPurpose(ConsentPurpose v) { purpose = v; }
  public LocalDate getGivenOn() { return givenOn; }
  public void setGivenOn(LocalDate v) { givenOn = v; }
  public ConsentMethod getMethod() { return method; }
  public void setMethod(ConsentMethod v) { method = v; }
  public String getNotes() { return notes; }
  public void setNotes(String v) { notes = v; }
}
