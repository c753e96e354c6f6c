package org.phasezero.value;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers as entered by a facilitator (or from paper): who, when, and one answer from 1 to 5 per
 * statement. Through a one-time link only the answers are given; the link says who and when.
 */
public class WellbeingAnswersForm {

  private Long personId;

  @NotNull(message = "{wellbeing.timePoint.required}")
  @Min(value = 0, message = "{wellbeing.timePoint.range}")
  @Max(value = 9, message = "{wellbeing.timePoint.range}")
  private Integer timePoint = 0;

  private LocalDate completedOn;

  private ResponseMode mode = ResponseMode.FACILITATED;

  private String language = "en";

  private List<Integer> items = new ArrayList<>();

  public Long getPersonId() { return personId; }
  public void setPersonId(Long v) { personId = v; }
  public Integer getTimePoint() { return timePoint; }
  public void setTimePoint(Integer v) { timePoint = v; }
  public LocalDate getCompletedOn() { return completedOn; }
  public void setCompletedOn(LocalDate v) { completedOn = v; }
  public ResponseMode getMode() { return mode; }
  public void setMode(ResponseMode v) { mode = v; }
  public String getLanguage() { return language; }
  public void setLanguage(String v) { language = v; }
  public List<Integer> getItems() { return items; }
  public void setItems(List<Integer> v) { items = v; }
}
