package org.phasezero.evidence.refiqda;

/**
 * A {@code .qdpx} file was refused: not a zip, unsafe (DTD, path traversal, too large), or not a
 * REFI-QDA project. The message is one plain-English line saying what is wrong and where, e.g.
 * {@code project.qde:3:7: a DOCTYPE is not allowed}. Nothing is returned when one is thrown.
 */
public class QdpxException extends RuntimeException {

  public QdpxException(String message) {
    super(message);
  }

  public QdpxException(String message, Throwable cause) {
    super(message, cause);
  }
}
