package org.phasezero.payments;

/** How a claim was paid. Labels under {@code enum.PaymentMethod.*}. */
public enum PaymentMethod {
  BANK_TRANSFER, VOUCHER, CASH, CHEQUE
}
