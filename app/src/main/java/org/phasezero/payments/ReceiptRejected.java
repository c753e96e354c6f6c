package org.phasezero.payments;

/** A receipt that cannot be kept: empty, too large, or not a PDF, PNG or JPEG (answers 400). */
public class ReceiptRejected extends IllegalArgumentException {
  public ReceiptRejected(String message) {
    super(message);
  }
}
