package org.phasezero.evidence.interchange.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.phasezero.evidence.refiqda.QdcReader;
import org.phasezero.shared.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than its kind allows with 413 as soon as its declared length is known,
 * before anything is read or parsed: a project larger than {@code phasezero.evidence.import-max-mb}
 * (100 MB by default), a codebook larger than {@link QdcReader#MAX_BYTES} (with room for the
 * multipart envelope; the service checks the file itself). An upload without a declared length is
 * bounded by the servlet's multipart limits instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class InterchangeUploadLimit extends OncePerRequestFilter {

  private static final long ENVELOPE = 64 * 1024;
  private static final Pattern CODEBOOK = Pattern.compile("/(api/v1/projects|research)/\\d+/codebook/import");

  private final long maxProjectBytes;

  InterchangeUploadLimit(@Value("${phasezero.evidence.import-max-mb:100}") long maxMegabytes) {
    this.maxProjectBytes = maxMegabytes * 1024 * 1024;
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean project(String path) {
    return path.equals("/api/v1/projects/import") || path.equals("/research/import");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    return !"POST".equals(request.getMethod()) || !(project(path) || CODEBOOK.matcher(path).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean project = project(path(request));
    long declared = request.getContentLengthLong();
    if (project && declared > maxProjectBytes) {
      ProblemResponses.write(response, 413, "Upload too large", "A project file may be at most "
          + maxProjectBytes / (1024 * 1024) + " MB; this upload is " + declared / (1024 * 1024)
          + " MB. Export the project without its media, or ask the coordinator to raise"
          + " phasezero.evidence.import-max-mb.");
      return;
    }
    if (!project && declared > QdcReader.MAX_BYTES + ENVELOPE) {
      ProblemResponses.write(response, 413, "Upload too large", "A codebook file may be at most "
          + QdcReader.MAX_BYTES / (1024 * 1024) + " MB; this upload is " + declared / 1024 + " kB.");
      return;
    }
    chain.doFilter(request, response);
  }
}
