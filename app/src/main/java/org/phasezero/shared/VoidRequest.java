package org.phasezero.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reason given when a record is voided: records are voided with a reason, never deleted. */
public class VoidRequest {

  @NotBlank(message = "{void.reason.required}")
  @Size(max = 500, message = "{field.tooLong}")
  private String reason;

  public VoidRequest() {}

  public VoidRequest(String reason) {
    this.reason = reason;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
