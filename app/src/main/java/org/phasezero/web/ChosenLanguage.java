package org.phasezero.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.phasezero.security.Accounts;
import org.phasezero.security.CurrentUser;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the pages: the one a signed-in person chose (stored on their account, so it
 * follows them to another computer), otherwise the one chosen in this browser (a cookie, so that
 * the sign-in page can be read before signing in), otherwise English. A choice is made with
 * {@code ?lang=ur} on any page (Spring's {@code LocaleChangeInterceptor}, which the language
 * switcher's links use), and is kept in both places.
 *
 * <p>The browser's Accept-Language is not used: on a shared computer at a community venue it says
 * what the computer was set up with, not what the person reading reads.
 */
class ChosenLanguage implements LocaleResolver {

  static final String COOKIE = "pz-lang";
  private static final String REQUEST_ATTRIBUTE = ChosenLanguage.class.getName() + ".language";
  /** The signed-in person's stored choice, read once per session: {@code username + '\n' + tag} (tag empty: none). */
  private static final String SESSION_ATTRIBUTE = ChosenLanguage.class.getName() + ".account";

  private final Accounts accounts;

  ChosenLanguage(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    Object known = request.getAttribute(REQUEST_ATTRIBUTE);
    Language language = known instanceof Language l ? l
        : inPerson().flatMap(u -> stored(request, u)).or(() -> fromCookie(request)).orElse(Language.ENGLISH);
    request.setAttribute(REQUEST_ATTRIBUTE, language);
    return language.locale();
  }

  /** Keeps a choice: a language that is not offered, or none ({@code ?lang=}), changes nothing. */
  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    Language language = locale == null ? null : Language.of(locale.toLanguageTag()).orElse(null);
    if (language == null) {
      return;
    }
    request.setAttribute(REQUEST_ATTRIBUTE, language);
    if (response != null) {
      response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, language.tag())
          .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
          .maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").secure(request.isSecure())
          .build().toString());
    }
    inPerson().ifPresent(u -> {
      accounts.chooseLanguage(language.tag());
      remember(request, u, language.tag());
    });
  }

  /** Someone signed in on a page (not a script with an access token, not the system). */
  private static Optional<CurrentUser> inPerson() {
    return CurrentUser.get().filter(u -> !u.isSystem() && !CurrentUser.signedInWithAccessToken());
  }

  private Optional<Language> stored(HttpServletRequest request, CurrentUser user) {
    HttpSession session = request.getSession(false);
    String prefix = user.username() + "\n";
    if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String s && s.startsWith(prefix)) {
      return Language.of(s.substring(prefix.length()));
    }
    String tag = accounts.language(user.username()).orElse("");
    remember(request, user, tag);
    return Language.of(tag);
  }

  private static void remember(HttpServletRequest request, CurrentUser user, String tag) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(SESSION_ATTRIBUTE, user.username() + "\n" + tag);
    }
  }

  private static Optional<Language> fromCookie(HttpServletRequest request) {
    if (request.getCookies() == null) {
      return Optional.empty();
    }
    for (jakarta.servlet.http.Cookie c : request.getCookies()) {
      if (COOKIE.equals(c.getName())) {
        return Language.of(c.getValue());
      }
    }
    return Optional.empty();
  }
}
