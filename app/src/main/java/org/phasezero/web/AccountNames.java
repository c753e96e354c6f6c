package org.phasezero.web;

import java.util.HashMap;
import java.util.Map;
import org.phasezero.security.Account;
import org.phasezero.security.Accounts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * People's names for the sign-in names that records keep (who coded a passage, who owns a round,
 * who froze a version): pages show "Dr Kemi Adebayo", not "evaluator". Work no person asked for
 * (recorded as {@code system/…}) reads as the platform's own. Each name is looked up once a request.
 */
@Component("accountNames")
public class AccountNames {

  private static final String MEMO = AccountNames.class.getName();

  private final Accounts accounts;
  private final MessageSource messages;

  AccountNames(Accounts accounts, MessageSource messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  /** The account's name as people know it; the sign-in name where there is no such account. */
  public String of(String username) {
    if (username == null) {
      return "";
    }
    if (username.startsWith("system/")) {
      return messages.getMessage("account.system", null, LocaleContextHolder.getLocale());
    }
    return memo().computeIfAbsent(username, u -> accounts.find(u).map(Account::displayName).orElse(u));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> memo() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return new HashMap<>();
    }
    Map<String, String> names = (Map<String, String>) request.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST);
    if (names == null) {
      names = new HashMap<>();
      request.setAttribute(MEMO, names, RequestAttributes.SCOPE_REQUEST);
    }
    return names;
  }
}
