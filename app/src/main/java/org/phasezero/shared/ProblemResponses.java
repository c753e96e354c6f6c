package org.phasezero.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes RFC 9457 problem details from filters, where no controller advice runs. */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
        + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
  }
}
