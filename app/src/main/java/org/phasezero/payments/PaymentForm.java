package org.phasezero.payments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Recording that an approved claim was paid: when, how, and the finance reference. */
public class PaymentForm {

  @NotNull(message = "{payment.paidOn.required}")
  @PastOrPresent(message = "{date.future}")
  private LocalDate paidOn;

  @NotNull(message = "{payment.method.required}")
  private PaymentMethod method;

  @Size(max = 100, message = "{field.tooLong}")
  private String reference;

  public LocalDate getPaidOn() { return paidOn; }
  public void setPaidOn(LocalDate v) { paidOn = v; }
  public PaymentMethod getMethod() { return method; }
  public void setMethod(PaymentMethod v) { method = v; }
  public String getReference() { return reference; }
  public void setReference(String v) { reference = v; }
}
