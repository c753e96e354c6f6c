package org.phasezero.security.internal;

import org.phasezero.security.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for form sign-in (throttling is {@link ThrottledSignIn}'s job, before this). */
@Component
class AccountDetailsService implements UserDetailsService {

  private final Accounts accounts;
  private final AccountSecrets secrets;
  AccountDetailsService(Accounts accounts, AccountSecrets secrets) {
    this.accounts = accounts;
    this.secrets = secrets;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    var account = accounts.find(username)
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    return new AccountPrincipal(account.asUser(), secrets.passwordHash(username), account.enabled(), false);
  }
}
