package org.phasezero.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Counts failed sign-ins and sends the person back to the sign-in page with a clear reason. */
class ThrottlingFailureHandler extends SimpleUrlAuthenticationFailureHandler {

  private final LoginThrottle throttle;

  ThrottlingFailureHandler(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    String username = request.getParameter("username");
    if (!(exception instanceof LockedException)) {
      throttle.failed(username);
    }
    String reason = throttle.isLocked(username) ? "locked" : "invalid";
    getRedirectStrategy().sendRedirect(request, response, "/login?error=" + reason);
  }
}
