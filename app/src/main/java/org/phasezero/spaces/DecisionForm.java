package org.phasezero.spaces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.phasezero.network.Side;

/**
 * Recording a decision. The proposer is an attendee (their side is taken from the attendance); when
 * the minutes name no one, the side alone may be given.
 */
public class DecisionForm {

  @NotBlank(message = "{decision.text.required}")
  @Size(max = 2000, message = "{field.tooLong}")
  private String text;

  private Long proposedByPersonId;
  private Side proposedSide;

  @NotNull(message = "{decision.agreedHow.required}")
  private AgreedHow agreedHow;

  public String getText() { return text; }
  public void setText(String v) { text = v; }
  public Long getProposedByPersonId() { return proposedByPersonId; }
  public void setProposedByPersonId(Long v) { proposedByPersonId = v; }
  public Side getProposedSide() { return proposedSide; }
  public void setProposedSide(Side v) { proposedSide = v; }
  public AgreedHow getAgreedHow() { return agreedHow; }
  public void setAgreedHow(AgreedHow v) { agreedHow = v; }
}
