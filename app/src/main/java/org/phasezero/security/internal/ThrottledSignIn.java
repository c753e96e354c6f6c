package org.phasezero.security.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in with the {@link LoginThrottle} around it: a throttled attempt is refused before the
 * account is even looked up (so real and unknown usernames are answered alike, in the same time),
 * a failure is counted, and a success clears the account's failures.
 */
final class ThrottledSignIn implements AuthenticationProvider {

  private final LoginThrottle throttle;
  private final AuthenticationProvider passwords;

  ThrottledSignIn(LoginThrottle throttle, AuthenticationProvider passwords) {
    this.throttle = throttle;
    this.passwords = passwords;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String client = clientAddress(attempt);
    String username = attempt.getName();
    if (throttle.isLocked(client, username)) {
      throw new LockedException("Too many failed sign-ins from this client or for this account");
    }
    Authentication signedIn;
    try {
      signedIn = passwords.authenticate(attempt);
    } catch (AuthenticationException e) {
      throttle.failed(client, username);
      throw e;
    }
    throttle.succeeded(client, username);
    return signedIn;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** The address the form login filter recorded: the client's, once trusted proxies are taken off. */
  static String clientAddress(Authentication attempt) {
    return attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
  }
}
