package org.phasezero.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reason given when a record is voided: records are voided with a reason, never deleted. */
public record VoidRequest(@NotBlank(message = "{void.reason.required}") @Size(max = 500) String reason) {}
