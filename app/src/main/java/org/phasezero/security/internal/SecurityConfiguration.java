package org.phasezero.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.phasezero.security.AccessTokens;
import org.phasezero.shared.ProblemResponses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Two filter chains: {@code /api/**} answers with problem details (401/403, never a redirect) and
 * accepts personal access tokens; everything else uses form sign-in with CSRF protection. Both
 * send strict security headers (HSTS when the request came over HTTPS, also through a trusted
 * proxy).
 *
 * <p>Neither chain creates an HTTP session for an anonymous visitor or a token-authenticated call:
 * only the sign-in page (its form needs a CSRF token kept in the session) and signing in do.
 * Redirects are relative paths, never built from the {@code Host} header.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

  /** Same-origin only; no inline script or style. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AccessTokens tokens) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
        // A browser session is used when there is one, but the API never starts one.
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(c -> c.requestCache(new NullRequestCache()))
        // CSRF rides on a session cookie: scripts with a bearer token, and requests without any
        // session, are not exposed to it (and the latter must get 401 from authorisation below).
        .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::mayRideOnASession))
        .exceptionHandling(e -> e
            .authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res, 401, "Not signed in", NOT_SIGNED_IN))
            .accessDeniedHandler((req, res, ex) -> {
              if (!TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
                ProblemResponses.write(res, 401, "Not signed in", NOT_SIGNED_IN);
              } else {
                ProblemResponses.write(res, 403, "Forbidden",
                    "Your role may not do this (for a browser session, the CSRF token may be missing).");
              }
            }));
    headers(http);
    return http.build();
  }

  private static final String NOT_SIGNED_IN =
      "Sign in, or send a personal access token as 'Authorization: Bearer <token>'.";

  /** A state-changing request that carries a session cookie and no bearer token. */
  private static boolean mayRideOnASession(HttpServletRequest request) {
    return CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
        && !BearerTokenFilter.hasBearer(request)
        && request.getSession(false) != null;
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle, AccountDetailsService accounts,
      PasswordEncoder passwords, ApplicationEventPublisher events) throws Exception {
    var signInPage = new LoginUrlAuthenticationEntryPoint("/login");
    signInPage.setFavorRelativeUris(true);
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/login", "/nhsuk/**", "/assets/**", "/css/**", "/js/**", "/webjars/**",
                "/error", "/favicon.ico", "/accessibility", "/privacy").permitAll()
            // A member check's one-time link: the participant has no account; the token is the key.
            .requestMatchers("/check/*").permitAll()
            // A wellbeing questionnaire's one-time link: the same, for a person answering on their phone.
            .requestMatchers("/wellbeing/*").permitAll()
            // The value game in the room: players join with the code on the screen and play through a private link.
            .requestMatchers("/game", "/game/play/*").permitAll()
            // The API's description is public; the API itself is not.
            .requestMatchers("/v3/api-docs/**", "/api-docs", "/swagger-ui/**").permitAll()
            .anyRequest().authenticated())
        .authenticationManager(signIn(throttle, accounts, passwords, events))
        .formLogin(f -> f.loginPage("/login").permitAll()
            .failureHandler(new ThrottlingFailureHandler(throttle)))
        .requestCache(c -> c.requestCache(new ReturnAddressCookie()))
        .exceptionHandling(e -> e.authenticationEntryPoint(signInPage))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedout"));
    headers(http);
    return http.build();
  }

  /** Form sign-in: the account's password, behind the throttle; events feed the audit trail. */
  private static AuthenticationManager signIn(LoginThrottle throttle, AccountDetailsService accounts,
      PasswordEncoder passwords, ApplicationEventPublisher events) {
    var byPassword = new DaoAuthenticationProvider(accounts);
    byPassword.setPasswordEncoder(passwords);
    var manager = new ProviderManager(new ThrottledSignIn(throttle, byPassword));
    manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
    return manager;
  }

  private static void headers(HttpSecurity http) throws Exception {
    http.headers(h -> h
        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(f -> f.deny())
        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"))
        .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31536000)));
  }
}
