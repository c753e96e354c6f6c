package org.phasezero.partnerships;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Moving a partnership to another phase: the phase, why (always required) and when (today if not given). */
public class PhaseMoveForm {

  @NotNull(message = "{move.phase.required}")
  private Phase phase;

  @NotBlank(message = "{move.reason.required}")
  @Size(max = 2000, message = "{field.tooLong}")
  private String reason;

  @PastOrPresent(message = "{date.future}")
  private LocalDate movedOn;

  public Phase getPhase() { return phase; }
  public void setPhase(Phase v) { phase = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
  public LocalDate getMovedOn() { return movedOn; }
  public void setMovedOn(LocalDate v) { movedOn = v; }
}
