package org.phasezero.spark.cli;

/** Turns what Spark throws into one plain sentence for the person at the terminal. */
final class Failures {

  private Failures() {}

  static String explain(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && (message.contains("Malformed records are detected")
          || message.contains("Parse Mode: FAILFAST"))) {
        return "a malformed record stopped the job (give --bad-lines skip to leave such records"
            + " out and count them): " + firstLine(message).replaceFirst("^\\[[A-Z_.]+\\] ", "");
      }
      if (t instanceof IllegalArgumentException) {
        return firstLine(message);
      }
    }
    return firstLine(e.getMessage() == null ? e.toString() : e.getMessage());
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
