package org.phasezero.security.internal;

import java.util.Collection;
import java.util.List;
import org.phasezero.security.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal Spring Security keeps for a signed-in account.
 *
 * @param withAccessToken whether this request was signed in with a personal access token rather
 *     than in person (form sign-in): some things, such as managing tokens, need the latter
 */
record AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean withAccessToken)
    implements UserDetails, CurrentUser.SignedIn {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
