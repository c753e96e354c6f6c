package org.phasezero.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.phasezero.security.AccessTokens;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.ProblemResponses;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API requests that carry {@code Authorization: Bearer pz_…}. A wrong, expired or revoked
 * token is answered with 401 at once rather than falling back to another sign-in method.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private final AccessTokens tokens;

  BearerTokenFilter(AccessTokens tokens) {
    this.tokens = tokens;
  }

  static boolean hasBearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBearer(request)) {
      chain.doFilter(request, response);
      return;
    }
    String secret = request.getHeader("Authorization").substring(7).strip();
    var user = tokens.authenticate(secret);
    if (user.isEmpty()) {
      ProblemResponses.write(response, 401, "Not signed in",
          "The access token is not valid: it may be mistyped, expired or revoked.");
      return;
    }
    CurrentUser u = user.get();
    var principal = new AccountPrincipal(u, "", true, true);
    var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
