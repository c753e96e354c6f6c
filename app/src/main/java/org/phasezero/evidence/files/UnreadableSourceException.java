package org.phasezero.evidence.files;

/**
 * A file PhaseZero will not import, with a message for the researcher who chose it: what is wrong,
 * where (a line number where there is one), and what to do about it. The one exception every
 * rejection takes, so a caller shows {@link #getMessage()} as it is.
 */
public final class UnreadableSourceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnreadableSourceException(String message) {
    super(message);
  }

  public UnreadableSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
