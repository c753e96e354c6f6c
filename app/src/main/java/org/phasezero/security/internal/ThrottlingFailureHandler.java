package org.phasezero.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends the person back to the sign-in page with the reason: throttled ("locked") or not right
 * ("invalid"). The reason depends only on the throttle, never on whether the account exists.
 * Failures are counted by {@link ThrottledSignIn}.
 */
class ThrottlingFailureHandler extends SimpleUrlAuthenticationFailureHandler {

  private final LoginThrottle throttle;

  ThrottlingFailureHandler(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    boolean locked = exception instanceof LockedException
        || throttle.isLocked(request.getRemoteAddr(), request.getParameter("username"));
    getRedirectStrategy().sendRedirect(request, response, "/login?error=" + (locked ? "locked" : "invalid"));
  }
}
