package org.phasezero.value.game;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A value game session as set up by whoever runs it. */
public class ValueGameForm {

  @NotNull(message = "{wellbeing.partnership.required}")
  private Long partnershipId;

  @NotBlank(message = "{game.title.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String title;

  @NotNull(message = "{game.playedOn.required}")
  private LocalDate playedOn;

  @Size(max = 200, message = "{field.tooLong}")
  private String place;

  @NotNull(message = "{game.valuation.required}")
  private Valuation valuation = Valuation.LOWER_BOUND;

  public Long getPartnershipId() { return partnershipId; }
  public void setPartnershipId(Long v) { partnershipId = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public LocalDate getPlayedOn() { return playedOn; }
  public void setPlayedOn(LocalDate v) { playedOn = v; }
  public String getPlace() { return place; }
  public void setPlace(String v) { place = v; }
  public Valuation getValuation() { return valuation; }
  public void setValuation(Valuation v) { valuation = v; }
}
