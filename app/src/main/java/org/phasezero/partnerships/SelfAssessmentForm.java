package org.phasezero.partnerships;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A 4Pi self-assessment as entered: each of the five standards rated 1 to 4. */
public class SelfAssessmentForm {

  @NotNull(message = "{assessment.assessedOn.required}")
  @PastOrPresent(message = "{date.future}")
  private LocalDate assessedOn;

  @NotNull(message = "{assessment.rating.required}")
  @Min(value = 1, message = "{assessment.rating.range}")
  @Max(value = 4, message = "{assessment.rating.range}")
  private Integer principles;

  @NotNull(message = "{assessment.rating.required}")
  @Min(value = 1, message = "{assessment.rating.range}")
  @Max(value = 4, message = "{assessment.rating.range}")
  private Integer purpose;

  @NotNull(message = "{assessment.rating.required}")
  @Min(value = 1, message = "{assessment.rating.range}")
  @Max(value = 4, message = "{assessment.rating.range}")
  private Integer presence;

  @NotNull(message = "{assessment.rating.required}")
  @Min(value = 1, message = "{assessment.rating.range}")
  @Max(value = 4, message = "{assessment.rating.range}")
  private Integer process;

  @NotNull(message = "{assessment.rating.required}")
  @Min(value = 1, message = "{assessment.rating.range}")
  @Max(value = 4, message = "{assessment.rating.range}")
  private Integer impact;

  @Size(max = 4000, message = "{field.tooLong}")
  private String notes;

  public LocalDate getAssessedOn() { return assessedOn; }
  public void setAssessedOn(LocalDate v) { assessedOn = v; }
  public Integer getPrinciples() { return principles; }
  public void setPrinciples(Integer v) { principles = v; }
  public Integer getPurpose() { return purpose; }
  public void setPurpose(Integer v) { purpose = v; }
  public Integer getPresence() { return presence; }
  public void setPresence(Integer v) { presence = v; }
  public Integer getProcess() { return process; }
  public void setProcess(Integer v) { process = v; }
  public Integer getImpact() { return impact; }
  public void setImpact(Integer v) { impact = v; }
  public String getNotes() { return notes; }
  public void setNotes(String v) { notes = v; }
}
