package org.phasezero.evidence.interchange.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.phasezero.shared.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a project upload larger than {@code phasezero.evidence.import-max-mb} (100 MB by default)
 * with 413 as soon as its declared length is known, before anything is read or parsed. An upload
 * without a declared length is bounded by the servlet's multipart limits instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class QdpxUploadLimit extends OncePerRequestFilter {

  private final long maxBytes;

  QdpxUploadLimit(@Value("${phasezero.evidence.import-max-mb:100}") long maxMegabytes) {
    this.maxBytes = maxMegabytes * 1024 * 1024;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod())
        || !(path.equals("/api/v1/projects/import") || path.equals("/research/import"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      ProblemResponses.write(response, 413, "Upload too large", "A project file may be at most "
          + maxBytes / (1024 * 1024) + " MB; this upload is " + request.getContentLengthLong() / (1024 * 1024)
          + " MB. Export the project without its media, or ask the coordinator to raise"
          + " phasezero.evidence.import-max-mb.");
      return;
    }
    chain.doFilter(request, response);
  }
}
